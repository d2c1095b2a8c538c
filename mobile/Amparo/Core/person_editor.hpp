#pragma once
// Name and contact of an identified screening's respondent: their own Person
// record, the only place for them, encrypted like every record. Anonymous
// screenings have none.

#include "record_editor.hpp"

namespace amparo::mobile {

class PersonEditor : public RecordEditor {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Reached through ScreeningEditor.person")
  // The first phone contact (contacts[] is a repeated message, so it gets
  // typed accessors rather than a path).
  Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY fieldsChanged)
  Q_PROPERTY(QString phoneSafetyNote READ phoneSafetyNote WRITE setPhoneSafetyNote NOTIFY fieldsChanged)

public:
  explicit PersonEditor(QObject* parent = nullptr);

  QString phone() const;
  void setPhone(const QString& phone);
  QString phoneSafetyNote() const;
  void setPhoneSafetyNote(const QString& note);

  // True when nothing identifying has been typed.
  bool isBlank() const;
  // Withdraws the stored record with a tombstone revision (mode switched back
  // to anonymous: minimisation), then starts afresh.
  Q_INVOKABLE bool discard();

protected:
  void initBody(domain::RecordEnvelope& envelope) override;

private:
  records::v1::Contact* phoneContact(bool create);
};

}  // namespace amparo::mobile
