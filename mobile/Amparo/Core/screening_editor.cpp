#include "screening_editor.hpp"

#include <QDate>

#include <google/protobuf/util/time_util.h>

#include "amparo/sync/record_id.hpp"

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;

google::protobuf::Timestamp nowTimestamp() {
  return google::protobuf::util::TimeUtil::MillisecondsToTimestamp(QDateTime::currentMSecsSinceEpoch());
}

}  // namespace

ScreeningEditor::ScreeningEditor(QObject* parent)
    : RecordEditor(domain::RecordKind::RECORD_KIND_SCREENING, parent), m_person(new PersonEditor(this)) {
  connect(this, &RecordEditor::storeChanged, this, [this] { m_person->setStore(store()); });
  connect(this, &RecordEditor::languageChanged, this, [this] { m_person->setLanguage(language()); });
  connect(this, &RecordEditor::autosaveIntervalChanged, this,
          [this] { m_person->setAutosaveInterval(autosaveInterval()); });
  connect(this, &RecordEditor::recordChanged, this, &ScreeningEditor::followPerson);
  connect(this, &RecordEditor::fieldsChanged, this, &ScreeningEditor::enforceMode);
  // The link is written once the Person exists in the store.
  connect(m_person, &RecordEditor::savedChanged, this, [this] {
    const QString id = m_person->recordId();
    if (mode() == rec::SCREENING_MODE_IDENTIFIED && !m_person->revision().isEmpty() &&
        QString::fromStdString(envelope().screening().person_id()) != id)
      setValue(QStringLiteral("screening.person_id"), id);
  });
}

void ScreeningEditor::followPerson() {
  const QString personId = QString::fromStdString(envelope().screening().person_id());
  if (personId.isEmpty() || !m_person->load(personId)) m_person->newRecord();
}

void ScreeningEditor::enforceMode() {
  // Anonymous means no name or contact anywhere: withdraw the Person.
  if (mode() != rec::SCREENING_MODE_ANONYMOUS) return;
  if (!m_person->revision().isEmpty() || !m_person->isBlank()) m_person->discard();
  if (!envelope().screening().person_id().empty()) setValue(QStringLiteral("screening.person_id"), QString());
}

bool ScreeningEditor::finalize() {
  const bool personOk = mode() != rec::SCREENING_MODE_IDENTIFIED || m_person->finalize();
  const bool screeningOk = RecordEditor::finalize();
  return personOk && screeningOk;
}

void ScreeningEditor::initBody(domain::RecordEnvelope& envelope) {
  auto* screening = envelope.mutable_screening();
  *screening->mutable_interviewed_at() = envelope.created_at();
  screening->set_mode(rec::SCREENING_MODE_ANONYMOUS);
  screening->set_visit_id(m_visitId.toStdString());
}

void ScreeningEditor::normalize(domain::RecordEnvelope& envelope) {
  // The age band follows the age, so reports never disagree with it.
  auto* respondent = envelope.mutable_screening()->mutable_respondent();
  if (respondent->has_age_years()) respondent->set_age_band(domain::ageBandFor(respondent->age_years()));
}

QString ScreeningEditor::visitId() const { return QString::fromStdString(envelope().screening().visit_id()); }
void ScreeningEditor::setVisitId(const QString& id) {
  m_visitId = id;
  // Before newRecord() there is no record yet: the id waits for initBody().
  if (!envelope().id().empty()) setValue(QStringLiteral("screening.visit_id"), id);
}

int ScreeningEditor::mode() const { return envelope().screening().mode(); }
void ScreeningEditor::setMode(int mode) { setValue(QStringLiteral("screening.mode"), mode); }

QStringList ScreeningEditor::needCodes() const {
  QStringList codes;
  for (const auto& need : envelope().screening().specific_needs()) codes << QString::fromStdString(need.code());
  return codes;
}

bool ScreeningEditor::consentGiven(int purpose) const {
  for (const auto& item : envelope().screening().consents()) {
    if (item.purpose() == purpose && item.agency_code().empty() && !item.has_withdrawn_at()) return item.given();
  }
  return false;
}

bool ScreeningEditor::agencyConsentGiven(int purpose, const QString& agencyCode) const {
  const std::string agency = agencyCode.toStdString();
  for (const auto& item : envelope().screening().consents()) {
    if (item.purpose() == purpose && item.agency_code() == agency && !item.has_withdrawn_at()) return item.given();
  }
  return false;
}

rec::ConsentItem* ScreeningEditor::liveConsent(int purpose, const std::string& agency) {
  for (auto& item : *mutableEnvelope().mutable_screening()->mutable_consents()) {
    if (item.purpose() == purpose && item.agency_code() == agency && !item.has_withdrawn_at()) return &item;
  }
  return nullptr;
}

void ScreeningEditor::recordConsent(int purpose, const std::string& agency, bool given) {
  rec::ConsentItem* item = liveConsent(purpose, agency);
  if (item == nullptr) {
    item = mutableEnvelope().mutable_screening()->add_consents();
    // Referrals name the consent they rely on by this id.
    item->set_id(sync::newRecordId());
    item->set_purpose(static_cast<rec::ConsentPurpose>(purpose));
    item->set_agency_code(agency);
  }
  // Each answer is timestamped when given; taking it back before saving is a
  // correction, not a withdrawal (withdrawConsent()).
  item->set_given(given);
  *item->mutable_recorded_at() = nowTimestamp();
  touch();
}

void ScreeningEditor::setConsent(int purpose, bool given) {
  if (!rec::ConsentPurpose_IsValid(purpose) || consentGiven(purpose) == given) return;
  recordConsent(purpose, {}, given);
}

void ScreeningEditor::setAgencyConsent(int purpose, const QString& agencyCode, bool given) {
  if (!rec::ConsentPurpose_IsValid(purpose) || agencyCode.isEmpty()) return;
  if (agencyConsentGiven(purpose, agencyCode) == given && liveConsent(purpose, agencyCode.toStdString())) return;
  recordConsent(purpose, agencyCode.toStdString(), given);
}

bool ScreeningEditor::withdrawConsent(const QString& itemId) {
  const std::string id = itemId.toStdString();
  for (auto& item : *mutableEnvelope().mutable_screening()->mutable_consents()) {
    if (item.id() != id) continue;
    if (item.has_withdrawn_at() || !item.given()) return false;
    *item.mutable_withdrawn_at() = nowTimestamp();
    touch();
    return true;
  }
  return false;
}

QVariantList ScreeningEditor::consentItems() const {
  QVariantList out;
  for (const auto& item : envelope().screening().consents()) {
    out << QVariantMap{
        {QStringLiteral("id"), QString::fromStdString(item.id())},
        {QStringLiteral("purpose"), int(item.purpose())},
        {QStringLiteral("agencyCode"), QString::fromStdString(item.agency_code())},
        {QStringLiteral("given"), item.given()},
        {QStringLiteral("withdrawn"), item.has_withdrawn_at()},
        {QStringLiteral("recordedAt"), value(QStringLiteral("screening.consents[%1].recorded_at").arg(out.size()))},
        {QStringLiteral("withdrawnAt"), value(QStringLiteral("screening.consents[%1].withdrawn_at").arg(out.size()))},
    };
  }
  return out;
}

bool ScreeningEditor::hasNeed(const QString& code) const { return needCodes().contains(code); }

void ScreeningEditor::addNeed(const QString& code) {
  if (code.isEmpty() || hasNeed(code)) return;
  auto* need = mutableEnvelope().mutable_screening()->add_specific_needs();
  need->set_code(code.toStdString());
  need->set_status(rec::SPECIFIC_NEED_STATUS_ACTIVE);
  need->set_date_identified(QDate::currentDate().toString(Qt::ISODate).toStdString());
  need->set_identified_by(envelope().author());
  touch();
}

void ScreeningEditor::removeNeed(const QString& code) {
  auto* needs = mutableEnvelope().mutable_screening()->mutable_specific_needs();
  for (int i = 0; i < needs->size(); ++i) {
    if (QString::fromStdString(needs->Get(i).code()) == code) {
      needs->DeleteSubrange(i, 1);
      touch();
      return;
    }
  }
}

}  // namespace amparo::mobile
