#pragma once
// The draft of a follow-up (seguimiento) on a case: its own record, never an
// edit of the screening it follows. Closing the case asks for a reason;
// reopening it drops the reason.

#include "case_editor.hpp"

namespace amparo::mobile {

class FollowUpEditor : public CaseEditor {
  Q_OBJECT
  QML_ELEMENT
  // amparo.records.v1.CaseStatus
  Q_PROPERTY(int caseStatus READ caseStatus WRITE setCaseStatus NOTIFY fieldsChanged)
  Q_PROPERTY(bool closed READ isClosed NOTIFY fieldsChanged)

public:
  explicit FollowUpEditor(QObject* parent = nullptr);

  QString screeningId() const override;
  int caseStatus() const;
  void setCaseStatus(int status);
  bool isClosed() const;

protected:
  QString screeningPath() const override { return QStringLiteral("follow_up.screening_id"); }
  void initBody(domain::RecordEnvelope& envelope) override;
  void normalize(domain::RecordEnvelope& envelope) override;
};

}  // namespace amparo::mobile
