#pragma once
// The draft of a protection incident, reported from a visit or from a
// screening. Sexual violence is restricted: code only, so the description is
// cleared and disabled for it (data-protection rule 3).

#include "case_editor.hpp"

namespace amparo::mobile {

class IncidentEditor : public CaseEditor {
  Q_OBJECT
  QML_ELEMENT
  // The visit it was reported in; like screeningId, carried into new records.
  Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY fieldsChanged)
  // amparo.records.v1.IncidentType
  Q_PROPERTY(int incidentType READ incidentType WRITE setIncidentType NOTIFY fieldsChanged)
  Q_PROPERTY(bool descriptionAllowed READ descriptionAllowed NOTIFY fieldsChanged)

public:
  explicit IncidentEditor(QObject* parent = nullptr);

  QString screeningId() const override;
  QString visitId() const;
  void setVisitId(const QString& id);
  int incidentType() const;
  void setIncidentType(int type);
  bool descriptionAllowed() const;

protected:
  QString screeningPath() const override { return QStringLiteral("incident.screening_id"); }
  void initBody(domain::RecordEnvelope& envelope) override;
  void normalize(domain::RecordEnvelope& envelope) override;

private:
  QString m_visitId;
};

}  // namespace amparo::mobile
