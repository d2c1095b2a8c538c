#pragma once
// The draft behind a form. Holds the record as its protobuf envelope; QML
// reads and writes fields by the same dotted paths validation reports, saves
// as the monitor types (the working draft, re-sealed and replaced in place
// until finalized), and finalize() runs the shared validation, exposes
// findings per field and turns the draft into the revision the outbox sends.

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include "amparo/domain/records.hpp"
#include "amparo/validation/validator.hpp"
#include "local_store.hpp"

namespace amparo::mobile {

class RecordEditor : public QObject {
  Q_OBJECT
  QML_ANONYMOUS
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  // Milliseconds of quiet before a draft saves itself; 0 saves on every change.
  Q_PROPERTY(int autosaveInterval READ autosaveInterval WRITE setAutosaveInterval NOTIFY autosaveIntervalChanged)
  Q_PROPERTY(QString recordId READ recordId NOTIFY recordChanged)
  Q_PROPERTY(QString revision READ revision NOTIFY savedChanged)
  Q_PROPERTY(int revisionCount READ revisionCount NOTIFY savedChanged)
  Q_PROPERTY(int syncState READ syncState NOTIFY savedChanged)
  Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
  Q_PROPERTY(bool validated READ isValidated NOTIFY issuesChanged)
  // Every finding: {path, code, severity ("error"|"warning"|"alert"), message}.
  Q_PROPERTY(QVariantList issues READ issues NOTIFY issuesChanged)
  Q_PROPERTY(QVariantList alerts READ alerts NOTIFY issuesChanged)
  Q_PROPERTY(int errorCount READ errorCount NOTIFY issuesChanged)
  Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
  // Bumped on every change of the fields, for QML bindings over value().
  Q_PROPERTY(int generation READ generation NOTIFY fieldsChanged)

public:
  explicit RecordEditor(domain::RecordKind kind, QObject* parent = nullptr);
  ~RecordEditor() override;

  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  int autosaveInterval() const { return m_autosave.interval(); }
  void setAutosaveInterval(int ms);

  QString recordId() const { return QString::fromStdString(m_envelope.id()); }
  QString revision() const { return QString::fromStdString(m_envelope.revision()); }
  int revisionCount() const;
  int syncState() const { return m_syncState; }
  bool isDirty() const { return m_dirty; }
  bool isValidated() const { return m_validated; }
  QVariantList issues() const;
  QVariantList alerts() const;
  int errorCount() const;
  QString lastError() const { return m_lastError; }
  int generation() const { return m_generation; }

  // Starts a new, unsaved record (saved on its first change).
  Q_INVOKABLE void newRecord();
  // Loads the head revision of a stored record.
  Q_INVOKABLE bool load(const QString& id);

  Q_INVOKABLE QVariant value(const QString& path) const;
  Q_INVOKABLE bool setValue(const QString& path, const QVariant& value);
  // Several fields as one change (one revision): {path: value}. All or none.
  Q_INVOKABLE bool setValues(const QVariantMap& values);
  // Repeated messages: how many, and removing one (indices shift down).
  Q_INVOKABLE int count(const QString& path) const;
  Q_INVOKABLE bool removeAt(const QString& path, int index);
  // Repeated enum fields as sets: adds or removes one value.
  Q_INVOKABLE bool hasItem(const QString& path, int item) const;
  Q_INVOKABLE void setItem(const QString& path, int item, bool present);

  // First message for the path or anything under it, in the editor's language.
  Q_INVOKABLE QString issueFor(const QString& path) const;
  Q_INVOKABLE QString severityFor(const QString& path) const;

  // Saves the draft if anything changed: a new sealed revision on top of a
  // finalized (or pushed) one, else the working draft replaced in place.
  Q_INVOKABLE bool save();
  // Saves even an untouched new record, so other records can point at it
  // (a screening's referral, a visit's screening).
  Q_INVOKABLE bool ensureSaved();
  // Validates; with no errors, saves the record as waiting to sync.
  Q_INVOKABLE virtual bool finalize();
  // Runs validation and shows findings without changing the sync state.
  Q_INVOKABLE void validate();

  const domain::RecordEnvelope& envelope() const { return m_envelope; }

signals:
  void storeChanged();
  void languageChanged();
  void autosaveIntervalChanged();
  // A different record (new or loaded): fields re-read their values.
  void recordChanged();
  // A field changed through setValue: typed properties re-read.
  void fieldsChanged();
  void savedChanged();
  void dirtyChanged();
  void issuesChanged();
  void lastErrorChanged();

protected:
  // Fills a fresh body with its defaults (dates default to now).
  virtual void initBody(domain::RecordEnvelope& envelope) = 0;
  // After every write, for fields that depend on others.
  virtual void normalize(domain::RecordEnvelope& /*envelope*/) {}
  // What validation may know beyond the record (a referral's screening).
  // Called by validate(); the context must stay valid until it returns.
  virtual void prepareValidation(validation::ValidationContext& /*context*/) {}
  domain::RecordEnvelope& mutableEnvelope() { return m_envelope; }
  void touch();
  // Forgets unsaved edits (they are about to be withdrawn, not kept).
  void dropPendingChanges();

private:
  bool persist(int state);
  void setLastError(const QString& error);
  QVariantMap toMap(const validation::FieldIssue& issue) const;
  validation::Language validationLanguage() const;

  domain::RecordKind m_kind;
  QPointer<LocalStore> m_store;
  QString m_language = QStringLiteral("es");
  domain::RecordEnvelope m_envelope;
  bool m_stored = false;  // the envelope's revision is in the store
  bool m_dirty = false;
  bool m_validated = false;
  int m_syncState = LocalStore::Draft;
  validation::ValidationResult m_result;
  QString m_lastError;
  QTimer m_autosave;
  int m_generation = 0;
};

}  // namespace amparo::mobile
