#pragma once
// How the coordinator workspace shows a record it got from the server: when
// it happened, whether it raises an alert, and its content as labelled lines
// (by protobuf reflection, so every field of the schema shows without a
// hand-kept mirror).

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <vector>

#include "amparo/domain/records.hpp"

namespace google::protobuf {
class FieldDescriptor;
class Message;
}

namespace amparo::mobile {

// Visit start, interview time, follow-up or incident day; else creation.
QDateTime recordOccurredAt(const domain::RecordEnvelope& envelope);

// What coordinators are alerted to: the monitor's alert flag, an emergency
// case priority, or an alert finding of the shared validator (children in
// detention, access denied). The server's filter (alert=true) uses the same rule.
bool recordRaisesAlert(const domain::RecordEnvelope& envelope);
// The validator's alert messages in the language ("es" or "en").
QStringList recordAlertMessages(const domain::RecordEnvelope& envelope, const QString& language);

// One line of a record's content: "visit.detention.population.girls" →
// label "Population › Girls", value "2". Sections (a message field) have an
// empty value and the lines below them one level deeper.
struct FieldLine {
  QString path;
  QString label;
  QString value;
  int depth = 0;
};
std::vector<FieldLine> fieldLines(const google::protobuf::Message& message, const QString& prefix = {}, int depth = 0);
// The lines of one field of `message` (none when it is not set).
std::vector<FieldLine> fieldLinesOf(const google::protobuf::Message& message,
                                    const google::protobuf::FieldDescriptor* field);
// The same as [{path, label, value, depth}] for QML.
QVariantList fieldLineList(const std::vector<FieldLine>& lines);
// The lines of the envelope's body (e.g. the Visit), paths starting with the
// body's name ("visit.").
std::vector<FieldLine> bodyLines(const domain::RecordEnvelope& envelope);

// "people_interviewed" → "People interviewed".
QString humanize(const std::string& name);

}  // namespace amparo::mobile
