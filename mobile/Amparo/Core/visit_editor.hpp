#pragma once
// The draft of a monitoring visit. The common fields are typed properties;
// the module fields (detention, shelter, border) are read and written by path.

#include "record_editor.hpp"

namespace amparo::mobile {

class VisitEditor : public RecordEditor {
  Q_OBJECT
  QML_ELEMENT
  // amparo.records.v1.VisitType; choosing a type switches the module.
  Q_PROPERTY(int visitType READ visitType WRITE setVisitType NOTIFY fieldsChanged)
  Q_PROPERTY(QString siteId READ siteId WRITE setSiteId NOTIFY fieldsChanged)
  Q_PROPERTY(QDateTime startedAt READ startedAt WRITE setStartedAt NOTIFY fieldsChanged)
  Q_PROPERTY(int access READ access WRITE setAccess NOTIFY fieldsChanged)
  // Invalid when not counted.
  Q_PROPERTY(QVariant peopleInterviewed READ peopleInterviewed WRITE setPeopleInterviewed NOTIFY fieldsChanged)
  // "detention", "shelter", "border" or "" for types without a module.
  Q_PROPERTY(QString module READ module NOTIFY fieldsChanged)

public:
  explicit VisitEditor(QObject* parent = nullptr);

  int visitType() const;
  void setVisitType(int type);
  QString siteId() const;
  void setSiteId(const QString& id);
  QDateTime startedAt() const;
  void setStartedAt(const QDateTime& when);
  int access() const;
  void setAccess(int access);
  QVariant peopleInterviewed() const;
  void setPeopleInterviewed(const QVariant& count);
  QString module() const;

protected:
  void initBody(domain::RecordEnvelope& envelope) override;
  void normalize(domain::RecordEnvelope& envelope) override;
};

}  // namespace amparo::mobile
