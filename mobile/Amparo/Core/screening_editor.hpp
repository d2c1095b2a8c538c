#pragma once
// The draft of a protection screening inside a visit: consent items first,
// then respondent, needs and the rest, by path.

#include <QStringList>

#include "person_editor.hpp"
#include "record_editor.hpp"

namespace amparo::mobile {

class ScreeningEditor : public RecordEditor {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY fieldsChanged)
  // amparo.records.v1.ScreeningMode
  Q_PROPERTY(int mode READ mode WRITE setMode NOTIFY fieldsChanged)
  // The specific-needs codes recorded, in order.
  Q_PROPERTY(QStringList needCodes READ needCodes NOTIFY fieldsChanged)
  // Identified mode: the respondent's Person record (name, contact), saved
  // as its own record and linked by screening.person_id.
  Q_PROPERTY(amparo::mobile::PersonEditor* person READ person CONSTANT)
  // Every consent item, in order: {id, purpose, agencyCode, given,
  // withdrawn, recordedAt, withdrawnAt}.
  Q_PROPERTY(QVariantList consentItems READ consentItems NOTIFY fieldsChanged)

public:
  explicit ScreeningEditor(QObject* parent = nullptr);

  QString visitId() const;
  void setVisitId(const QString& id);
  int mode() const;
  void setMode(int mode);
  QStringList needCodes() const;
  PersonEditor* person() const { return m_person; }

  // Identified: the Person is finalized too, and both must pass.
  bool finalize() override;

  // One separate, timestamped item per purpose (amparo.records.v1.ConsentPurpose).
  Q_INVOKABLE bool consentGiven(int purpose) const;
  Q_INVOKABLE void setConsent(int purpose, bool given);
  // Referral and data-sharing consents are per agency.
  Q_INVOKABLE bool agencyConsentGiven(int purpose, const QString& agencyCode) const;
  Q_INVOKABLE void setAgencyConsent(int purpose, const QString& agencyCode, bool given);
  // Withdrawal is its own act, not an un-ticking: the item keeps its answer
  // and gets withdrawn_at, which blocks further sharing. Consent given again
  // later is a new item. False for an unknown or already withdrawn item.
  Q_INVOKABLE bool withdrawConsent(const QString& itemId);
  QVariantList consentItems() const;

  Q_INVOKABLE bool hasNeed(const QString& code) const;
  Q_INVOKABLE void addNeed(const QString& code);
  Q_INVOKABLE void removeNeed(const QString& code);

protected:
  void initBody(domain::RecordEnvelope& envelope) override;
  void normalize(domain::RecordEnvelope& envelope) override;

private:
  records::v1::ConsentItem* liveConsent(int purpose, const std::string& agency);
  void recordConsent(int purpose, const std::string& agency, bool given);
  void followPerson();
  void enforceMode();

  PersonEditor* m_person;  // child
  QString m_visitId;  // carried into new records, so opening a form saves nothing
};

}  // namespace amparo::mobile
