// The store's side of sync: outbox order and contents, per-record push
// outcomes, pulled pages saved with their cursor, secrets, wipe.
#include <QTest>

#include "amparo/sync/revision.hpp"
#include "local_store.hpp"
#include "sync_client.hpp"
#include "test_support.hpp"
#include "visit_editor.hpp"

namespace amparo::mobile {
namespace {

namespace v1 = amparo::sync::v1;

QString qs(const std::string& text) { return QString::fromStdString(text); }

v1::PushResult* addResult(v1::PushResponse& response, const domain::RecordEnvelope& envelope, v1::PushOutcome outcome) {
  auto* result = response.add_results();
  result->set_record_id(envelope.id());
  result->set_revision(envelope.revision());
  result->set_outcome(outcome);
  return result;
}

}  // namespace

class SyncStoreTest : public QObject {
  Q_OBJECT

private slots:
  void outboxSkipsTheDraftHeadAndSendsParentsFirst() {
    test::TempStore temp;
    auto& store = *temp.store;
    const auto first = test::sampleVisit();
    QVERIFY(store.save(first, LocalStore::Waiting));
    auto second = sync::nextRevision(first);
    second.mutable_visit()->set_partner_organisation("x");
    sync::seal(second);
    QVERIFY(store.save(second, LocalStore::Waiting));
    const auto draft = test::sampleVisit();
    QVERIFY(store.save(draft, LocalStore::Draft));

    const auto outbox = store.outbox(100, SyncClient::kMaxBatchBytes);
    QCOMPARE(outbox.size(), std::size_t(2));
    QCOMPARE(qs(outbox[0].revision()), qs(first.revision()));
    QCOMPARE(qs(outbox[1].revision()), qs(second.revision()));
    QCOMPARE(store.outboxCount(), 2);
    // The byte budget keeps at least one revision.
    QCOMPARE(store.outbox(100, 1).size(), std::size_t(1));
  }

  void pushOutcomesAreApplied() {
    test::TempStore temp;
    auto& store = *temp.store;
    const auto accepted = test::sampleVisit();
    const auto repeated = test::sampleVisit();
    const auto conflict = test::sampleVisit();
    const auto rejected = test::sampleVisit();
    QVERIFY(store.saveAll({accepted, repeated, conflict, rejected}, LocalStore::Waiting));

    v1::PushResponse response;
    addResult(response, accepted, v1::PUSH_OUTCOME_ACCEPTED);
    addResult(response, repeated, v1::PUSH_OUTCOME_ALREADY_HAD);
    addResult(response, conflict, v1::PUSH_OUTCOME_CONFLICT);
    auto* refusal = addResult(response, rejected, v1::PUSH_OUTCOME_REJECTED);
    auto* error = refusal->add_field_errors();
    error->set_path("visit.site_id");
    error->set_code("required");
    error->set_message("Choose the site.");
    error->set_message_es("Elige el sitio.");
    error->set_severity(v1::SEVERITY_ERROR);
    QVERIFY(store.applyPushResults(response));

    QCOMPARE(store.row(qs(accepted.id()))->syncState, int(LocalStore::Synced));
    QCOMPARE(store.row(qs(repeated.id()))->syncState, int(LocalStore::Synced));
    QCOMPARE(store.row(qs(conflict.id()))->syncState, int(LocalStore::Conflict));
    QCOMPARE(store.row(qs(rejected.id()))->syncState, int(LocalStore::Draft));
    QCOMPARE(store.outboxCount(), 0);
    const auto errors = store.fieldErrors(qs(rejected.id()));
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(qs(errors.front().message_es()), QStringLiteral("Elige el sitio."));
    SyncClient client(&store);
    QCOMPARE(client.fieldError(qs(rejected.id()), QStringLiteral("visit.site_id"), QStringLiteral("en")),
             QStringLiteral("Choose the site."));

    // The editor shows the server's finding on its field.
    {
      VisitEditor editor;
      editor.setStore(&store);
      editor.setLanguage(QStringLiteral("es"));
      QVERIFY(editor.load(qs(rejected.id())));
      QCOMPARE(editor.issueFor(QStringLiteral("visit.site_id")), QStringLiteral("Elige el sitio."));
      QCOMPARE(editor.syncState(), int(LocalStore::Draft));
    }

    // The corrected draft replaces the rejected revision in place and waits again.
    auto fixed = *store.load(qs(rejected.id()));
    fixed.mutable_visit()->set_partner_organisation("fixed");
    sync::seal(fixed);
    QVERIFY(store.replaceDraft(fixed, qs(rejected.revision()), LocalStore::Waiting));
    QCOMPARE(store.outboxCount(), 1);
  }

  void pulledPageAndCursorLandTogether() {
    test::TempStore temp;
    auto& store = *temp.store;
    const auto mine = test::sampleVisit();
    QVERIFY(store.save(mine, LocalStore::Waiting));
    const auto theirs = test::sampleVisit();
    QVERIFY(store.storePulled({mine, theirs}, QByteArrayLiteral("cursor-1")));
    QCOMPARE(store.pullCursor(), QByteArrayLiteral("cursor-1"));
    QCOMPARE(store.row(qs(theirs.id()))->syncState, int(LocalStore::Synced));
    QCOMPARE(qs(store.load(qs(theirs.id()))->content_hash()), qs(theirs.content_hash()));
    // Our own revision coming back counts as acknowledged.
    QCOMPARE(store.outboxCount(), 0);
    QCOMPARE(store.revisionCount(qs(mine.id())), 1);
    // A later revision from elsewhere becomes the head; a diverging one
    // marks a conflict.
    auto later = sync::nextRevision(theirs);
    later.mutable_visit()->set_partner_organisation("later");
    sync::seal(later);
    auto local = sync::nextRevision(theirs);
    local.mutable_visit()->set_partner_organisation("local");
    sync::seal(local);
    QVERIFY(store.save(local, LocalStore::Waiting));
    QVERIFY(store.storePulled({later}, QByteArrayLiteral("cursor-2")));
    QCOMPARE(store.row(qs(theirs.id()))->syncState, int(LocalStore::Conflict));
    QCOMPARE(store.row(qs(theirs.id()))->revision, qs(local.revision()));
    QCOMPARE(store.revisionCount(qs(theirs.id())), 3);
    QCOMPARE(store.pullCursor(), QByteArrayLiteral("cursor-2"));
  }

  void backoffGrowsWithJitterAndACap() {
    QCOMPARE(SyncClient::nextDelayMs(0, 300000, 0.9), 300000);
    QCOMPARE(SyncClient::nextDelayMs(1, 300000, 0.0), 7500);
    QCOMPARE(SyncClient::nextDelayMs(1, 300000, 0.5), 15000);
    QCOMPARE(SyncClient::nextDelayMs(2, 300000, 0.5), 30000);
    QCOMPARE(SyncClient::nextDelayMs(3, 300000, 0.5), 60000);
    QCOMPARE(SyncClient::nextDelayMs(50, 300000, 0.5), 30 * 60 * 1000);
    QVERIFY(SyncClient::nextDelayMs(50, 300000, 0.999) < 45 * 60 * 1000);
  }

  void fingerprintsParseAsPrinted() {
    const QByteArray digest = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QString printed = ServerConnection::formatFingerprint(digest);
    QCOMPARE(printed.left(8), QStringLiteral("00:11:22"));
    QCOMPARE(ServerConnection::parseFingerprint(printed), digest);
    QCOMPARE(ServerConnection::parseFingerprint(printed.toLower().remove(u':')), digest);
    QVERIFY(ServerConnection::parseFingerprint(QStringLiteral("00:11")).isEmpty());
  }

  void secretsAreEncryptedAndWipeForgetsEverything() {
    test::TempStore temp;
    auto& store = *temp.store;
    const QString token = QStringLiteral("device-token-0123456789abcdef");
    QVERIFY(store.setSecret(QStringLiteral("device_token"), token));
    QCOMPARE(store.secret(QStringLiteral("device_token")), token);
    QVERIFY(!test::readAll(temp.path()).contains(token.toUtf8()));
    QVERIFY(!test::readAll(temp.path() + QStringLiteral("-wal")).contains(token.toUtf8()));
    store.lock();
    QVERIFY(store.secret(QStringLiteral("device_token")).isEmpty());
    QVERIFY(store.unlock(test::kPassphrase));

    QVERIFY(store.save(test::sampleVisit(), LocalStore::Waiting));
    QVERIFY(store.wipe());
    QVERIFY(!store.isInitialized());
    QVERIFY(!store.isUnlocked());
    QCOMPARE(store.count({}), 0);
    QVERIFY(store.checkIntegrity());
    QVERIFY(store.initialize(test::kPassphrase, KdfParams::minimal()));
  }
};

}  // namespace amparo::mobile

QTEST_GUILESS_MAIN(amparo::mobile::SyncStoreTest)
#include "sync_store_test.moc"
