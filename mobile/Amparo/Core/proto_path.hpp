#pragma once
// Reads and writes protobuf fields by the dotted paths validation reports
// ("visit.detention.population.girls"), so a form field, its value and its
// findings share one name.

#include <QString>
#include <QVariant>

namespace google::protobuf {
class Message;
}

namespace amparo::mobile {

// Path segments name fields; a repeated message takes an index: "a[2].b".
// Scalars as int/bool/double/QString, enums as int, google.protobuf.Timestamp
// as QDateTime, repeated enums and ints as QVariantList, repeated strings as
// QStringList. An unset optional (or message) field reads as an invalid
// QVariant, so "not counted" differs from 0. Unknown paths read as invalid.
QVariant readField(const google::protobuf::Message& root, const QString& path);

// The inverse; an invalid QVariant (or "" for a number) clears the field.
// Writing inside a oneof member selects that member. False on an unknown
// path or a value of the wrong type.
bool writeField(google::protobuf::Message& root, const QString& path, const QVariant& value);

// Items of a repeated field ("visit.information_sessions"); paths may index
// repeated messages on the way ("visit.information_sessions[1].topics"), and
// writing at index == size appends a new item.
int countItems(const google::protobuf::Message& root, const QString& path);
bool removeItem(google::protobuf::Message& root, const QString& path, int index);

}  // namespace amparo::mobile
