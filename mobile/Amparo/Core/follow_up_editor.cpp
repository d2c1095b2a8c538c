#include "follow_up_editor.hpp"

#include <QDate>

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;

}  // namespace

FollowUpEditor::FollowUpEditor(QObject* parent) : CaseEditor(domain::RecordKind::RECORD_KIND_FOLLOW_UP, parent) {}

QString FollowUpEditor::screeningId() const { return QString::fromStdString(envelope().follow_up().screening_id()); }

void FollowUpEditor::initBody(domain::RecordEnvelope& envelope) {
  auto* followUp = envelope.mutable_follow_up();
  followUp->set_screening_id(carriedScreeningId().toStdString());
  followUp->set_date(QDate::currentDate().toString(Qt::ISODate).toStdString());
  followUp->set_case_status(rec::CASE_STATUS_IN_FOLLOW_UP);
}

void FollowUpEditor::normalize(domain::RecordEnvelope& envelope) {
  // A closure reason belongs to a closed case only, and a closed case has
  // no next date.
  auto* followUp = envelope.mutable_follow_up();
  if (followUp->case_status() != rec::CASE_STATUS_CLOSED) followUp->clear_closure_reason();
  else followUp->clear_next_date();
}

int FollowUpEditor::caseStatus() const { return envelope().follow_up().case_status(); }
void FollowUpEditor::setCaseStatus(int status) { setValue(QStringLiteral("follow_up.case_status"), status); }
bool FollowUpEditor::isClosed() const { return caseStatus() == rec::CASE_STATUS_CLOSED; }

}  // namespace amparo::mobile
