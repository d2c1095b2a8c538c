// LocalStoreTest: the encrypted SQLite store.
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "amparo/sync/revision.hpp"
#include "test_support.hpp"

using namespace amparo;
using namespace amparo::mobile;
using namespace amparo::mobile::test;

class LocalStoreTest : public QObject {
  Q_OBJECT

private slots:
  void savesAndReloads();
  void keepsEveryRevision();
  void replacesOnlyAWorkingDraft();
  void upgradesASchemaOneStore();
  void refusesUnsealedAndStaleRevisions();
  void wrongPassphraseOpensNothing();
  void lockedStoreReadsNothing();
  void fileHoldsNoPlaintext();
  void changePassphraseRewrapsKey();
  void rowsCannotBeSwapped();
  void usesWalAndFullSync();
  void settingsAreReadableWhileLocked();
  void filtersAndPages();
  void unlockTakesUnderASecond();
};

void LocalStoreTest::savesAndReloads() {
  TempStore temp;
  const auto visit = sampleVisit();
  QSignalSpy saved(temp.store.get(), &LocalStore::recordSaved);
  QVERIFY2(temp.store->save(visit, LocalStore::Draft), qPrintable(temp.store->errorString()));
  QCOMPARE(saved.count(), 1);

  temp.store->close();
  LocalStore reopened;
  QVERIFY(reopened.open(temp.path()));
  QVERIFY(reopened.isInitialized());
  QVERIFY(!reopened.isUnlocked());
  QVERIFY(reopened.unlock(kPassphrase));
  const auto loaded = reopened.load(QString::fromStdString(visit.id()));
  QVERIFY(loaded.has_value());
  QCOMPARE(loaded->SerializeAsString(), visit.SerializeAsString());
  QCOMPARE(sync::checkSeal(*loaded), sync::SealProblem::None);

  const auto row = reopened.row(QString::fromStdString(visit.id()));
  QVERIFY(row.has_value());
  QCOMPARE(row->kind, int(domain::RecordKind::RECORD_KIND_VISIT));
  QCOMPARE(row->siteId, QStringLiteral("01900000-0000-7000-8000-000000000001"));
  QCOMPARE(row->visitType, 3);
  QCOMPARE(row->syncState, int(LocalStore::Draft));
  QVERIFY(reopened.checkIntegrity());
}

void LocalStoreTest::keepsEveryRevision() {
  TempStore temp;
  auto first = sampleVisit();
  QVERIFY(temp.store->save(first, LocalStore::Draft));
  auto second = sync::nextRevision(first);
  second.mutable_visit()->set_people_interviewed(12);
  sync::seal(second);
  QVERIFY2(temp.store->save(second, LocalStore::Waiting), qPrintable(temp.store->errorString()));

  const QString id = QString::fromStdString(first.id());
  QCOMPARE(temp.store->revisionCount(id), 2);
  QCOMPARE(temp.store->row(id)->revision, QString::fromStdString(second.revision()));
  QCOMPARE(temp.store->row(id)->syncState, int(LocalStore::Waiting));
  QCOMPARE(temp.store->load(id)->visit().people_interviewed(), 12);
  const auto old = temp.store->loadRevision(id, QString::fromStdString(first.revision()));
  QVERIFY(old.has_value());
  QVERIFY(!old->visit().has_people_interviewed());
}

void LocalStoreTest::replacesOnlyAWorkingDraft() {
  TempStore temp;
  const auto first = sampleVisit();
  const QString id = QString::fromStdString(first.id());
  QVERIFY(temp.store->save(first, LocalStore::Draft));

  // Same parent (none), new content: the draft is replaced, not stacked.
  auto second = first;
  second.mutable_visit()->set_people_interviewed(9);
  sync::seal(second);
  QVERIFY2(temp.store->replaceDraft(second, QString::fromStdString(first.revision()), LocalStore::Draft),
           qPrintable(temp.store->errorString()));
  QCOMPARE(temp.store->revisionCount(id), 1);
  QVERIFY(!temp.store->loadRevision(id, QString::fromStdString(first.revision())).has_value());
  QCOMPARE(temp.store->load(id)->visit().people_interviewed(), 9);

  // A stale draft revision, or a different parent, is refused.
  auto third = second;
  third.mutable_visit()->set_people_interviewed(10);
  sync::seal(third);
  QVERIFY(!temp.store->replaceDraft(third, QString::fromStdString(first.revision()), LocalStore::Draft));
  auto child = sync::nextRevision(second);
  sync::seal(child);
  QVERIFY(!temp.store->replaceDraft(child, QString::fromStdString(second.revision()), LocalStore::Draft));

  // Finalized (waiting): never replaced, only extended.
  QVERIFY(temp.store->save(second, LocalStore::Waiting));
  QVERIFY(!temp.store->replaceDraft(third, QString::fromStdString(second.revision()), LocalStore::Draft));
  QCOMPARE(temp.store->load(id)->visit().people_interviewed(), 9);
  QVERIFY(temp.store->checkIntegrity());
}

void LocalStoreTest::upgradesASchemaOneStore() {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("old.sqlite"));
  {
    // The records table as schema 1 made it: no due_day.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE records(id TEXT PRIMARY KEY, kind INTEGER NOT NULL, revision TEXT NOT "
                                  "NULL, parent_id TEXT NOT NULL, occurred_at INTEGER NOT NULL, day TEXT NOT NULL, "
                                  "site_id TEXT NOT NULL, visit_type INTEGER NOT NULL, sync_state INTEGER NOT NULL, "
                                  "updated_at INTEGER NOT NULL, label TEXT NOT NULL)")));
    q.finish();
    db.close();
  }
  QSqlDatabase::removeDatabase(QStringLiteral("schema1"));
  LocalStore store;
  QVERIFY2(store.open(path), qPrintable(store.errorString()));
  QVERIFY(store.initialize(kPassphrase, KdfParams::minimal()));
  const auto visit = sampleVisit();
  QVERIFY2(store.save(visit, LocalStore::Draft), qPrintable(store.errorString()));
  QCOMPARE(store.row(QString::fromStdString(visit.id()))->dueDay, QString());
  QCOMPARE(store.setting(QStringLiteral("none"), QStringLiteral("-")), QStringLiteral("-"));
}

void LocalStoreTest::refusesUnsealedAndStaleRevisions() {
  TempStore temp;
  auto visit = sampleVisit();
  auto unsealed = visit;
  unsealed.mutable_visit()->set_people_interviewed(3);  // content no longer matches the seal
  QVERIFY(!temp.store->save(unsealed, LocalStore::Draft));

  QVERIFY(temp.store->save(visit, LocalStore::Draft));
  auto a = sync::nextRevision(visit);
  a.mutable_visit()->set_people_interviewed(1);
  sync::seal(a);
  auto b = sync::nextRevision(visit);  // a sibling: written from a stale copy
  b.mutable_visit()->set_people_interviewed(2);
  sync::seal(b);
  QVERIFY(temp.store->save(a, LocalStore::Draft));
  QVERIFY(!temp.store->save(b, LocalStore::Draft));
  QCOMPARE(temp.store->load(QString::fromStdString(visit.id()))->visit().people_interviewed(), 1);
}

void LocalStoreTest::wrongPassphraseOpensNothing() {
  TempStore temp;
  const auto visit = sampleVisit();
  QVERIFY(temp.store->save(visit, LocalStore::Draft));
  temp.store->close();

  LocalStore reopened;
  QVERIFY(reopened.open(temp.path()));
  QVERIFY(!reopened.unlock("correct horse battery!"));
  QVERIFY(!reopened.unlock(""));
  QVERIFY(!reopened.isUnlocked());
  QCOMPARE(reopened.errorString(), QStringLiteral("Wrong passphrase"));
  QVERIFY(!reopened.load(QString::fromStdString(visit.id())).has_value());
  QVERIFY(!reopened.save(sampleVisit(), LocalStore::Draft));
  QVERIFY(reopened.unlock(kPassphrase));
  QVERIFY(reopened.load(QString::fromStdString(visit.id())).has_value());
}

void LocalStoreTest::lockedStoreReadsNothing() {
  TempStore temp;
  const auto visit = sampleVisit();
  QVERIFY(temp.store->save(visit, LocalStore::Draft));
  QSignalSpy aboutToLock(temp.store.get(), &LocalStore::aboutToLock);
  temp.store->lock();
  QCOMPARE(aboutToLock.count(), 1);
  QVERIFY(!temp.store->isUnlocked());
  QVERIFY(!temp.store->load(QString::fromStdString(visit.id())).has_value());
  // Lists still work: they read only the clear columns.
  RecordFilter filter;
  QCOMPARE(temp.store->count(filter), 1);
}

void LocalStoreTest::fileHoldsNoPlaintext() {
  TempStore temp;
  const std::string name = "Xochiquetzal";
  const std::string family = "Ramirez-Unicode-Ñandú";
  const std::string note = "entrevista confidencial 7731: amenazas en Tapachula";
  QVERIFY(temp.store->save(samplePerson(name, family), LocalStore::Draft));
  auto visit = sampleVisit();
  visit.mutable_visit()->set_narrative(note);
  sync::seal(visit);
  QVERIFY(temp.store->save(visit, LocalStore::Draft));

  auto leaks = [&](const QByteArray& bytes) {
    return bytes.contains(QByteArray::fromStdString(name)) || bytes.contains(QByteArray::fromStdString(family)) ||
           bytes.contains(QByteArray::fromStdString(note)) || bytes.contains("confidencial");
  };
  // While open, the newest pages are in the WAL.
  const QByteArray wal = readAll(temp.path() + QStringLiteral("-wal"));
  QVERIFY(!wal.isEmpty());
  QVERIFY(!leaks(wal));
  QVERIFY(!leaks(readAll(temp.path())));
  // After close, the WAL is checkpointed into the main file.
  temp.store->close();
  QVERIFY(!leaks(readAll(temp.path())));
  QVERIFY(!leaks(readAll(temp.path() + QStringLiteral("-wal"))));
  // The check itself works: the site id is a clear column.
  QVERIFY(readAll(temp.path()).contains("01900000-0000-7000-8000-000000000001"));
}

void LocalStoreTest::changePassphraseRewrapsKey() {
  TempStore temp;
  const auto visit = sampleVisit();
  QVERIFY(temp.store->save(visit, LocalStore::Draft));
  const QByteArray payloadBefore = [&] {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(temp.path());
    db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT payload FROM revisions"));
    q.next();
    return q.value(0).toByteArray();
  }();
  QSqlDatabase::removeDatabase(QStringLiteral("peek"));

  QVERIFY(!temp.store->changePassphrase("not the passphrase", "new passphrase 2"));
  QVERIFY(temp.store->changePassphrase(kPassphrase, "new passphrase 2"));
  temp.store->close();

  LocalStore reopened;
  QVERIFY(reopened.open(temp.path()));
  QVERIFY(!reopened.unlock(kPassphrase));
  QVERIFY(reopened.unlock("new passphrase 2"));
  QVERIFY(reopened.load(QString::fromStdString(visit.id())).has_value());
  reopened.close();

  // The records were not rewritten, only the key.
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek2"));
  db.setDatabaseName(temp.path());
  QVERIFY(db.open());
  {
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM revisions")) && q.next());
    QCOMPARE(q.value(0).toByteArray(), payloadBefore);
  }
  db.close();
  db = {};
  QSqlDatabase::removeDatabase(QStringLiteral("peek2"));
}

void LocalStoreTest::rowsCannotBeSwapped() {
  TempStore temp;
  const auto a = sampleVisit();
  const auto b = sampleVisit();
  QVERIFY(temp.store->save(a, LocalStore::Draft));
  QVERIFY(temp.store->save(b, LocalStore::Draft));
  // Someone with the file copies b's ciphertext over a's: the AAD (record id
  // and revision) makes it fail to decrypt instead of showing b as a.
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
    db.setDatabaseName(temp.path());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE revisions SET payload = (SELECT payload FROM revisions WHERE record_id = '%1') "
                                  "WHERE record_id = '%2'")
                       .arg(QString::fromStdString(b.id()), QString::fromStdString(a.id()))));
    db.close();
  }
  QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
  QVERIFY(!temp.store->load(QString::fromStdString(a.id())).has_value());
  QVERIFY(temp.store->load(QString::fromStdString(b.id())).has_value());
}

void LocalStoreTest::usesWalAndFullSync() {
  TempStore temp;
  QVERIFY(temp.store->save(sampleVisit(), LocalStore::Draft));
  QVERIFY(QFile::exists(temp.path() + QStringLiteral("-wal")));
}

void LocalStoreTest::settingsAreReadableWhileLocked() {
  TempStore temp;
  QVERIFY(temp.store->setSetting(QStringLiteral("language"), QStringLiteral("en")));
  temp.store->lock();
  QCOMPARE(temp.store->setting(QStringLiteral("language")), QStringLiteral("en"));
  QCOMPARE(temp.store->setting(QStringLiteral("missing"), QStringLiteral("x")), QStringLiteral("x"));
}

void LocalStoreTest::filtersAndPages() {
  TempStore temp;
  const qint64 day = 24LL * 3600 * 1000;
  const qint64 base = QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toMSecsSinceEpoch();
  std::vector<domain::RecordEnvelope> batch;
  for (int i = 0; i < 30; ++i) {
    batch.push_back(sampleVisit(i % 2 == 0 ? QStringLiteral("01900000-0000-7000-8000-000000000001")
                                           : QStringLiteral("01900000-0000-7000-8000-000000000005"),
                                base - (i % 3) * day, i % 2 == 0 ? 3 : 2));
  }
  QVERIFY(temp.store->saveAll(batch, LocalStore::Waiting));

  RecordFilter all;
  all.kind = domain::RecordKind::RECORD_KIND_VISIT;
  QCOMPARE(temp.store->count(all), 30);
  RecordFilter detention = all;
  detention.visitType = 3;
  QCOMPARE(temp.store->count(detention), 15);
  RecordFilter today = all;
  today.dayFrom = today.dayTo = QStringLiteral("2026-11-20");
  QCOMPARE(temp.store->count(today), 10);
  RecordFilter shelterSite = all;
  shelterSite.siteIds = QStringList{QStringLiteral("01900000-0000-7000-8000-000000000005")};
  QCOMPARE(temp.store->count(shelterSite), 15);
  RecordFilter none = all;
  none.siteIds = QStringList{};
  QCOMPARE(temp.store->count(none), 0);
  RecordFilter drafts = all;
  drafts.syncStates = {LocalStore::Draft};
  QCOMPARE(temp.store->count(drafts), 0);

  const auto page1 = temp.store->query(all, 0, 20);
  const auto page2 = temp.store->query(all, 20, 20);
  QCOMPARE(int(page1.size()), 20);
  QCOMPARE(int(page2.size()), 10);
  QVERIFY(page1.front().occurredAt >= page2.back().occurredAt);  // newest first
}

void LocalStoreTest::unlockTakesUnderASecond() {
  // The real cost (Argon2id, interactive limits), not the tests' minimal one.
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("amparo.sqlite"));
  {
    LocalStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.initialize(kPassphrase, KdfParams::interactive()));
  }
  LocalStore store;
  QVERIFY(store.open(path));
  QElapsedTimer timer;
  timer.start();
  QVERIFY(store.unlock(kPassphrase));
  const qint64 ms = timer.elapsed();
  qInfo("unlock with Argon2id (interactive): %lld ms", ms);
  QVERIFY2(ms < 3000, "unlock must stay near the 1 s target");
}

QTEST_GUILESS_MAIN(LocalStoreTest)
#include "local_store_test.moc"
