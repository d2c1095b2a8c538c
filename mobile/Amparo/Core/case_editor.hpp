#pragma once
// Shared ground of the case-work editors (referral, follow-up, incident):
// the records they hang from, read from the store so a new record starts
// linked and validation can see the case.

#include <optional>

#include "record_editor.hpp"

namespace amparo::mobile {

class CaseEditor : public RecordEditor {
  Q_OBJECT
  QML_ANONYMOUS
  // The screening (case) the record belongs to. Set before newRecord(): it is
  // carried into the new record, so opening a form stores nothing.
  Q_PROPERTY(QString screeningId READ screeningId WRITE setScreeningId NOTIFY fieldsChanged)

public:
  using RecordEditor::RecordEditor;

  virtual QString screeningId() const = 0;
  void setScreeningId(const QString& id);

protected:
  // The body's path of the screening link ("referral.screening_id").
  virtual QString screeningPath() const = 0;
  // The linked screening as stored (head revision), if there is one.
  std::optional<domain::Screening> linkedScreening() const;
  QString carriedScreeningId() const { return m_screeningId; }

private:
  QString m_screeningId;
};

}  // namespace amparo::mobile
