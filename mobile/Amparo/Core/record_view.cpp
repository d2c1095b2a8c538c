#include "record_view.hpp"

#include <QCoreApplication>
#include <QTimeZone>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/timestamp.pb.h>

#include "amparo/validation/validator.hpp"

namespace amparo::mobile {
namespace {

namespace pb = google::protobuf;


QDateTime fromTimestamp(const pb::Timestamp& at) {
  return QDateTime::fromMSecsSinceEpoch(at.seconds() * 1000 + at.nanos() / 1000000, QTimeZone::utc());
}

QDateTime fromIsoDay(const std::string& day) {
  const QDate date = QDate::fromString(QString::fromStdString(day), Qt::ISODate);
  return date.isValid() ? QDateTime(date, QTime(12, 0), QTimeZone::utc()) : QDateTime();
}

// "VisitType" → "VISIT_TYPE_": the prefix Buf style puts on every value.
std::string enumPrefix(const std::string& typeName) {
  std::string out;
  for (std::size_t i = 0; i < typeName.size(); ++i) {
    const char c = typeName[i];
    if (i > 0 && c >= 'A' && c <= 'Z') out += '_';
    out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  return out + '_';
}

QString enumText(const pb::EnumValueDescriptor* value) {
  if (value == nullptr) return {};
  const std::string prefix = enumPrefix(value->type()->name());
  std::string name = value->name();
  if (name.rfind(prefix, 0) == 0) name = name.substr(prefix.size());
  std::string lower;
  for (const char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return humanize(lower);
}

QString scalarText(const pb::Message& message, const pb::FieldDescriptor* field, int index) {
  const auto* reflection = message.GetReflection();
  const bool repeated = field->is_repeated();
  switch (field->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_INT32:
      return QString::number(repeated ? reflection->GetRepeatedInt32(message, field, index)
                                      : reflection->GetInt32(message, field));
    case pb::FieldDescriptor::CPPTYPE_INT64:
      return QString::number(repeated ? reflection->GetRepeatedInt64(message, field, index)
                                      : reflection->GetInt64(message, field));
    case pb::FieldDescriptor::CPPTYPE_UINT32:
      return QString::number(repeated ? reflection->GetRepeatedUInt32(message, field, index)
                                      : reflection->GetUInt32(message, field));
    case pb::FieldDescriptor::CPPTYPE_UINT64:
      return QString::number(repeated ? reflection->GetRepeatedUInt64(message, field, index)
                                      : reflection->GetUInt64(message, field));
    case pb::FieldDescriptor::CPPTYPE_DOUBLE:
      return QString::number(repeated ? reflection->GetRepeatedDouble(message, field, index)
                                      : reflection->GetDouble(message, field));
    case pb::FieldDescriptor::CPPTYPE_FLOAT:
      return QString::number(repeated ? reflection->GetRepeatedFloat(message, field, index)
                                      : reflection->GetFloat(message, field));
    case pb::FieldDescriptor::CPPTYPE_BOOL:
      return (repeated ? reflection->GetRepeatedBool(message, field, index) : reflection->GetBool(message, field))
                 ? QCoreApplication::translate("RecordView", "Yes")
                 : QCoreApplication::translate("RecordView", "No");
    case pb::FieldDescriptor::CPPTYPE_ENUM:
      return enumText(repeated ? reflection->GetRepeatedEnum(message, field, index)
                               : reflection->GetEnum(message, field));
    case pb::FieldDescriptor::CPPTYPE_STRING:
      return QString::fromStdString(repeated ? reflection->GetRepeatedString(message, field, index)
                                             : reflection->GetString(message, field));
    case pb::FieldDescriptor::CPPTYPE_MESSAGE: break;
  }
  return {};
}

}  // namespace

QString humanize(const std::string& name) {
  QString out = QString::fromStdString(name);
  out.replace(u'_', u' ');
  if (!out.isEmpty()) out[0] = out[0].toUpper();
  return out;
}

QDateTime recordOccurredAt(const domain::RecordEnvelope& envelope) {
  QDateTime at;
  switch (envelope.body_case()) {
    case domain::RecordEnvelope::kVisit:
      if (envelope.visit().has_started_at()) at = fromTimestamp(envelope.visit().started_at());
      break;
    case domain::RecordEnvelope::kScreening:
      if (envelope.screening().has_interviewed_at()) at = fromTimestamp(envelope.screening().interviewed_at());
      break;
    case domain::RecordEnvelope::kFollowUp: at = fromIsoDay(envelope.follow_up().date()); break;
    case domain::RecordEnvelope::kIncident: at = fromIsoDay(envelope.incident().occurred_on()); break;
    default: break;
  }
  if (!at.isValid() && envelope.has_created_at()) at = fromTimestamp(envelope.created_at());
  return at;
}

bool recordRaisesAlert(const domain::RecordEnvelope& envelope) { return validation::raisesAlert(envelope); }

QStringList recordAlertMessages(const domain::RecordEnvelope& envelope, const QString& language) {
  QStringList out;
  const auto lang = language == u"en" ? validation::Language::En : validation::Language::Es;
  for (const auto& issue : validation::validate(envelope).alerts())
    out << QString::fromStdString(issue.message(lang));
  if (out.isEmpty() && envelope.has_screening() &&
      envelope.screening().case_priority() == amparo::common::v1::PRIORITY_EMERGENCY)
    out << QCoreApplication::translate("RecordView", "Emergency-priority case");
  if (out.isEmpty() && envelope.has_visit() && envelope.visit().alert()) out << QCoreApplication::translate("RecordView", "The monitor raised an alert");
  return out;
}

namespace {

void appendField(std::vector<FieldLine>& out, const pb::Message& message, const pb::FieldDescriptor* field,
                 const QString& prefix, int depth) {
  const auto* reflection = message.GetReflection();
  const QString path = prefix.isEmpty() ? QString::fromStdString(field->name())
                                        : prefix + u'.' + QString::fromStdString(field->name());
  const QString label = humanize(field->name());
  if (field->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE) {
    if (!field->is_repeated()) {
      out.push_back({path, label, scalarText(message, field, 0), depth});
      return;
    }
    QStringList values;
    const int n = reflection->FieldSize(message, field);
    for (int i = 0; i < n; ++i) values << scalarText(message, field, i);
    out.push_back({path, label, values.join(QStringLiteral(", ")), depth});
    return;
  }
  if (field->message_type()->full_name() == "google.protobuf.Timestamp") {
    pb::Timestamp at;
    at.CopyFrom(reflection->GetMessage(message, field));
    out.push_back({path, label, fromTimestamp(at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), depth});
    return;
  }
  if (!field->is_repeated()) {
    out.push_back({path, label, {}, depth});
    auto inner = fieldLines(reflection->GetMessage(message, field), path, depth + 1);
    out.insert(out.end(), inner.begin(), inner.end());
    return;
  }
  const int n = reflection->FieldSize(message, field);
  for (int i = 0; i < n; ++i) {
    const QString item = path + QStringLiteral("[%1]").arg(i);
    out.push_back({item, QStringLiteral("%1 %2").arg(label).arg(i + 1), {}, depth});
    auto inner = fieldLines(reflection->GetRepeatedMessage(message, field, i), item, depth + 1);
    out.insert(out.end(), inner.begin(), inner.end());
  }
}

}  // namespace

std::vector<FieldLine> fieldLines(const pb::Message& message, const QString& prefix, int depth) {
  std::vector<FieldLine> out;
  std::vector<const pb::FieldDescriptor*> fields;
  message.GetReflection()->ListFields(message, &fields);  // set fields only, in field-number order
  for (const auto* field : fields) appendField(out, message, field, prefix, depth);
  return out;
}

std::vector<FieldLine> fieldLinesOf(const pb::Message& message, const pb::FieldDescriptor* field) {
  std::vector<FieldLine> out;
  const auto* reflection = message.GetReflection();
  const bool set = field->is_repeated() ? reflection->FieldSize(message, field) > 0 : reflection->HasField(message, field);
  if (set) appendField(out, message, field, {}, 0);
  return out;
}

QVariantList fieldLineList(const std::vector<FieldLine>& lines) {
  QVariantList out;
  out.reserve(static_cast<qsizetype>(lines.size()));
  for (const auto& line : lines) {
    out << QVariantMap{{QStringLiteral("path"), line.path},
                       {QStringLiteral("label"), line.label},
                       {QStringLiteral("value"), line.value},
                       {QStringLiteral("depth"), line.depth}};
  }
  return out;
}

std::vector<FieldLine> bodyLines(const domain::RecordEnvelope& envelope) {
  const auto* oneof = envelope.GetDescriptor()->FindOneofByName("body");
  const auto* field = oneof ? envelope.GetReflection()->GetOneofFieldDescriptor(envelope, oneof) : nullptr;
  if (field == nullptr) return {};
  return fieldLines(envelope.GetReflection()->GetMessage(envelope, field), QString::fromStdString(field->name()));
}

}  // namespace amparo::mobile
