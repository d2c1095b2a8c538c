#include "incident_editor.hpp"

#include <QDate>

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;

}  // namespace

IncidentEditor::IncidentEditor(QObject* parent) : CaseEditor(domain::RecordKind::RECORD_KIND_INCIDENT, parent) {}

QString IncidentEditor::screeningId() const { return QString::fromStdString(envelope().incident().screening_id()); }
QString IncidentEditor::visitId() const { return QString::fromStdString(envelope().incident().visit_id()); }

void IncidentEditor::setVisitId(const QString& id) {
  m_visitId = id;
  if (!envelope().id().empty()) setValue(QStringLiteral("incident.visit_id"), id);
}

void IncidentEditor::initBody(domain::RecordEnvelope& envelope) {
  auto* incident = envelope.mutable_incident();
  const QString today = QDate::currentDate().toString(Qt::ISODate);
  incident->set_occurred_on(today.toStdString());
  incident->set_reported_on(today.toStdString());
  incident->set_screening_id(carriedScreeningId().toStdString());
  // From a screening it belongs to the case (its list shows it; the visit is
  // reached through the screening): the case's person, the visit's site.
  incident->set_visit_id(m_visitId.toStdString());
  QString visitId = m_visitId;
  if (const auto screening = linkedScreening()) {
    incident->set_person_id(screening->person_id());
    if (visitId.isEmpty()) visitId = QString::fromStdString(screening->visit_id());
  }
  if (LocalStore* const store = this->store(); store != nullptr && !visitId.isEmpty() && store->isUnlocked()) {
    if (const auto visit = store->load(visitId); visit && visit->has_visit())
      incident->set_site_id(visit->visit().site_id());
  }
}

void IncidentEditor::normalize(domain::RecordEnvelope& envelope) {
  auto* incident = envelope.mutable_incident();
  if (incident->incident_type() == rec::INCIDENT_TYPE_SEXUAL_VIOLENCE) incident->clear_description();
  // Incidents in Mexico happen in Mexico.
  if (incident->region() == rec::INCIDENT_REGION_MEXICO) incident->set_country("MEX");
}

int IncidentEditor::incidentType() const { return envelope().incident().incident_type(); }
void IncidentEditor::setIncidentType(int type) { setValue(QStringLiteral("incident.incident_type"), type); }

bool IncidentEditor::descriptionAllowed() const {
  return incidentType() != rec::INCIDENT_TYPE_SEXUAL_VIOLENCE;
}

}  // namespace amparo::mobile
