#include "local_store.hpp"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

#include "amparo/domain/personal_data.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/wire/codec.hpp"

namespace amparo::mobile {
namespace {

namespace pb = google::protobuf;

// 2: records.due_day; 3: revisions.pushed, field_errors; 4: records.verdict,
// acked_at, personal and revisions.deleted (reviews, purge, conflicts).
constexpr int kSchemaVersion = 4;
constexpr auto kReferenceKey = "sync.reference";
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// records.personal: not checked yet, personal data removed, none to remove.
enum PersonalState { PersonalUnchecked = 0, PersonalRemoved = 1, PersonalNone = 2 };

QDateTime toDateTime(const pb::Timestamp& ts) {
  return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

// An ISO date as the instant lists sort by (local noon, so the day is stable).
QDateTime fromIsoDay(const std::string& day) {
  const QDate date = QDate::fromString(qs(day), Qt::ISODate);
  return date.isValid() ? QDateTime(date, QTime(12, 0)).toUTC() : QDateTime();
}

// Qt SQL binds a null QString as NULL; the clear columns are NOT NULL.
QVariant text(const QString& value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); }

// The AAD of a revision's payload: it can only decrypt in its own row.
QByteArray payloadAad(const QString& id, const QString& revision) {
  return id.toUtf8() + '\0' + revision.toUtf8();
}

// The clear columns of a revision. Only ids, kinds, types and dates: nothing
// a person could be recognised from.
RecordRow clearColumns(const domain::RecordEnvelope& envelope) {
  RecordRow row;
  row.id = qs(envelope.id());
  row.kind = envelope.kind();
  row.revision = qs(envelope.revision());
  if (envelope.has_modified_at()) row.occurredAt = toDateTime(envelope.modified_at());
  else if (envelope.has_created_at()) row.occurredAt = toDateTime(envelope.created_at());
  switch (envelope.body_case()) {
    case domain::RecordEnvelope::kVisit:
      row.siteId = qs(envelope.visit().site_id());
      row.visitType = envelope.visit().visit_type();
      if (envelope.visit().has_started_at()) row.occurredAt = toDateTime(envelope.visit().started_at());
      break;
    case domain::RecordEnvelope::kScreening:
      row.parentId = qs(envelope.screening().visit_id());
      if (envelope.screening().has_interviewed_at())
        row.occurredAt = toDateTime(envelope.screening().interviewed_at());
      break;
    case domain::RecordEnvelope::kReferral: row.parentId = qs(envelope.referral().screening_id()); break;
    case domain::RecordEnvelope::kFollowUp: {
      row.parentId = qs(envelope.follow_up().screening_id());
      const QDateTime on = fromIsoDay(envelope.follow_up().date());
      if (on.isValid()) row.occurredAt = on;
      // A date, not a fact about a person: lists of what is due need it clear.
      if (QDate::fromString(qs(envelope.follow_up().next_date()), Qt::ISODate).isValid())
        row.dueDay = qs(envelope.follow_up().next_date());
      break;
    }
    case domain::RecordEnvelope::kIncident: {
      row.parentId = qs(envelope.incident().visit_id().empty() ? envelope.incident().screening_id()
                                                                : envelope.incident().visit_id());
      row.siteId = qs(envelope.incident().site_id());
      const QDateTime on = fromIsoDay(envelope.incident().occurred_on());
      if (on.isValid()) row.occurredAt = on;
      break;
    }
    case domain::RecordEnvelope::kSite: row.label = qs(envelope.site().name()); break;
    case domain::RecordEnvelope::kReview:
      // Ids, a verdict and a date: what the reviewed record's row shows.
      row.parentId = qs(envelope.review().target_record_id());
      row.verdict = envelope.review().verdict();
      if (QDate::fromString(qs(envelope.review().follow_up_due()), Qt::ISODate).isValid())
        row.dueDay = qs(envelope.review().follow_up_due());
      break;
    default: break;
  }
  if (!row.occurredAt.isValid()) row.occurredAt = QDateTime::currentDateTimeUtc();
  row.day = row.occurredAt.toLocalTime().date().toString(Qt::ISODate);
  return row;
}

RecordRow rowFrom(const QSqlQuery& q) {
  RecordRow row;
  row.id = q.value(0).toString();
  row.kind = q.value(1).toInt();
  row.revision = q.value(2).toString();
  row.parentId = q.value(3).toString();
  row.occurredAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
  row.day = q.value(5).toString();
  row.siteId = q.value(6).toString();
  row.visitType = q.value(7).toInt();
  row.syncState = q.value(8).toInt();
  row.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
  row.label = q.value(10).toString();
  row.dueDay = q.value(11).toString();
  row.verdict = q.value(12).toInt();
  row.personalDataRemoved = q.value(13).toInt() == PersonalRemoved;
  row.reviewVerdict = q.value(14).toInt();
  row.reviewDue = q.value(15).toString();
  return row;
}

constexpr auto kRowColumns =
    "id, kind, revision, parent_id, occurred_at, day, site_id, visit_type, sync_state, updated_at, label, due_day, "
    "verdict";

// What rowFrom reads: the stored columns, then the latest review's verdict
// and due date (reviews point at their record through parent_id).
QString selectColumns() {
  static const QString columns =
      QLatin1String(kRowColumns) +
      QStringLiteral(", personal, (SELECT v.verdict FROM records v WHERE v.parent_id = records.id AND v.kind = %1 "
                     "ORDER BY v.occurred_at DESC, v.id DESC LIMIT 1), (SELECT v.due_day FROM records v WHERE "
                     "v.parent_id = records.id AND v.kind = %1 ORDER BY v.occurred_at DESC, v.id DESC LIMIT 1)")
          .arg(int(domain::RecordKind::RECORD_KIND_REVIEW));
  return columns;
}

// Prepares the upsert of a record's clear list columns (one row per record:
// its head). `ackedAt`: when the server acknowledged the head (0: not yet).
void prepareRowUpsert(QSqlQuery& q, const RecordRow& row, int syncState, qint64 updatedAt, qint64 ackedAt = 0) {
  q.prepare(QStringLiteral("INSERT OR REPLACE INTO records(%1, acked_at, personal) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .arg(QLatin1String(kRowColumns)));
  q.addBindValue(row.id);
  q.addBindValue(row.kind);
  q.addBindValue(row.revision);
  q.addBindValue(text(row.parentId));
  q.addBindValue(row.occurredAt.toMSecsSinceEpoch());
  q.addBindValue(text(row.day));
  q.addBindValue(text(row.siteId));
  q.addBindValue(row.visitType);
  q.addBindValue(syncState);
  q.addBindValue(updatedAt);
  q.addBindValue(text(row.label));
  q.addBindValue(text(row.dueDay));
  q.addBindValue(row.verdict);
  q.addBindValue(ackedAt);
}

// WHERE clause and its bound values for a filter.
struct Where {
  QString sql;
  QVariantList values;
};

Where whereFor(const RecordFilter& filter) {
  QStringList parts;
  Where where;
  if (filter.kind != 0) {
    parts << QStringLiteral("kind = ?");
    where.values << filter.kind;
  }
  if (!filter.dayFrom.isEmpty()) {
    parts << QStringLiteral("day >= ?");
    where.values << filter.dayFrom;
  }
  if (!filter.dayTo.isEmpty()) {
    parts << QStringLiteral("day <= ?");
    where.values << filter.dayTo;
  }
  if (filter.siteIds) {
    if (filter.siteIds->isEmpty()) {
      parts << QStringLiteral("0");
    } else {
      QStringList marks;
      for (const auto& id : *filter.siteIds) {
        marks << QStringLiteral("?");
        where.values << id;
      }
      parts << QStringLiteral("site_id IN (%1)").arg(marks.join(u','));
    }
  }
  if (filter.visitType != 0) {
    parts << QStringLiteral("visit_type = ?");
    where.values << filter.visitType;
  }
  if (!filter.syncStates.isEmpty()) {
    QStringList marks;
    for (int state : filter.syncStates) {
      marks << QStringLiteral("?");
      where.values << state;
    }
    parts << QStringLiteral("sync_state IN (%1)").arg(marks.join(u','));
  }
  if (!filter.parentId.isEmpty()) {
    parts << QStringLiteral("parent_id = ?");
    where.values << filter.parentId;
    // Reviews point at their record through parent_id too; they show next to
    // it (RecordRow::reviewVerdict), not among its case records.
    if (filter.kind == 0) parts << QStringLiteral("kind <> %1").arg(int(domain::RecordKind::RECORD_KIND_REVIEW));
  }
  if (!filter.dueBy.isEmpty()) {
    // Due, and not superseded by a later follow-up of the same case.
    parts << QStringLiteral("(kind = %1 AND due_day <> '' AND due_day <= ? AND NOT EXISTS (SELECT 1 FROM records l "
                            "WHERE l.kind = %1 AND l.parent_id = records.parent_id AND l.id <> records.id AND "
                            "(l.occurred_at > records.occurred_at OR (l.occurred_at = records.occurred_at "
                            "AND l.id > records.id))))")
                 .arg(int(domain::RecordKind::RECORD_KIND_FOLLOW_UP));
    where.values << filter.dueBy;
  }
  if (!parts.isEmpty()) where.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
  return where;
}

}  // namespace

LocalStore::LocalStore(QObject* parent)
    : QObject(parent), m_connection(QStringLiteral("amparo-store-") + QUuid::createUuid().toString(QUuid::Id128)) {}

LocalStore::~LocalStore() {
  // Nobody is told about a store that is going away (listeners may be half
  // destroyed); the key is still zeroed by close().
  blockSignals(true);
  close();
}

bool LocalStore::fail(const QString& message) const {
  m_error = message;
  emit const_cast<LocalStore*>(this)->errorStringChanged();
  return false;
}

bool LocalStore::exec(const QString& sql) {
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (!q.exec(sql)) return fail(tr("SQL failed: %1").arg(q.lastError().text()));
  return true;
}

bool LocalStore::open(const QString& path) {
  close();
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) return fail(tr("Cannot open the database: %1").arg(db.lastError().text()));
  }
  m_path = path;
  // WAL keeps readers off the writer's way; FULL syncs the WAL on every
  // commit, so an acknowledged save survives power loss, not just a crash.
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
      q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
    close();
    return fail(tr("Cannot switch the database to WAL mode"));
  }
  const bool ok = exec(QStringLiteral("PRAGMA synchronous=FULL")) &&
                  exec(QStringLiteral("PRAGMA busy_timeout=5000")) &&
                  exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)")) &&
                  exec(QStringLiteral("CREATE TABLE IF NOT EXISTS revisions(record_id TEXT NOT NULL, "
                                      "revision TEXT NOT NULL, parent_revision TEXT NOT NULL, "
                                      "payload BLOB NOT NULL, saved_at INTEGER NOT NULL, "
                                      "PRIMARY KEY(record_id, revision)) WITHOUT ROWID")) &&
                  exec(QStringLiteral("CREATE TABLE IF NOT EXISTS records(id TEXT PRIMARY KEY, "
                                      "kind INTEGER NOT NULL, revision TEXT NOT NULL, parent_id TEXT NOT NULL, "
                                      "occurred_at INTEGER NOT NULL, day TEXT NOT NULL, site_id TEXT NOT NULL, "
                                      "visit_type INTEGER NOT NULL, sync_state INTEGER NOT NULL, "
                                      "updated_at INTEGER NOT NULL, label TEXT NOT NULL)")) &&
                  addDueDayColumn() &&
                  // 1 once the server acknowledged the revision (or it came
                  // from the server): the outbox is what is still 0.
                  addColumn(QStringLiteral("revisions"), QStringLiteral("pushed"),
                            QStringLiteral("INTEGER NOT NULL DEFAULT 0")) &&
                  exec(QStringLiteral("CREATE INDEX IF NOT EXISTS revisions_unpushed ON revisions(pushed, saved_at)")) &&
                  // Tombstones close conflicting branches: the revision tree needs them.
                  addColumn(QStringLiteral("revisions"), QStringLiteral("deleted"),
                            QStringLiteral("INTEGER NOT NULL DEFAULT 0")) &&
                  addColumn(QStringLiteral("records"), QStringLiteral("verdict"),
                            QStringLiteral("INTEGER NOT NULL DEFAULT 0")) &&
                  // When the server acknowledged the head: the purge's grace
                  // period runs from there (older stores: from the last save).
                  addColumn(QStringLiteral("records"), QStringLiteral("acked_at"),
                            QStringLiteral("INTEGER NOT NULL DEFAULT 0")) &&
                  exec(QStringLiteral("UPDATE records SET acked_at = updated_at WHERE acked_at = 0 AND "
                                      "sync_state = %1")
                           .arg(int(Synced))) &&
                  addColumn(QStringLiteral("records"), QStringLiteral("personal"),
                            QStringLiteral("INTEGER NOT NULL DEFAULT 0")) &&
                  exec(QStringLiteral("CREATE TABLE IF NOT EXISTS field_errors(record_id TEXT NOT NULL, "
                                      "path TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, "
                                      "message_es TEXT NOT NULL)")) &&
                  exec(QStringLiteral("CREATE INDEX IF NOT EXISTS field_errors_by_record ON field_errors(record_id)")) &&
                  exec(QStringLiteral("CREATE INDEX IF NOT EXISTS records_by_time "
                                      "ON records(kind, occurred_at DESC, id DESC)")) &&
                  exec(QStringLiteral("CREATE INDEX IF NOT EXISTS records_by_state ON records(kind, sync_state)")) &&
                  exec(QStringLiteral("CREATE INDEX IF NOT EXISTS records_by_parent ON records(parent_id)")) &&
                  exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '%1')")
                           .arg(kSchemaVersion));
  if (!ok) {
    close();
    return false;
  }
  emit stateChanged();
  return true;
}

bool LocalStore::addDueDayColumn() {
  // Schema 1 stores lack it; follow-ups saved then show as not due until
  // their next save (none shipped: the column came with the follow-up form).
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (!q.exec(QStringLiteral("PRAGMA table_info(records)"))) return fail(q.lastError().text());
  while (q.next()) {
    if (q.value(1).toString() == u"due_day") return true;
  }
  return exec(QStringLiteral("ALTER TABLE records ADD COLUMN due_day TEXT NOT NULL DEFAULT ''"));
}

bool LocalStore::addColumn(const QString& table, const QString& column, const QString& definition) {
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) return fail(q.lastError().text());
  while (q.next()) {
    if (q.value(1).toString() == column) return true;
  }
  return exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, definition));
}

void LocalStore::close() {
  if (m_vault.isUnlocked()) lock();
  if (QSqlDatabase::contains(m_connection)) {
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
  }
  m_path.clear();
}

bool LocalStore::isOpen() const {
  return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QString LocalStore::setting(const QString& key, const QString& fallback) const {
  if (!isOpen()) return fallback;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
  q.addBindValue(QStringLiteral("setting.") + key);
  if (!q.exec() || !q.next()) return fallback;
  return q.value(0).toString();
}

bool LocalStore::setSetting(const QString& key, const QString& value) {
  if (!isOpen()) return fail(tr("The store is not open"));
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
  q.addBindValue(QStringLiteral("setting.") + key);
  q.addBindValue(text(value));
  if (!q.exec()) return fail(tr("Cannot save a setting: %1").arg(q.lastError().text()));
  return true;
}

std::optional<WrappedKey> LocalStore::readWrappedKey() const {
  if (!isOpen()) return std::nullopt;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'key.%'"))) return std::nullopt;
  WrappedKey wrapped;
  int found = 0;
  while (q.next()) {
    const QString key = q.value(0).toString();
    const QByteArray value = q.value(1).toByteArray();
    if (key == u"key.salt") wrapped.salt = value, ++found;
    else if (key == u"key.sealed") wrapped.sealedKey = value, ++found;
    else if (key == u"key.ops_limit") wrapped.params.opsLimit = value.toULongLong(), ++found;
    else if (key == u"key.mem_limit") wrapped.params.memLimit = value.toULongLong(), ++found;
  }
  if (found != 4) return std::nullopt;
  return wrapped;
}

bool LocalStore::writeWrappedKey(const WrappedKey& wrapped) {
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  if (!db.transaction()) return fail(tr("Cannot start a transaction"));
  QSqlQuery q(db);
  q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
  const std::pair<QString, QVariant> values[] = {
      {QStringLiteral("key.salt"), wrapped.salt},
      {QStringLiteral("key.sealed"), wrapped.sealedKey},
      {QStringLiteral("key.ops_limit"), QByteArray::number(static_cast<qulonglong>(wrapped.params.opsLimit))},
      {QStringLiteral("key.mem_limit"), QByteArray::number(static_cast<qulonglong>(wrapped.params.memLimit))},
      {QStringLiteral("key.algorithm"), QByteArrayLiteral("argon2id13+xchacha20poly1305")},
  };
  for (const auto& [key, value] : values) {
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
      db.rollback();
      return fail(tr("Cannot store the key: %1").arg(q.lastError().text()));
    }
  }
  if (!db.commit()) return fail(tr("Cannot store the key: %1").arg(db.lastError().text()));
  return true;
}

bool LocalStore::isInitialized() const { return readWrappedKey().has_value(); }

bool LocalStore::initialize(QByteArrayView passphrase, KdfParams params) {
  if (!isOpen()) return fail(tr("The store is not open"));
  if (isInitialized()) return fail(tr("The store is already set up"));
  const WrappedKey wrapped = m_vault.create(passphrase, params);
  if (wrapped.sealedKey.isEmpty() || !writeWrappedKey(wrapped)) {
    m_vault.lock();
    return fail(m_error.isEmpty() ? QStringLiteral("Cannot derive a key") : m_error);
  }
  emit stateChanged();
  return true;
}

bool LocalStore::unlock(QByteArrayView passphrase) {
  const auto wrapped = readWrappedKey();
  if (!wrapped) return fail(tr("The store is not set up"));
  if (!m_vault.unlock(*wrapped, passphrase)) {
    emit stateChanged();
    return fail(tr("Wrong passphrase"));
  }
  m_error.clear();
  loadReferenceData();
  emit stateChanged();
  // Personal data past its grace period leaves the device on every unlock.
  purgePersonalData();
  return true;
}

void LocalStore::lock() {
  if (!m_vault.isUnlocked()) return;
  emit aboutToLock();
  m_vault.lock();
  emit stateChanged();
}

bool LocalStore::changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase) {
  const auto wrapped = readWrappedKey();
  if (!wrapped) return fail(tr("The store is not set up"));
  // Proves the old passphrase even when already unlocked.
  KeyVault check;
  if (!check.unlock(*wrapped, oldPassphrase)) return fail(tr("Wrong passphrase"));
  const WrappedKey rewrapped = check.rewrap(newPassphrase, wrapped->params);
  check.lock();
  if (rewrapped.sealedKey.isEmpty()) return fail(tr("Cannot derive a key"));
  return writeWrappedKey(rewrapped);
}

bool LocalStore::write(const domain::RecordEnvelope& envelope, SyncState state, QString* id, int* kind,
                       const QString& replacing) {
  if (envelope.id().empty() || sync::checkSeal(envelope) != sync::SealProblem::None)
    return fail(tr("Refusing to store an unsealed revision"));
  const RecordRow row = clearColumns(envelope);
  const QString parentRevision = qs(envelope.parent_revision());

  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT revision, personal FROM records WHERE id = ?"));
  q.addBindValue(row.id);
  if (!q.exec()) return fail(q.lastError().text());
  const bool known = q.next();
  const QString head = known ? q.value(0).toString() : QString();
  // A purged copy must never become a revision: it would erase the
  // person's data on the server.
  if (known && q.value(1).toInt() == PersonalRemoved)
    return fail(tr("Personal data was removed from this device: this record cannot be changed here"));
  if (!replacing.isEmpty()) {
    // A working draft replaced in place: same parent, the old draft goes.
    if (head != replacing) return fail(tr("The record changed since it was opened"));
    q.prepare(QStringLiteral("SELECT r.parent_revision, h.sync_state FROM revisions r JOIN records h "
                             "ON h.id = r.record_id AND h.revision = r.revision WHERE r.record_id = ?"));
    q.addBindValue(row.id);
    if (!q.exec()) return fail(q.lastError().text());
    if (!q.next() || q.value(1).toInt() != Draft || q.value(0).toString() != parentRevision)
      return fail(tr("The record changed since it was opened"));
    q.prepare(QStringLiteral("DELETE FROM revisions WHERE record_id = ? AND revision = ?"));
    q.addBindValue(row.id);
    q.addBindValue(replacing);
    if (!q.exec()) return fail(q.lastError().text());
  } else if (head != parentRevision && head != row.revision) {
    // Single writer: a revision must extend the head (or be the head, when
    // only the sync state changes). Anything else is a stale editor.
    return fail(tr("The record changed since it was opened"));
  }

  QByteArray plain = QByteArray::fromStdString(wire::toBinary(envelope));
  const QByteArray payload = m_vault.encrypt(plain, payloadAad(row.id, row.revision));
  wipeBytes(plain);
  const qint64 now = QDateTime::currentMSecsSinceEpoch();

  q.prepare(QStringLiteral("INSERT OR IGNORE INTO revisions(record_id, revision, parent_revision, payload, saved_at, "
                           "deleted) VALUES(?, ?, ?, ?, ?, ?)"));
  q.addBindValue(row.id);
  q.addBindValue(row.revision);
  q.addBindValue(text(parentRevision));
  q.addBindValue(payload);
  q.addBindValue(now);
  q.addBindValue(envelope.deleted() ? 1 : 0);
  if (!q.exec()) return fail(q.lastError().text());

  prepareRowUpsert(q, row, static_cast<int>(state), now);
  if (!q.exec()) return fail(q.lastError().text());
  *id = row.id;
  *kind = row.kind;
  return true;
}

bool LocalStore::save(const domain::RecordEnvelope& envelope, SyncState state) {
  return saveAll({envelope}, state);
}

bool LocalStore::replaceDraft(const domain::RecordEnvelope& envelope, const QString& draftRevision,
                              SyncState state) {
  if (!m_vault.isUnlocked()) return fail(tr("The store is locked"));
  if (draftRevision.isEmpty()) return save(envelope, state);
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  if (!db.transaction()) return fail(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
  QString id;
  int kind = 0;
  if (!write(envelope, state, &id, &kind, draftRevision)) {
    const QString error = m_error;
    db.rollback();
    return fail(error);
  }
  if (!db.commit()) {
    const QString error = db.lastError().text();
    db.rollback();
    return fail(tr("Cannot commit: %1").arg(error));
  }
  emit recordSaved(id, kind);
  return true;
}

bool LocalStore::saveAll(const std::vector<domain::RecordEnvelope>& envelopes, SyncState state) {
  if (!m_vault.isUnlocked()) return fail(tr("The store is locked"));
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  if (!db.transaction()) return fail(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
  std::vector<std::pair<QString, int>> saved;
  saved.reserve(envelopes.size());
  for (const auto& envelope : envelopes) {
    QString id;
    int kind = 0;
    if (!write(envelope, state, &id, &kind)) {
      const QString error = m_error;
      db.rollback();
      return fail(error);
    }
    saved.emplace_back(id, kind);
  }
  // The commit is the acknowledgement: with WAL and synchronous=FULL it is on
  // disk when commit() returns.
  if (!db.commit()) {
    const QString error = db.lastError().text();
    db.rollback();
    return fail(tr("Cannot commit: %1").arg(error));
  }
  for (const auto& [id, kind] : saved) emit recordSaved(id, kind);
  return true;
}

std::optional<domain::RecordEnvelope> LocalStore::decode(const QString& id, const QString& revision,
                                                         const QByteArray& payload) const {
  QByteArray plain;
  if (!m_vault.decrypt(payload, payloadAad(id, revision), plain)) {
    fail(tr("A record could not be decrypted"));
    return std::nullopt;
  }
  domain::RecordEnvelope envelope;
  const bool ok = wire::fromBinary(std::string_view(plain.constData(), static_cast<std::size_t>(plain.size())),
                                   envelope);
  wipeBytes(plain);
  if (!ok) {
    fail(tr("A record could not be decoded"));
    return std::nullopt;
  }
  return envelope;
}

std::optional<domain::RecordEnvelope> LocalStore::loadRevision(const QString& id, const QString& revision) const {
  if (!m_vault.isUnlocked()) {
    fail(tr("The store is locked"));
    return std::nullopt;
  }
  if (!isOpen()) return std::nullopt;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT payload FROM revisions WHERE record_id = ? AND revision = ?"));
  q.addBindValue(id);
  q.addBindValue(revision);
  if (!q.exec() || !q.next()) return std::nullopt;
  return decode(id, revision, q.value(0).toByteArray());
}

std::optional<domain::RecordEnvelope> LocalStore::load(const QString& id) const {
  const auto head = row(id);
  if (!head) return std::nullopt;
  return loadRevision(id, head->revision);
}

std::optional<RecordRow> LocalStore::row(const QString& id) const {
  if (!isOpen()) return std::nullopt;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(selectColumns()));
  q.addBindValue(id);
  if (!q.exec() || !q.next()) return std::nullopt;
  return rowFrom(q);
}

int LocalStore::revisionCount(const QString& id) const {
  if (!isOpen()) return 0;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT COUNT(*) FROM revisions WHERE record_id = ?"));
  q.addBindValue(id);
  if (!q.exec() || !q.next()) return 0;
  return q.value(0).toInt();
}

std::vector<RecordRow> LocalStore::query(const RecordFilter& filter, int offset, int limit) const {
  std::vector<RecordRow> rows;
  if (!isOpen()) return rows;
  const Where where = whereFor(filter);
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.setForwardOnly(true);
  q.prepare(QStringLiteral("SELECT %1 FROM records%2 ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .arg(selectColumns(), where.sql));
  for (const auto& value : where.values) q.addBindValue(value);
  q.addBindValue(limit);
  q.addBindValue(offset);
  if (!q.exec()) {
    fail(q.lastError().text());
    return rows;
  }
  rows.reserve(static_cast<std::size_t>(limit));
  while (q.next()) rows.push_back(rowFrom(q));
  return rows;
}

int LocalStore::count(const RecordFilter& filter) const {
  if (!isOpen()) return 0;
  const Where where = whereFor(filter);
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT COUNT(*) FROM records") + where.sql);
  for (const auto& value : where.values) q.addBindValue(value);
  if (!q.exec() || !q.next()) return 0;
  return q.value(0).toInt();
}

bool LocalStore::checkIntegrity() const {
  if (!isOpen()) return false;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() && q.value(0).toString() == u"ok";
}

// --- Sync ---------------------------------------------------------------

namespace {
// A revision's generation ("<generation>-<hash>"), for parent-first order.
constexpr auto kGenerationSql = "CAST(substr(r.revision, 1, instr(r.revision, '-') - 1) AS INTEGER)";
}  // namespace

QString LocalStore::secret(const QString& key) const {
  if (!isOpen() || !m_vault.isUnlocked()) return {};
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
  q.addBindValue(QStringLiteral("secret.") + key);
  if (!q.exec() || !q.next()) return {};
  QByteArray plain;
  if (!m_vault.decrypt(q.value(0).toByteArray(), (QStringLiteral("secret.") + key).toUtf8(), plain)) return {};
  const QString value = QString::fromUtf8(plain);
  wipeBytes(plain);
  return value;
}

bool LocalStore::setSecret(const QString& key, const QString& value) {
  if (!isOpen()) return fail(tr("The store is not open"));
  if (!m_vault.isUnlocked()) return fail(tr("The store is locked"));
  QByteArray plain = value.toUtf8();
  const QByteArray sealed = m_vault.encrypt(plain, (QStringLiteral("secret.") + key).toUtf8());
  wipeBytes(plain);
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
  q.addBindValue(QStringLiteral("secret.") + key);
  q.addBindValue(sealed);
  if (!q.exec()) return fail(q.lastError().text());
  return true;
}

std::vector<domain::RecordEnvelope> LocalStore::outbox(int limit, qint64 maxBytes) const {
  std::vector<domain::RecordEnvelope> out;
  if (!isOpen() || !m_vault.isUnlocked()) return out;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.setForwardOnly(true);
  // Not a Draft head; not a record left Rejected (a rejected revision below
  // the head: nothing above it can be accepted until it is corrected).
  q.prepare(QStringLiteral("SELECT r.record_id, r.revision, r.payload FROM revisions r JOIN records h "
                           "ON h.id = r.record_id WHERE r.pushed = 0 AND h.sync_state <> %1 "
                           "AND NOT (r.revision = h.revision AND h.sync_state = %2) "
                           "ORDER BY r.saved_at, r.record_id, %3 LIMIT ?")
                .arg(int(Rejected))
                .arg(int(Draft))
                .arg(QLatin1String(kGenerationSql)));
  q.addBindValue(limit);
  if (!q.exec()) {
    fail(q.lastError().text());
    return out;
  }
  qint64 bytes = 0;
  while (q.next()) {
    auto envelope = decode(q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray());
    if (!envelope) continue;
    const auto size = static_cast<qint64>(envelope->ByteSizeLong());
    if (!out.empty() && bytes + size > maxBytes) break;
    bytes += size;
    out.push_back(std::move(*envelope));
  }
  return out;
}

int LocalStore::outboxCount() const {
  if (!isOpen()) return 0;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM revisions r JOIN records h ON h.id = r.record_id "
                             "WHERE r.pushed = 0 AND h.sync_state <> %1 "
                             "AND NOT (r.revision = h.revision AND h.sync_state = %2)")
                  .arg(int(Rejected))
                  .arg(int(Draft))) ||
      !q.next())
    return 0;
  return q.value(0).toInt();
}

bool LocalStore::applyPushResults(const sync::v1::PushResponse& response) {
  if (!isOpen()) return fail(tr("The store is not open"));
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  if (!db.transaction()) return fail(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
  QSqlQuery q(db);
  auto run = [&](const QString& sql, const QVariantList& values) {
    q.prepare(sql);
    for (const auto& value : values) q.addBindValue(value);
    return q.exec();
  };
  // A push answers up to 1,000 records: the statements of the common case
  // are prepared once, and findings are only cleared where there are some.
  QSqlQuery head(db);
  QSqlQuery pushed(db);
  QSqlQuery acked(db);
  head.setForwardOnly(true);
  if (!head.prepare(QStringLiteral("SELECT revision, kind FROM records WHERE id = ?")) ||
      !pushed.prepare(QStringLiteral("UPDATE revisions SET pushed = 1 WHERE record_id = ? AND revision = ?")) ||
      !acked.prepare(QStringLiteral("UPDATE records SET sync_state = ?, acked_at = ? WHERE id = ? AND sync_state = ?"))) {
    db.rollback();
    return fail(db.lastError().text());
  }
  QSet<QString> withFindings;
  if (run(QStringLiteral("SELECT DISTINCT record_id FROM field_errors"), {})) {
    while (q.next()) withFindings.insert(q.value(0).toString());
  }
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  std::vector<std::pair<QString, int>> changed;
  bool ok = true;
  for (const auto& result : response.results()) {
    const QString id = qs(result.record_id());
    const QString revision = qs(result.revision());
    head.addBindValue(id);
    if (!head.exec() || !head.next()) continue;
    const bool isHead = head.value(0).toString() == revision;
    const int kind = head.value(1).toInt();
    head.finish();
    switch (result.outcome()) {
      case sync::v1::PUSH_OUTCOME_ACCEPTED:
      case sync::v1::PUSH_OUTCOME_ALREADY_HAD:
      case sync::v1::PUSH_OUTCOME_CONFLICT: {
        const int state = result.outcome() == sync::v1::PUSH_OUTCOME_CONFLICT ? Conflict : Synced;
        pushed.addBindValue(id);
        pushed.addBindValue(revision);
        ok = pushed.exec();
        if (ok && withFindings.contains(id))
          ok = run(QStringLiteral("DELETE FROM field_errors WHERE record_id = ?"), {id});
        // A conflict marks the record whichever revision met it; an
        // acknowledgement only settles the head while it is waiting.
        if (ok && state == Conflict) {
          ok = run(QStringLiteral("UPDATE records SET sync_state = ? WHERE id = ?"), {state, id});
        } else if (ok && isHead) {
          acked.addBindValue(state);
          acked.addBindValue(now);
          acked.addBindValue(id);
          acked.addBindValue(int(Waiting));
          ok = acked.exec();
        }
        break;
      }
      case sync::v1::PUSH_OUTCOME_REJECTED: {
        // The head goes back to Draft: the monitor corrects it and finalizes
        // again (replaceDraft keeps the same parent). Below the head the
        // record stays Rejected.
        // Refused for who sent it (a site or review from a monitor): nothing
        // to correct, it stays Rejected on the device.
        const bool correctable = result.error().code() != sync::v1::ERROR_CODE_PERMISSION_DENIED;
        ok = run(QStringLiteral("UPDATE records SET sync_state = ? WHERE id = ?"),
                 {isHead && correctable ? Draft : Rejected, id}) &&
             run(QStringLiteral("DELETE FROM field_errors WHERE record_id = ?"), {id});
        auto keep = [&](const std::string& path, const std::string& code, const std::string& en,
                        const std::string& es) {
          return run(QStringLiteral("INSERT INTO field_errors(record_id, path, code, message, message_es) "
                                    "VALUES(?, ?, ?, ?, ?)"),
                     {id, text(qs(path)), text(qs(code)), text(qs(en)), text(qs(es))});
        };
        for (const auto& error : result.field_errors()) {
          if (ok && error.severity() == sync::v1::SEVERITY_ERROR)
            ok = keep(error.path(), error.code(), error.message(), error.message_es());
        }
        if (ok && result.field_errors_size() == 0 && result.has_error())
          ok = keep({}, "rejected", result.error().message(), result.error().message());
        withFindings.insert(id);
        break;
      }
      default: break;
    }
    if (!ok) break;
    changed.emplace_back(id, kind);
  }
  if (!ok) {
    const QString error = tr("Cannot record the server's answer: %1")
                              .arg(q.lastError().text() + pushed.lastError().text() + acked.lastError().text());
    db.rollback();
    return fail(error);
  }
  if (!db.commit()) {
    const QString error = db.lastError().text();
    db.rollback();
    return fail(tr("Cannot commit: %1").arg(error));
  }
  for (const auto& [id, kind] : changed) emit recordSaved(id, kind);
  return true;
}

bool LocalStore::storePulled(const std::vector<domain::RecordEnvelope>& envelopes, const QByteArray& cursor,
                             const amparo::reference::v1::ReferenceData* reference) {
  if (!m_vault.isUnlocked()) return fail(tr("The store is locked"));
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  if (!db.transaction()) return fail(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
  QSqlQuery q(db);
  auto failed = [&](const QString& error) {
    db.rollback();
    return fail(error);
  };
  std::vector<std::pair<QString, int>> saved;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  QSqlQuery known(db);
  known.setForwardOnly(true);
  if (!known.prepare(QStringLiteral("SELECT pushed FROM revisions WHERE record_id = ? AND revision = ?")))
    return failed(known.lastError().text());
  for (const auto& envelope : envelopes) {
    if (envelope.id().empty()) continue;
    const QString id = qs(envelope.id());
    const QString revision = qs(envelope.revision());
    known.addBindValue(id);
    known.addBindValue(revision);
    if (!known.exec()) return failed(known.lastError().text());
    const bool seen = known.next();
    const bool wasPushed = seen && known.value(0).toInt() != 0;
    known.finish();
    if (seen) {
      // Ours, coming back (or seen before): acknowledged, nothing new, and
      // nothing to hash (a device's own records are most of its feed).
      if (!wasPushed) {
        q.prepare(QStringLiteral("UPDATE revisions SET pushed = 1 WHERE record_id = ? AND revision = ?"));
        q.addBindValue(id);
        q.addBindValue(revision);
        if (!q.exec()) return failed(q.lastError().text());
      }
      continue;
    }
    if (sync::checkSeal(envelope) != sync::SealProblem::None) continue;
    const RecordRow row = clearColumns(envelope);
    q.prepare(QStringLiteral("SELECT revision, sync_state FROM records WHERE id = ?"));
    q.addBindValue(row.id);
    if (!q.exec()) return failed(q.lastError().text());
    const bool exists = q.next();
    const QString head = exists ? q.value(0).toString() : QString();
    const int headState = exists ? q.value(1).toInt() : Synced;

    QByteArray plain = QByteArray::fromStdString(wire::toBinary(envelope));
    const QByteArray payload = m_vault.encrypt(plain, payloadAad(row.id, row.revision));
    wipeBytes(plain);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO revisions(record_id, revision, parent_revision, payload, "
                             "saved_at, pushed, deleted) VALUES(?, ?, ?, ?, ?, 1, ?)"));
    q.addBindValue(row.id);
    q.addBindValue(row.revision);
    q.addBindValue(text(qs(envelope.parent_revision())));
    q.addBindValue(payload);
    q.addBindValue(now);
    q.addBindValue(envelope.deleted() ? 1 : 0);
    if (!q.exec()) return failed(q.lastError().text());

    if (!exists || (head == qs(envelope.parent_revision()) && (headState == Synced || headState == Waiting))) {
      // New to the device, or a later revision of what it has: the new head.
      prepareRowUpsert(q, row, Synced, now, now);
      if (!q.exec()) return failed(q.lastError().text());
    } else if (headState == Draft) {
      // Diverged under a working draft: both are kept; the record shows as
      // a conflict.
      q.prepare(QStringLiteral("UPDATE records SET sync_state = ? WHERE id = ?"));
      q.addBindValue(int(Conflict));
      q.addBindValue(row.id);
      if (!q.exec()) return failed(q.lastError().text());
    } else if (!settleDivergence(row.id, now)) {
      // Another device edited it, or closed a conflict: the revision tree
      // decides between a new head and a conflict.
      return failed(m_error);
    }
    saved.emplace_back(row.id, row.kind);
  }
  q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('sync.cursor', ?)"));
  q.addBindValue(cursor);
  if (!q.exec()) return failed(q.lastError().text());
  std::shared_ptr<const domain::ReferenceData> received;
  if (reference != nullptr) {
    // Vocabularies are not personal, but they live inside the encrypted
    // store like everything the server sends.
    received = std::make_shared<const domain::ReferenceData>(domain::ReferenceData::fromMessage(*reference));
    const QByteArray sealed =
        m_vault.encrypt(QByteArray::fromStdString(reference->SerializeAsString()), QByteArray(kReferenceKey));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(QString::fromLatin1(kReferenceKey));
    q.addBindValue(sealed);
    if (!q.exec()) return failed(q.lastError().text());
  }
  if (!db.commit()) {
    const QString error = db.lastError().text();
    db.rollback();
    return fail(tr("Cannot commit: %1").arg(error));
  }
  if (received) {
    m_reference = std::move(received);
    emit referenceDataChanged();
  }
  for (const auto& [id, kind] : saved) emit recordSaved(id, kind);
  return true;
}

namespace {

// The record's revisions as the revision tree sees them.
std::optional<sync::RevisionTree> revisionTree(QSqlQuery& q, const QString& id) {
  q.prepare(QStringLiteral("SELECT revision, parent_revision, deleted FROM revisions WHERE record_id = ?"));
  q.addBindValue(id);
  if (!q.exec()) return std::nullopt;
  std::vector<sync::RevisionNode> nodes;
  while (q.next())
    nodes.push_back({q.value(0).toString().toStdString(), q.value(1).toString().toStdString(), q.value(2).toBool()});
  return sync::RevisionTree(std::move(nodes));
}

}  // namespace

bool LocalStore::settleDivergence(const QString& id, qint64 now) {
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  const auto tree = revisionTree(q, id);
  if (!tree) return fail(q.lastError().text());
  if (tree->inConflict()) {
    q.prepare(QStringLiteral("UPDATE records SET sync_state = ? WHERE id = ?"));
    q.addBindValue(int(Conflict));
    q.addBindValue(id);
    return q.exec() || fail(q.lastError().text());
  }
  // One live head left (a tombstone closed the other branch): it is the
  // record's head, settled when the server has it.
  const QString winner = qs(tree->winner());
  q.prepare(QStringLiteral("SELECT payload, pushed FROM revisions WHERE record_id = ? AND revision = ?"));
  q.addBindValue(id);
  q.addBindValue(winner);
  if (!q.exec() || !q.next()) return fail(tr("A revision is missing"));
  const bool pushed = q.value(1).toBool();
  const auto envelope = decode(id, winner, q.value(0).toByteArray());
  if (!envelope) return false;
  prepareRowUpsert(q, clearColumns(*envelope), pushed ? Synced : Waiting, now, pushed ? now : 0);
  return q.exec() || fail(q.lastError().text());
}

std::optional<ConflictBranches> LocalStore::conflict(const QString& id) const {
  const auto head = row(id);
  if (!head || head->syncState != Conflict || !m_vault.isUnlocked()) return std::nullopt;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  const auto tree = revisionTree(q, id);
  if (!tree) return std::nullopt;
  const auto heads = tree->heads();  // live leaves, winner first
  if (heads.size() < 2) return std::nullopt;
  const std::string headRevision = head->revision.toStdString();
  const bool headIsLeaf = std::find(heads.begin(), heads.end(), headRevision) != heads.end();
  const std::string mine = headIsLeaf ? headRevision : heads.front();
  const std::string theirs = mine == heads.front() ? heads[1] : heads.front();
  auto mineEnvelope = loadRevision(id, qs(mine));
  auto theirsEnvelope = loadRevision(id, qs(theirs));
  if (!mineEnvelope || !theirsEnvelope) return std::nullopt;
  return ConflictBranches{std::move(*mineEnvelope), std::move(*theirsEnvelope), mine == heads.front()};
}

bool LocalStore::resolveConflict(const domain::RecordEnvelope& resolved,
                                 const std::vector<domain::RecordEnvelope>& tombstones) {
  if (!m_vault.isUnlocked()) return fail(tr("The store is locked"));
  std::vector<const domain::RecordEnvelope*> all;
  for (const auto& tombstone : tombstones) all.push_back(&tombstone);
  all.push_back(&resolved);
  for (const auto* envelope : all) {
    if (envelope->id() != resolved.id() || sync::checkSeal(*envelope) != sync::SealProblem::None)
      return fail(tr("Refusing to store an unsealed revision"));
  }
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  if (!db.transaction()) return fail(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
  QSqlQuery q(db);
  auto failed = [&](const QString& error) {
    db.rollback();
    return fail(error);
  };
  const QString id = qs(resolved.id());
  const auto tree = revisionTree(q, id);
  if (!tree) return failed(q.lastError().text());
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  // Tombstones first (saved earlier), so they are pushed before the
  // resolution and the server never sees the resolution extend a conflict.
  qint64 savedAt = now - static_cast<qint64>(all.size());
  for (const auto* envelope : all) {
    if (!tree->contains(envelope->parent_revision())) return failed(tr("The record changed since it was opened"));
    const QString revision = qs(envelope->revision());
    QByteArray plain = QByteArray::fromStdString(wire::toBinary(*envelope));
    const QByteArray payload = m_vault.encrypt(plain, payloadAad(id, revision));
    wipeBytes(plain);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO revisions(record_id, revision, parent_revision, payload, "
                             "saved_at, pushed, deleted) VALUES(?, ?, ?, ?, ?, 0, ?)"));
    q.addBindValue(id);
    q.addBindValue(revision);
    q.addBindValue(qs(envelope->parent_revision()));
    q.addBindValue(payload);
    q.addBindValue(++savedAt);
    q.addBindValue(envelope->deleted() ? 1 : 0);
    if (!q.exec()) return failed(q.lastError().text());
  }
  prepareRowUpsert(q, clearColumns(resolved), Waiting, now);
  if (!q.exec()) return failed(q.lastError().text());
  if (!db.commit()) {
    const QString error = db.lastError().text();
    db.rollback();
    return fail(tr("Cannot commit: %1").arg(error));
  }
  emit recordSaved(id, resolved.kind());
  return true;
}

// --- Reference data and purge -----------------------------------------------

const domain::ReferenceData& LocalStore::referenceData() const {
  return m_reference ? *m_reference : domain::ReferenceData::builtin();
}

void LocalStore::loadReferenceData() {
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
  q.addBindValue(QString::fromLatin1(kReferenceKey));
  if (!q.exec() || !q.next()) return;
  QByteArray plain;
  if (!m_vault.decrypt(q.value(0).toByteArray(), QByteArray(kReferenceKey), plain)) return;
  amparo::reference::v1::ReferenceData message;
  if (!message.ParseFromArray(plain.constData(), static_cast<int>(plain.size()))) return;
  m_reference = std::make_shared<const domain::ReferenceData>(domain::ReferenceData::fromMessage(message));
  emit referenceDataChanged();
}

int LocalStore::purgeGraceDays() const {
  bool ok = false;
  const int days = setting(QStringLiteral("purge_grace_days")).toInt(&ok);
  return ok && days >= 0 ? days : kDefaultPurgeGraceDays;
}

void LocalStore::setPurgeGraceDays(int days) {
  days = std::max(0, days);
  if (days == purgeGraceDays()) return;
  if (setSetting(QStringLiteral("purge_grace_days"), QString::number(days))) emit purgeGraceDaysChanged();
}

int LocalStore::purgePersonalData(const QDateTime& now) {
  if (!isOpen() || !m_vault.isUnlocked()) return -1;
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  QSqlQuery q(db);
  q.setForwardOnly(true);
  // Acknowledged heads past the grace period, with nothing left to push.
  q.prepare(QStringLiteral("SELECT id, kind FROM records WHERE personal = %1 AND sync_state = %2 AND kind IN (%3, %4) "
                           "AND acked_at > 0 AND acked_at <= ? AND NOT EXISTS (SELECT 1 FROM revisions r "
                           "WHERE r.record_id = records.id AND r.pushed = 0)")
                .arg(int(PersonalUnchecked))
                .arg(int(Synced))
                .arg(int(domain::RecordKind::RECORD_KIND_SCREENING))
                .arg(int(domain::RecordKind::RECORD_KIND_PERSON)));
  q.addBindValue(now.toMSecsSinceEpoch() - qint64(purgeGraceDays()) * kDayMs);
  if (!q.exec()) {
    fail(q.lastError().text());
    return -1;
  }
  std::vector<std::pair<QString, int>> candidates;
  while (q.next()) candidates.emplace_back(q.value(0).toString(), q.value(1).toInt());
  if (candidates.empty()) return 0;

  // Freed pages are overwritten, not just unlinked.
  if (!exec(QStringLiteral("PRAGMA secure_delete=ON"))) return -1;
  if (!db.transaction()) {
    fail(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    return -1;
  }
  auto failed = [&](const QString& error) {
    db.rollback();
    fail(error);
    return -1;
  };
  std::vector<std::pair<QString, int>> purged;
  for (const auto& [id, kind] : candidates) {
    q.prepare(QStringLiteral("SELECT revision, payload FROM revisions WHERE record_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) return failed(q.lastError().text());
    std::vector<std::pair<QString, QByteArray>> rewritten;
    while (q.next()) {
      const QString revision = q.value(0).toString();
      auto envelope = decode(id, revision, q.value(1).toByteArray());
      if (!envelope) return failed(m_error);
      if (!domain::holdsPersonalData(*envelope)) continue;
      // The same revision, rewritten: its id stays so sync still matches.
      domain::stripPersonalData(*envelope);
      QByteArray plain = QByteArray::fromStdString(wire::toBinary(*envelope));
      rewritten.emplace_back(revision, m_vault.encrypt(plain, payloadAad(id, revision)));
      wipeBytes(plain);
    }
    for (const auto& [revision, payload] : rewritten) {
      q.prepare(QStringLiteral("UPDATE revisions SET payload = ? WHERE record_id = ? AND revision = ?"));
      q.addBindValue(payload);
      q.addBindValue(id);
      q.addBindValue(revision);
      if (!q.exec()) return failed(q.lastError().text());
    }
    q.prepare(QStringLiteral("UPDATE records SET personal = ? WHERE id = ?"));
    q.addBindValue(rewritten.empty() ? int(PersonalNone) : int(PersonalRemoved));
    q.addBindValue(id);
    if (!q.exec()) return failed(q.lastError().text());
    if (!rewritten.empty()) purged.emplace_back(id, kind);
  }
  if (!db.commit()) {
    const QString error = db.lastError().text();
    db.rollback();
    fail(tr("Cannot commit: %1").arg(error));
    return -1;
  }
  // The WAL is checkpointed so the old pages do not linger in it either.
  exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
  for (const auto& [id, kind] : purged) emit recordSaved(id, kind);
  return static_cast<int>(purged.size());
}

bool LocalStore::personalDataRemoved(const QString& id) const {
  const auto head = row(id);
  return head && head->personalDataRemoved;
}

QByteArray LocalStore::pullCursor() const {
  if (!isOpen()) return {};
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'sync.cursor'")) || !q.next()) return {};
  return q.value(0).toByteArray();
}

std::vector<sync::v1::FieldError> LocalStore::fieldErrors(const QString& id) const {
  std::vector<sync::v1::FieldError> out;
  if (!isOpen()) return out;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT path, code, message, message_es FROM field_errors WHERE record_id = ? "
                           "ORDER BY rowid"));
  q.addBindValue(id);
  if (!q.exec()) return out;
  while (q.next()) {
    sync::v1::FieldError error;
    error.set_path(q.value(0).toString().toStdString());
    error.set_code(q.value(1).toString().toStdString());
    error.set_message(q.value(2).toString().toStdString());
    error.set_message_es(q.value(3).toString().toStdString());
    error.set_severity(sync::v1::SEVERITY_ERROR);
    out.push_back(std::move(error));
  }
  return out;
}

bool LocalStore::wipe() {
  if (!isOpen()) return fail(tr("The store is not open"));
  m_vault.lock();
  m_reference.reset();
  emit referenceDataChanged();
  // secure_delete overwrites freed pages; the WAL is truncated afterwards.
  const bool ok = exec(QStringLiteral("PRAGMA secure_delete=ON")) && exec(QStringLiteral("DELETE FROM revisions")) &&
                  exec(QStringLiteral("DELETE FROM records")) && exec(QStringLiteral("DELETE FROM field_errors")) &&
                  exec(QStringLiteral("DELETE FROM meta WHERE key <> 'schema_version'")) &&
                  exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && exec(QStringLiteral("VACUUM"));
  emit stateChanged();
  return ok;
}

}  // namespace amparo::mobile
