#include "proto_path.hpp"

#include <QDateTime>
#include <QStringList>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/timestamp.pb.h>

namespace amparo::mobile {
namespace {

namespace pb = google::protobuf;
using FD = pb::FieldDescriptor;

bool isTimestamp(const FD* field) {
  return field->cpp_type() == FD::CPPTYPE_MESSAGE &&
         field->message_type()->full_name() == pb::Timestamp::descriptor()->full_name();
}

const FD* fieldNamed(const pb::Message& message, const QString& name) {
  return message.GetDescriptor()->FindFieldByName(name.toStdString());
}

// "sessions[2]" → ("sessions", 2); "name" → ("name", -1). -2 when malformed.
std::pair<QString, int> splitIndex(const QString& segment) {
  const qsizetype open = segment.indexOf(u'[');
  if (open < 0) return {segment, -1};
  if (!segment.endsWith(u']')) return {segment, -2};
  bool ok = false;
  const int index = segment.mid(open + 1, segment.size() - open - 2).toInt(&ok);
  return {segment.left(open), ok && index >= 0 ? index : -2};
}

QVariant readRepeated(const pb::Message& message, const FD* field) {
  const auto* r = message.GetReflection();
  const int size = r->FieldSize(message, field);
  if (field->cpp_type() == FD::CPPTYPE_STRING) {
    QStringList out;
    for (int i = 0; i < size; ++i) out << QString::fromStdString(r->GetRepeatedString(message, field, i));
    return out;
  }
  QVariantList out;
  for (int i = 0; i < size; ++i) {
    switch (field->cpp_type()) {
      case FD::CPPTYPE_ENUM: out << r->GetRepeatedEnumValue(message, field, i); break;
      case FD::CPPTYPE_INT32: out << r->GetRepeatedInt32(message, field, i); break;
      case FD::CPPTYPE_BOOL: out << r->GetRepeatedBool(message, field, i); break;
      default: return {};
    }
  }
  return out;
}

bool writeRepeated(pb::Message& message, const FD* field, const QVariant& value) {
  const auto* r = message.GetReflection();
  r->ClearField(&message, field);
  const QVariantList items = value.toList();
  for (const auto& item : items) {
    switch (field->cpp_type()) {
      case FD::CPPTYPE_STRING: r->AddString(&message, field, item.toString().toStdString()); break;
      case FD::CPPTYPE_ENUM: r->AddEnumValue(&message, field, item.toInt()); break;
      case FD::CPPTYPE_INT32: r->AddInt32(&message, field, item.toInt()); break;
      case FD::CPPTYPE_BOOL: r->AddBool(&message, field, item.toBool()); break;
      default: return false;
    }
  }
  return true;
}

}  // namespace

QVariant readField(const pb::Message& root, const QString& path) {
  const QStringList parts = path.split(u'.');
  const pb::Message* message = &root;
  for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
    const auto [name, index] = splitIndex(parts[i]);
    const FD* field = fieldNamed(*message, name);
    if (field == nullptr || field->cpp_type() != FD::CPPTYPE_MESSAGE || index == -2) return {};
    const auto* r = message->GetReflection();
    if (field->is_repeated() != (index >= 0)) return {};
    if (index >= 0) {
      if (index >= r->FieldSize(*message, field)) return {};
      message = &r->GetRepeatedMessage(*message, field, index);
    } else {
      message = &r->GetMessage(*message, field);
    }
  }
  const FD* field = fieldNamed(*message, parts.last());
  if (field == nullptr) return {};
  const auto* r = message->GetReflection();
  if (field->is_repeated()) return readRepeated(*message, field);
  if (isTimestamp(field)) {
    if (!r->HasField(*message, field)) return {};
    const auto& ts = static_cast<const pb::Timestamp&>(r->GetMessage(*message, field));
    return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
  }
  if (field->has_presence() && !r->HasField(*message, field)) return {};
  switch (field->cpp_type()) {
    case FD::CPPTYPE_INT32: return r->GetInt32(*message, field);
    case FD::CPPTYPE_INT64: return static_cast<qlonglong>(r->GetInt64(*message, field));
    case FD::CPPTYPE_BOOL: return r->GetBool(*message, field);
    case FD::CPPTYPE_DOUBLE: return r->GetDouble(*message, field);
    case FD::CPPTYPE_STRING: return QString::fromStdString(r->GetString(*message, field));
    case FD::CPPTYPE_ENUM: return r->GetEnumValue(*message, field);
    default: return {};
  }
}

bool writeField(pb::Message& root, const QString& path, const QVariant& value) {
  const QStringList parts = path.split(u'.');
  pb::Message* message = &root;
  for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
    const auto [name, index] = splitIndex(parts[i]);
    const FD* field = fieldNamed(*message, name);
    if (field == nullptr || field->cpp_type() != FD::CPPTYPE_MESSAGE || index == -2) return false;
    const auto* r = message->GetReflection();
    if (field->is_repeated() != (index >= 0)) return false;
    if (index >= 0) {
      // Writing one past the end appends: how a form adds an item.
      const int size = r->FieldSize(*message, field);
      if (index > size) return false;
      message = index == size ? r->AddMessage(message, field) : r->MutableRepeatedMessage(message, field, index);
    } else {
      message = r->MutableMessage(message, field);
    }
  }
  const FD* field = fieldNamed(*message, parts.last());
  if (field == nullptr) return false;
  const auto* r = message->GetReflection();
  if (field->is_repeated()) return writeRepeated(*message, field, value);
  const bool clear = !value.isValid() || value.isNull() ||
                     (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty() &&
                      field->cpp_type() != FD::CPPTYPE_STRING);
  if (clear) {
    r->ClearField(message, field);
    return true;
  }
  if (isTimestamp(field)) {
    const QDateTime when = value.toDateTime();
    if (!when.isValid()) return false;
    auto* ts = static_cast<pb::Timestamp*>(r->MutableMessage(message, field));
    const qint64 ms = when.toMSecsSinceEpoch();
    ts->set_seconds(ms / 1000);
    ts->set_nanos(static_cast<int>(ms % 1000) * 1000000);
    return true;
  }
  bool ok = true;
  switch (field->cpp_type()) {
    case FD::CPPTYPE_INT32: {
      const int number = value.toInt(&ok);
      if (ok) r->SetInt32(message, field, number);
      return ok;
    }
    case FD::CPPTYPE_INT64: {
      const qlonglong number = value.toLongLong(&ok);
      if (ok) r->SetInt64(message, field, number);
      return ok;
    }
    case FD::CPPTYPE_BOOL: r->SetBool(message, field, value.toBool()); return true;
    case FD::CPPTYPE_DOUBLE: {
      const double number = value.toDouble(&ok);
      if (ok) r->SetDouble(message, field, number);
      return ok;
    }
    case FD::CPPTYPE_STRING: r->SetString(message, field, value.toString().toStdString()); return true;
    case FD::CPPTYPE_ENUM: {
      const int number = value.toInt(&ok);
      if (!ok || field->enum_type()->FindValueByNumber(number) == nullptr) return false;
      r->SetEnumValue(message, field, number);
      return true;
    }
    default: return false;
  }
}

int countItems(const pb::Message& root, const QString& path) {
  const qsizetype dot = path.lastIndexOf(u'.');
  const pb::Message* message = &root;
  if (dot >= 0) {
    // Reuse the walk of readField on the parent path via a message lookup.
    const QStringList parts = path.left(dot).split(u'.');
    for (const auto& part : parts) {
      const auto [name, index] = splitIndex(part);
      const FD* field = fieldNamed(*message, name);
      if (field == nullptr || field->cpp_type() != FD::CPPTYPE_MESSAGE || field->is_repeated() != (index >= 0))
        return 0;
      const auto* r = message->GetReflection();
      if (index >= 0) {
        if (index >= r->FieldSize(*message, field)) return 0;
        message = &r->GetRepeatedMessage(*message, field, index);
      } else {
        message = &r->GetMessage(*message, field);
      }
    }
  }
  const FD* field = fieldNamed(*message, path.mid(dot + 1));
  if (field == nullptr || !field->is_repeated()) return 0;
  return message->GetReflection()->FieldSize(*message, field);
}

bool removeItem(pb::Message& root, const QString& path, int index) {
  const qsizetype dot = path.lastIndexOf(u'.');
  pb::Message* message = &root;
  if (dot >= 0) {
    for (const auto& part : path.left(dot).split(u'.')) {
      const auto [name, itemIndex] = splitIndex(part);
      const FD* field = fieldNamed(*message, name);
      if (field == nullptr || field->cpp_type() != FD::CPPTYPE_MESSAGE || field->is_repeated() != (itemIndex >= 0))
        return false;
      const auto* r = message->GetReflection();
      if (itemIndex >= 0) {
        if (itemIndex >= r->FieldSize(*message, field)) return false;
        message = r->MutableRepeatedMessage(message, field, itemIndex);
      } else {
        message = r->MutableMessage(message, field);
      }
    }
  }
  const FD* field = fieldNamed(*message, path.mid(dot + 1));
  if (field == nullptr || !field->is_repeated()) return false;
  const auto* r = message->GetReflection();
  const int size = r->FieldSize(*message, field);
  if (index < 0 || index >= size) return false;
  // Keep order: bubble the item to the end, then drop it.
  for (int i = index; i + 1 < size; ++i) r->SwapElements(message, field, i, i + 1);
  r->RemoveLast(message, field);
  return true;
}

}  // namespace amparo::mobile
