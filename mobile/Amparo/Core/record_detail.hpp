#pragma once
// One record as the server holds it, for the coordinator: its content, the
// records linked to it (a visit's screenings and incidents; a screening's
// referrals, follow-ups and incidents), its revision history, the reviews it
// got and, when two revisions survive, both sides for a person to resolve
// by choosing one or merging field by field (POST /v1/records/{id}/resolve).
// Personal data stays on the server until reveal(reason), which the server
// audits; hidePersonalData() drops it from memory again.

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "coordinator_api.hpp"
#include "local_store.hpp"
#include "site_catalog.hpp"
#include "sync_client.hpp"

namespace amparo::mobile {

class RecordDetail : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::SyncClient* sync READ sync WRITE setSync NOTIFY syncChanged)
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(bool loaded READ loaded NOTIFY recordChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  // The winning revision.
  Q_PROPERTY(int kind READ kind NOTIFY recordChanged)
  Q_PROPERTY(QString revision READ revision NOTIFY recordChanged)
  Q_PROPERTY(QString officeCode READ officeCode NOTIFY recordChanged)
  Q_PROPERTY(QString author READ author NOTIFY recordChanged)
  Q_PROPERTY(QDateTime occurredAt READ occurredAt NOTIFY recordChanged)
  Q_PROPERTY(QDateTime modifiedAt READ modifiedAt NOTIFY recordChanged)
  Q_PROPERTY(QString siteName READ siteName NOTIFY recordChanged)
  Q_PROPERTY(int visitType READ visitType NOTIFY recordChanged)
  Q_PROPERTY(bool deleted READ deleted NOTIFY recordChanged)
  Q_PROPERTY(bool alert READ alert NOTIFY recordChanged)
  Q_PROPERTY(QStringList alertMessages READ alertMessages NOTIFY recordChanged)
  // [{path, label, value, depth}] of the body.
  Q_PROPERTY(QVariantList fields READ fields NOTIFY recordChanged)
  // [{revision, generation, parent, head, winner, deleted, author, modifiedAt}],
  // oldest first; author and time are known for the live heads.
  Q_PROPERTY(QVariantList history READ history NOTIFY recordChanged)
  // [{reviewId, verdict, comment, followUpDue, author, createdAt}], newest first.
  Q_PROPERTY(QVariantList reviews READ reviews NOTIFY recordChanged)
  // [{recordId, kind, occurredAt, author, alert}] linked to this record.
  Q_PROPERTY(QVariantList linked READ linked NOTIFY linkedChanged)
  Q_PROPERTY(bool linkedLoading READ linkedLoading NOTIFY linkedChanged)
  Q_PROPERTY(bool personalDataWithheld READ personalDataWithheld NOTIFY recordChanged)
  Q_PROPERTY(bool revealed READ revealed NOTIFY recordChanged)
  Q_PROPERTY(QString revealReason READ revealReason NOTIFY recordChanged)
  // On a reveal of an identified screening: the Person's lines.
  Q_PROPERTY(QVariantList personFields READ personFields NOTIFY recordChanged)
  // Conflict: the winner (left) against the first other live head (right).
  Q_PROPERTY(bool inConflict READ inConflict NOTIFY recordChanged)
  // [{field, label, left, right, differs}] per field of the body.
  Q_PROPERTY(QVariantList conflictFields READ conflictFields NOTIFY recordChanged)
  // {revision, author, modifiedAt} of each side.
  Q_PROPERTY(QVariantMap leftHead READ leftHead NOTIFY recordChanged)
  Q_PROPERTY(QVariantMap rightHead READ rightHead NOTIFY recordChanged)
  Q_PROPERTY(bool resolving READ resolving NOTIFY resolvingChanged)

public:
  explicit RecordDetail(QObject* parent = nullptr);

  // Why personal data may be shown, as the server's codes.
  static const QStringList& revealReasons();

  SyncClient* sync() const { return m_sync; }
  void setSync(SyncClient* sync);
  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  QString recordId() const { return m_recordId; }
  void setRecordId(const QString& id);
  bool loading() const { return m_loading; }
  bool loaded() const { return m_response.has_value(); }
  QString error() const { return m_error; }
  int kind() const;
  QString revision() const;
  QString officeCode() const;
  QString author() const;
  QDateTime occurredAt() const;
  QDateTime modifiedAt() const;
  QString siteName() const;
  int visitType() const;
  bool deleted() const;
  bool alert() const;
  QStringList alertMessages() const;
  QVariantList fields() const;
  QVariantList history() const;
  QVariantList reviews() const;
  QVariantList linked() const { return m_linked; }
  bool linkedLoading() const { return m_linkedLoading; }
  bool personalDataWithheld() const;
  bool revealed() const { return loaded() && !m_revealReason.isEmpty(); }
  QString revealReason() const { return m_revealReason; }
  QVariantList personFields() const;
  bool inConflict() const;
  QVariantList conflictFields() const;
  QVariantMap leftHead() const;
  QVariantMap rightHead() const;
  bool resolving() const { return m_resolving; }

  Q_INVOKABLE void reload();
  // Loads the record again with its personal data, for one of
  // revealReasons(); an empty or unknown reason is refused here and by the
  // server. The server writes an audit entry for each such read.
  Q_INVOKABLE bool reveal(const QString& reason);
  // Forgets the revealed personal data (reloads without it).
  Q_INVOKABLE void hidePersonalData();
  // [{code, text}] of the reasons, translated.
  Q_INVOKABLE QVariantList reasonOptions() const;
  // {recordId, revision, officeCode}, for ReviewComposer.
  Q_INVOKABLE QVariantMap reviewTarget() const;
  // Ends the conflict keeping one live head's content as it is.
  Q_INVOKABLE void resolveChoose(const QString& revision);
  // Ends it with the winner's content, except the body fields named here
  // ("detention", "people_interviewed"…), taken from the other side.
  Q_INVOKABLE void resolveMerge(const QStringList& fieldsFromRight);

signals:
  void syncChanged();
  void storeChanged();
  void languageChanged();
  void recordIdChanged();
  void loadingChanged();
  void recordChanged();
  void errorChanged();
  void linkedChanged();
  void resolvingChanged();
  void resolved(const QString& revision);

private:
  void load(const QString& reason);
  void loadLinked();
  void fetchLinkedPage(const QString& token, const QString& from, int pagesLeft, quint64 generation);
  void setError(const QString& error);
  void sendResolution(const query::v1::ResolveConflictRequest& request);
  const domain::RecordEnvelope* record() const { return m_response ? &m_response->record() : nullptr; }

  QPointer<SyncClient> m_sync;
  QPointer<LocalStore> m_store;
  QString m_language = QStringLiteral("es");
  QString m_recordId;
  bool m_loading = false;
  bool m_resolving = false;
  QString m_error;
  QString m_revealReason;
  std::optional<query::v1::GetRecordResponse> m_response;
  QVariantList m_linked;
  bool m_linkedLoading = false;
  quint64 m_generation = 0;
  SiteCatalog m_sites;
};

}  // namespace amparo::mobile
