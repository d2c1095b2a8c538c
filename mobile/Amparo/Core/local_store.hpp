#pragma once
// The device's record store: SQLite through Qt SQL, WAL, synchronous=FULL.
// Every revision is kept as the encrypted deterministic protobuf of its
// RecordEnvelope; only what lists sort and filter on is in clear columns.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <vector>

#include "amparo/domain/records.hpp"
#include "amparo/domain/reference_data.hpp"
#include "key_vault.hpp"

namespace amparo::mobile {

// One row of the records table: the head revision's clear columns.
struct RecordRow {
  QString id;
  int kind = 0;
  QString revision;
  QString parentId;      // e.g. the visit of a screening
  QDateTime occurredAt;  // visit start, interview time; else last change
  QString day;           // occurredAt as a local "yyyy-MM-dd"
  QString siteId;
  int visitType = 0;
  int syncState = 0;
  QDateTime updatedAt;
  QString label;         // sites only (not personal): the site's name
  QString dueDay;        // follow-ups only: the planned next date, "yyyy-MM-dd"
                         // (reviews: the follow-up due date)
  int verdict = 0;       // reviews only: records.v1.ReviewVerdict
  // The latest review of this record (none: 0 and empty).
  int reviewVerdict = 0;
  QString reviewDue;
  // Personal data was purged from this device after the grace period.
  bool personalDataRemoved = false;
};

// A record in conflict: the device's branch and the other one the server
// holds, and which of the two the server's deterministic rule makes win.
struct ConflictBranches {
  domain::RecordEnvelope mine;
  domain::RecordEnvelope theirs;
  bool mineWins = false;
};

// What a list shows; empty members do not filter.
struct RecordFilter {
  int kind = 0;                          // RecordKind; 0 = any
  QString dayFrom;                       // inclusive "yyyy-MM-dd"
  QString dayTo;                         // inclusive
  std::optional<QStringList> siteIds;    // set and empty: matches nothing
  int visitType = 0;                     // 0 = any
  QList<int> syncStates;                 // empty = any
  QString parentId;  // with kind 0: the record's children except its reviews
  // Follow-ups due: next date on or before this day ("yyyy-MM-dd") and no
  // later follow-up of the same case. Empty: not filtered.
  QString dueBy;
};

class LocalStore : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("The app's store is AppController.store")
  Q_PROPERTY(bool initialized READ isInitialized NOTIFY stateChanged)
  Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY stateChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
  // Days a synced record keeps its personal data on the device (default 7).
  Q_PROPERTY(int purgeGraceDays READ purgeGraceDays WRITE setPurgeGraceDays NOTIFY purgeGraceDaysChanged)

public:
  // Where a record stands on its way to the server.
  enum SyncState { Draft = 0, Waiting = 1, Synced = 2, Conflict = 3, Rejected = 4 };
  Q_ENUM(SyncState)

  explicit LocalStore(QObject* parent = nullptr);
  ~LocalStore() override;

  // Opens or creates the database file; the store starts locked.
  bool open(const QString& path);
  void close();
  bool isOpen() const;
  QString path() const { return m_path; }

  // A key has been set up (first run done).
  bool isInitialized() const;
  bool isUnlocked() const { return m_vault.isUnlocked(); }
  QString errorString() const { return m_error; }

  // First run: makes the data key and wraps it under the passphrase.
  bool initialize(QByteArrayView passphrase, KdfParams params = KdfParams::interactive());
  // Nothing is readable until this succeeds.
  bool unlock(QByteArrayView passphrase);
  // Saves pending drafts (aboutToLock), then zeroes the key.
  void lock();
  // Rewraps the data key; the records are not touched.
  bool changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase);

  // Clear settings kept in the meta table (language, office, device id):
  // needed before unlock, never personal.
  QString setting(const QString& key, const QString& fallback = {}) const;
  bool setSetting(const QString& key, const QString& value);

  // The vocabularies the server last sent (kept encrypted, read on unlock),
  // else the ones compiled in. The one place the app reads reference data.
  const domain::ReferenceData& referenceData() const;
  // True once the server's reference data replaced the built-in tables.
  bool hasReceivedReferenceData() const { return m_reference != nullptr; }

  // --- Purge of personal data (DOMAIN.md §3.7) ---
  static constexpr int kDefaultPurgeGraceDays = 7;
  int purgeGraceDays() const;
  void setPurgeGraceDays(int days);
  // Strips the personal data (domain::stripPersonalData) from every revision
  // of records acknowledged by the server more than the grace period before
  // `now`, in place: no new revision, nothing to push, the revision ids stay.
  // Records with any revision not yet acknowledged are never touched.
  // Returns how many records lost personal data, -1 on failure.
  int purgePersonalData(const QDateTime& now = QDateTime::currentDateTimeUtc());
  // The record's personal data was removed from this device.
  Q_INVOKABLE bool personalDataRemoved(const QString& id) const;

  // Stores a sealed revision and makes it the record's head, in one
  // transaction. Refuses unsealed envelopes and revisions whose parent is not
  // the current head (a stale editor), so nothing is silently overwritten.
  bool save(const domain::RecordEnvelope& envelope, SyncState state);
  // Many revisions in one transaction (one fsync): all or none. For sync
  // pulls and bulk loads.
  bool saveAll(const std::vector<domain::RecordEnvelope>& envelopes, SyncState state);
  // Replaces the record's working draft in place, in one transaction: the
  // head must be `draftRevision`, still a Draft, and the envelope must have
  // the same parent (the last finalized or pushed revision, or none). The old
  // draft revision is dropped, so an unsynced draft never piles up revisions:
  // the store holds finalized revisions plus at most one draft, the head.
  bool replaceDraft(const domain::RecordEnvelope& envelope, const QString& draftRevision, SyncState state);
  // The head revision, decrypted.
  std::optional<domain::RecordEnvelope> load(const QString& id) const;
  std::optional<domain::RecordEnvelope> loadRevision(const QString& id, const QString& revision) const;
  std::optional<RecordRow> row(const QString& id) const;
  // Number of revisions kept for a record.
  int revisionCount(const QString& id) const;

  // Newest first (occurredAt, then id).
  std::vector<RecordRow> query(const RecordFilter& filter, int offset, int limit) const;
  int count(const RecordFilter& filter) const;

  // PRAGMA integrity_check == "ok".
  bool checkIntegrity() const;

  // --- Sync (SyncClient) ---
  // Secrets kept encrypted under the data key in the meta table (the device
  // token): readable only while unlocked, never in clear settings.
  QString secret(const QString& key) const;
  bool setSecret(const QString& key, const QString& value);
  // The outbox: revisions not yet acknowledged by the server, except a
  // record's Draft head, oldest first and parents before children. At most
  // `limit` revisions and, past the first, about `maxBytes` of protobuf.
  std::vector<domain::RecordEnvelope> outbox(int limit, qint64 maxBytes) const;
  int outboxCount() const;
  // Applies a push's per-record outcomes in one transaction: accepted or
  // already had → acknowledged (Synced when it is the head); conflict →
  // Conflict; rejected head → back to Draft with the field errors kept
  // (refused for its sender, PERMISSION_DENIED: Rejected, never resent).
  bool applyPushResults(const sync::v1::PushResponse& response);
  // Stores a pulled page and the cursor after it in one transaction, so the
  // cursor never runs ahead of what is on disk.
  // With `reference`, the server's vocabularies are stored in the same
  // transaction and used from then on.
  bool storePulled(const std::vector<domain::RecordEnvelope>& envelopes, const QByteArray& cursor,
                   const amparo::reference::v1::ReferenceData* reference = nullptr);
  QByteArray pullCursor() const;
  // The server's findings on a record's rejected revision (empty when none).
  std::vector<sync::v1::FieldError> fieldErrors(const QString& id) const;
  // The two live branches of a record in Conflict (nullopt otherwise).
  std::optional<ConflictBranches> conflict(const QString& id) const;
  // Stores a conflict's resolution in one transaction: the tombstones that
  // close the losing branches first, then `resolved` (a child of the winning
  // head) as the record's head, Waiting. All or none.
  bool resolveConflict(const domain::RecordEnvelope& resolved, const std::vector<domain::RecordEnvelope>& tombstones);
  // Revoked device: deletes every record, key and setting (secure_delete),
  // back to first run.
  bool wipe();

signals:
  void stateChanged();
  void errorStringChanged();
  // Emitted while the key is still available, so editors can save drafts.
  void aboutToLock();
  void recordSaved(const QString& id, int kind);
  void referenceDataChanged();
  void purgeGraceDaysChanged();

private:
  bool exec(const QString& sql);
  bool addDueDayColumn();
  void loadReferenceData();
  // Makes the record's head the revision tree's winner (or marks it a
  // Conflict) after pulled revisions diverged from the device's head.
  bool settleDivergence(const QString& id, qint64 now);
  bool addColumn(const QString& table, const QString& column, const QString& definition);
  bool fail(const QString& message) const;
  std::optional<WrappedKey> readWrappedKey() const;
  bool writeWrappedKey(const WrappedKey& wrapped);
  // One revision inside an open transaction; false with m_error set.
  // With `replacing`, that draft revision is the head being replaced.
  bool write(const domain::RecordEnvelope& envelope, SyncState state, QString* id, int* kind,
             const QString& replacing = {});
  std::optional<domain::RecordEnvelope> decode(const QString& id, const QString& revision,
                                               const QByteArray& payload) const;

  QString m_connection;
  QString m_path;
  KeyVault m_vault;
  std::shared_ptr<const domain::ReferenceData> m_reference;  // null: builtin
  mutable QString m_error;
};

}  // namespace amparo::mobile
