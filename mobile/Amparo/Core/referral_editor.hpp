#pragma once
// The draft of a referral (referencia / canalización) of an identified case
// to an agency. The consent it relies on is the case's referral consent for
// that agency: choosing the agency fills consent_reference with that consent
// item's id, and finalize() validates against the screening itself
// (data-protection rule 8: consent checked at the moment of sending).

#include "case_editor.hpp"

namespace amparo::mobile {

class ReferralEditor : public CaseEditor {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString agencyCode READ agencyCode WRITE setAgencyCode NOTIFY fieldsChanged)
  // amparo.records.v1.ReferralStatus
  Q_PROPERTY(int status READ status WRITE setStatus NOTIFY fieldsChanged)
  // The agency needs a supervisor's sign-off (INM, COMAR).
  Q_PROPERTY(bool signoffRequired READ signoffRequired NOTIFY fieldsChanged)
  // The case's referral consent for the chosen agency: "given", "withdrawn",
  // "refused", "missing", or "" with no agency chosen.
  Q_PROPERTY(QString consentState READ consentState NOTIFY fieldsChanged)

public:
  explicit ReferralEditor(QObject* parent = nullptr);

  QString screeningId() const override;
  QString agencyCode() const;
  void setAgencyCode(const QString& code);
  int status() const;
  void setStatus(int status);
  bool signoffRequired() const;
  QString consentState() const;

  // The consent reference is looked up again first: consent recorded (or
  // withdrawn) in the screening since the agency was chosen counts.
  bool finalize() override;

protected:
  QString screeningPath() const override { return QStringLiteral("referral.screening_id"); }
  void initBody(domain::RecordEnvelope& envelope) override;
  void prepareValidation(validation::ValidationContext& context) override;

private:
  std::optional<domain::Screening> m_linked;  // kept alive during validate()
};

}  // namespace amparo::mobile
