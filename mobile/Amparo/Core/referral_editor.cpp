#include "referral_editor.hpp"

#include <QDate>

#include "amparo/domain/reference_data.hpp"

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;

// The case's referral consent item for an agency (the last one recorded).
const rec::ConsentItem* referralConsent(const domain::Screening& screening, const std::string& agency) {
  const rec::ConsentItem* found = nullptr;
  for (const auto& item : screening.consents()) {
    if (item.purpose() == rec::CONSENT_PURPOSE_REFERRAL && item.agency_code() == agency) found = &item;
  }
  return found;
}

}  // namespace

ReferralEditor::ReferralEditor(QObject* parent) : CaseEditor(domain::RecordKind::RECORD_KIND_REFERRAL, parent) {}

QString ReferralEditor::screeningId() const { return QString::fromStdString(envelope().referral().screening_id()); }

void ReferralEditor::initBody(domain::RecordEnvelope& envelope) {
  auto* referral = envelope.mutable_referral();
  referral->set_screening_id(carriedScreeningId().toStdString());
  referral->set_status(rec::REFERRAL_STATUS_PENDING);
  if (const auto screening = linkedScreening()) referral->set_person_id(screening->person_id());
}

QString ReferralEditor::agencyCode() const { return QString::fromStdString(envelope().referral().agency_code()); }

void ReferralEditor::setAgencyCode(const QString& code) {
  if (code == agencyCode()) return;
  QString consent;
  if (const auto screening = linkedScreening()) {
    if (const auto* item = referralConsent(*screening, code.toStdString())) consent = QString::fromStdString(item->id());
  }
  setValues({{QStringLiteral("referral.agency_code"), code}, {QStringLiteral("referral.consent_reference"), consent}});
}

int ReferralEditor::status() const { return envelope().referral().status(); }
void ReferralEditor::setStatus(int status) {
  QVariantMap values{{QStringLiteral("referral.status"), status}};
  // Leaving "pending" means it went out: the day defaults to today.
  if (status != rec::REFERRAL_STATUS_PENDING && status != rec::REFERRAL_STATUS_UNSPECIFIED &&
      envelope().referral().sent_on().empty())
    values.insert(QStringLiteral("referral.sent_on"), QDate::currentDate().toString(Qt::ISODate));
  setValues(values);
}

bool ReferralEditor::signoffRequired() const {
  const auto& reference = store() != nullptr ? store()->referenceData() : domain::ReferenceData::builtin();
  const auto* agency = reference.findAgency(envelope().referral().agency_code());
  return agency != nullptr && agency->requires_supervisor_signoff();
}

QString ReferralEditor::consentState() const {
  if (envelope().referral().agency_code().empty()) return {};
  const auto screening = linkedScreening();
  const auto* item = screening ? referralConsent(*screening, envelope().referral().agency_code()) : nullptr;
  if (item == nullptr) return QStringLiteral("missing");
  if (item->has_withdrawn_at()) return QStringLiteral("withdrawn");
  return item->given() ? QStringLiteral("given") : QStringLiteral("refused");
}

bool ReferralEditor::finalize() {
  if (!agencyCode().isEmpty()) {
    QString consent;
    if (const auto screening = linkedScreening()) {
      if (const auto* item = referralConsent(*screening, agencyCode().toStdString()))
        consent = QString::fromStdString(item->id());
    }
    if (consent != QString::fromStdString(envelope().referral().consent_reference()))
      setValue(QStringLiteral("referral.consent_reference"), consent);
  }
  return CaseEditor::finalize();
}

void ReferralEditor::prepareValidation(validation::ValidationContext& context) {
  m_linked = linkedScreening();
  if (m_linked) context.linkedScreening = &*m_linked;
}

}  // namespace amparo::mobile
