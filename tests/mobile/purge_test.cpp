// Purge of personal data after the grace period (DOMAIN.md §3.7), conflict
// branches and their resolution, reviews next to records and reference data
// received from the server: the store's side, on a real encrypted SQLite
// store.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <google/protobuf/util/time_util.h>

#include "amparo/domain/personal_data.hpp"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "conflict_model.hpp"
#include "local_store.hpp"
#include "record_list_model.hpp"
#include "review_model.hpp"
#include "test_support.hpp"

namespace amparo::mobile {
namespace {

namespace v1 = amparo::sync::v1;

QString qs(const std::string& text) {
  return QString::fromStdString(text);
}

// Every revision pushed and accepted: what a sync leaves behind.
bool acknowledge(LocalStore& store, const std::vector<domain::RecordEnvelope>& envelopes) {
  v1::PushResponse response;
  for (const auto& envelope : envelopes) {
    auto* result = response.add_results();
    result->set_record_id(envelope.id());
    result->set_revision(envelope.revision());
    result->set_outcome(v1::PUSH_OUTCOME_ACCEPTED);
  }
  return store.applyPushResults(response);
}

domain::RecordEnvelope identifiedScreening(const std::string& personId) {
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(domain::RecordKind::RECORD_KIND_SCREENING);
  envelope.set_author("demo-monitor");
  envelope.set_office_code("TAP");
  *envelope.mutable_created_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
  *envelope.mutable_modified_at() = envelope.created_at();
  auto* screening = envelope.mutable_screening();
  screening->set_visit_id(sync::newRecordId());
  screening->set_person_id(personId);
  screening->mutable_respondent()->set_age_years(34);
  envelope.set_data_class(domain::defaultDataClass(envelope));
  sync::seal(envelope);
  return envelope;
}

domain::RecordEnvelope review(const domain::RecordEnvelope& target, records::v1::ReviewVerdict verdict,
                              const std::string& comment, const std::string& due) {
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(domain::RecordKind::RECORD_KIND_REVIEW);
  envelope.set_author("demo-coordinator");
  envelope.set_office_code("TAP");
  *envelope.mutable_created_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
  *envelope.mutable_modified_at() = envelope.created_at();
  envelope.mutable_review()->set_target_record_id(target.id());
  envelope.mutable_review()->set_target_revision(target.revision());
  envelope.mutable_review()->set_verdict(verdict);
  envelope.mutable_review()->set_comment(comment);
  envelope.mutable_review()->set_follow_up_due(due);
  envelope.set_data_class(domain::defaultDataClass(envelope));
  sync::seal(envelope);
  return envelope;
}

}  // namespace

class PurgeTest : public QObject {
  Q_OBJECT

private slots:
  void graceDaysDefaultAndSetting() {
    test::TempStore temp;
    QCOMPARE(temp.store->purgeGraceDays(), LocalStore::kDefaultPurgeGraceDays);
    QSignalSpy changed(temp.store.get(), &LocalStore::purgeGraceDaysChanged);
    temp.store->setPurgeGraceDays(3);
    QCOMPARE(temp.store->purgeGraceDays(), 3);
    QCOMPARE(changed.count(), 1);
  }

  void syncedPastGraceIsStrippedOthersKept() {
    test::TempStore temp;
    auto& store = *temp.store;
    // Synced: a person and its identified screening, with a second revision.
    const auto person = test::samplePerson("Ana María", "López");
    auto person2 = sync::nextRevision(person);
    person2.mutable_person()->set_document_number("X123");
    sync::seal(person2);
    const auto screening = identifiedScreening(person.id());
    QVERIFY(store.saveAll({person, screening}, LocalStore::Waiting));
    QVERIFY(store.save(person2, LocalStore::Waiting));
    QVERIFY(acknowledge(store, {person, person2, screening}));
    // Not synced: waiting for the server.
    const auto waiting = test::samplePerson("Pedro", "Ruiz");
    QVERIFY(store.save(waiting, LocalStore::Waiting));
    // Synced, then edited again (the new revision not yet acknowledged).
    const auto edited = test::samplePerson("Luisa", "Paz");
    QVERIFY(store.save(edited, LocalStore::Waiting));
    QVERIFY(acknowledge(store, {edited}));
    auto edited2 = sync::nextRevision(edited);
    edited2.mutable_person()->set_family_names("Paz Gómez");
    sync::seal(edited2);
    QVERIFY(store.save(edited2, LocalStore::Waiting));
    QCOMPARE(store.outboxCount(), 2);

    // Younger than the grace period: kept.
    QCOMPARE(store.purgePersonalData(QDateTime::currentDateTimeUtc().addDays(6)), 0);
    QVERIFY(domain::holdsPersonalData(*store.load(qs(person.id()))));
    QVERIFY(!store.personalDataRemoved(qs(person.id())));

    // Past it: stripped in place, every revision, same revision ids.
    QCOMPARE(store.purgePersonalData(QDateTime::currentDateTimeUtc().addDays(8)), 2);
    const auto purged = store.load(qs(person.id()));
    QVERIFY(purged);
    QVERIFY(!domain::holdsPersonalData(*purged));
    QCOMPARE(qs(purged->revision()), qs(person2.revision()));
    QCOMPARE(qs(purged->person().nationality()), QStringLiteral("HND"));
    QVERIFY(!domain::holdsPersonalData(*store.loadRevision(qs(person.id()), qs(person.revision()))));
    QVERIFY(!domain::holdsPersonalData(*store.load(qs(screening.id()))));
    QVERIFY(store.load(qs(screening.id()))->screening().respondent().age_band() != 0);
    QVERIFY(store.personalDataRemoved(qs(person.id())));
    QVERIFY(store.personalDataRemoved(qs(screening.id())));
    // Still listed as synced.
    QCOMPARE(store.row(qs(person.id()))->syncState, int(LocalStore::Synced));
    // Not synced, or with an unacknowledged revision: untouched.
    QVERIFY(domain::holdsPersonalData(*store.load(qs(waiting.id()))));
    QVERIFY(domain::holdsPersonalData(*store.load(qs(edited.id()))));
    QVERIFY(domain::holdsPersonalData(*store.loadRevision(qs(edited.id()), qs(edited.revision()))));

    // Nothing purged goes out again, and a purged copy cannot be edited
    // into a revision that would erase the person on the server.
    QCOMPARE(store.outboxCount(), 2);
    for (const auto& envelope : store.outbox(100, 1 << 20))
      QVERIFY(envelope.id() == waiting.id() || envelope.id() == edited.id());
    auto stale = sync::nextRevision(*purged);
    sync::seal(stale);
    QVERIFY(!store.save(stale, LocalStore::Waiting));
    // The names are gone from the file too (encrypted anyway; never clear).
    QVERIFY(!test::readAll(store.path()).contains("López"));

    // The list shows the note through a role.
    RecordListModel model;
    QAbstractItemModelTester tester(&model);
    model.setKind(domain::RecordKind::RECORD_KIND_SCREENING);
    model.setStore(&store);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0), RecordListModel::PersonalDataRemovedRole).toBool(), true);
  }

  void purgeRunsOnUnlock() {
    test::TempStore temp;
    auto& store = *temp.store;
    store.setPurgeGraceDays(0);
    const auto person = test::samplePerson("Ana", "López");
    QVERIFY(store.save(person, LocalStore::Waiting));
    QVERIFY(acknowledge(store, {person}));
    store.lock();
    QTest::qWait(5);
    QVERIFY(store.unlock(test::kPassphrase));
    QVERIFY(store.personalDataRemoved(qs(person.id())));
    QVERIFY(!domain::holdsPersonalData(*store.load(qs(person.id()))));
  }

  void reviewShowsOnTheRecordsRow() {
    test::TempStore temp;
    auto& store = *temp.store;
    const auto visit = test::sampleVisit();
    QVERIFY(store.save(visit, LocalStore::Synced));
    RecordListModel model;
    QAbstractItemModelTester tester(&model);
    model.setStore(&store);
    model.reload();
    QCOMPARE(model.data(model.index(0), RecordListModel::ReviewVerdictRole).toInt(), 0);

    const auto first = review(visit, records::v1::REVIEW_VERDICT_REVIEWED, "", "");
    QVERIFY(store.storePulled({first}, QByteArrayLiteral("c1")));
    auto later = review(visit, records::v1::REVIEW_VERDICT_FOLLOW_UP_REQUESTED, "Llamar a la persona", "2030-01-15");
    *later.mutable_modified_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(
        google::protobuf::util::TimeUtil::TimestampToMilliseconds(first.modified_at()) + 1000);
    sync::seal(later);
    QVERIFY(store.storePulled({later}, QByteArrayLiteral("c2")));
    model.reload();
    QCOMPARE(model.rowCount(), 1);  // reviews are not visits
    QCOMPARE(model.data(model.index(0), RecordListModel::ReviewVerdictRole).toInt(),
             int(records::v1::REVIEW_VERDICT_FOLLOW_UP_REQUESTED));
    QCOMPARE(model.data(model.index(0), RecordListModel::ReviewDueRole).toString(), QStringLiteral("2030-01-15"));

    // Not among the record's children (case records) either.
    RecordFilter children;
    children.parentId = qs(visit.id());
    QCOMPARE(store.count(children), 0);
    children.kind = domain::RecordKind::RECORD_KIND_REVIEW;
    QCOMPARE(store.count(children), 2);

    ReviewModel reviews;
    QAbstractItemModelTester reviewTester(&reviews);
    reviews.setStore(&store);
    reviews.setRecordId(qs(visit.id()));
    QCOMPARE(reviews.rowCount(), 2);
    QCOMPARE(reviews.data(reviews.index(0), ReviewModel::CommentRole).toString(),
             QStringLiteral("Llamar a la persona"));
    QCOMPARE(reviews.data(reviews.index(0), ReviewModel::FollowUpDueRole).toString(), QStringLiteral("2030-01-15"));
    QCOMPARE(reviews.data(reviews.index(1), ReviewModel::VerdictRole).toInt(),
             int(records::v1::REVIEW_VERDICT_REVIEWED));
  }

  void referenceDataIsStoredEncryptedAndUsed() {
    test::TempStore temp;
    auto& store = *temp.store;
    QVERIFY(!store.hasReceivedReferenceData());
    QCOMPARE(&store.referenceData(), &domain::ReferenceData::builtin());
    auto message = domain::ReferenceData::builtin().toMessage();
    message.mutable_versions(2)->set_version("test-2099.1");
    auto* agency = message.add_agencies();
    agency->set_code("NEWAGENCY");
    agency->set_name_en("Zeta agency");
    agency->set_name_es("Agencia Zeta");
    QSignalSpy changed(&store, &LocalStore::referenceDataChanged);
    QVERIFY(store.storePulled({}, QByteArrayLiteral("c1"), &message));
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.hasReceivedReferenceData());
    QVERIFY(store.referenceData().findAgency("NEWAGENCY") != nullptr);
    QVERIFY(QString::fromStdString(store.referenceData().versionToken()).contains(u"agencies=test-2099.1"));
    QVERIFY(!test::readAll(store.path()).contains("Agencia Zeta"));
    QVERIFY(!test::readAll(store.path() + QStringLiteral("-wal")).contains("Agencia Zeta"));
    // Read back after a restart, once unlocked.
    store.close();
    LocalStore reopened;
    QVERIFY(reopened.open(temp.path()));
    QVERIFY(reopened.unlock(test::kPassphrase));
    QVERIFY(reopened.referenceData().findAgency("NEWAGENCY") != nullptr);
  }

  void resolutionIsNeverDatedBeforeTheRecordsCreation() {
    // Made within the same second as the conflict is settled (or on a clock
    // a little ahead): the revisions still pass the server's rule that a
    // modification is not before the creation.
    auto base = test::sampleVisit({}, QDateTime::currentMSecsSinceEpoch() + 1500);
    auto mine = sync::nextRevision(base);
    mine.mutable_visit()->set_partner_organisation("mine");
    sync::seal(mine);
    auto theirs = sync::nextRevision(base);
    theirs.mutable_visit()->set_partner_organisation("theirs");
    sync::seal(theirs);
    for (const bool keepMine : {true, false}) {
      for (const auto& revision : ConflictModel::resolution({mine, theirs, keepMine}, keepMine)) {
        QVERIFY(!(revision.modified_at() < revision.created_at()));
        for (const auto& issue : validation::validate(revision).errors()) QVERIFY2(issue.path != "modified_at", issue.path.c_str());
      }
    }
  }

  void conflictShowsBothVersionsAndResolves() {
    test::TempStore temp;
    auto& store = *temp.store;
    const auto base = test::sampleVisit();
    QVERIFY(store.save(base, LocalStore::Waiting));
    QVERIFY(acknowledge(store, {base}));
    auto mine = sync::nextRevision(base);
    mine.mutable_visit()->set_partner_organisation("mine");
    sync::seal(mine);
    QVERIFY(store.save(mine, LocalStore::Waiting));
    auto theirs = sync::nextRevision(base);
    theirs.mutable_visit()->set_partner_organisation("theirs");
    theirs.mutable_visit()->set_people_interviewed(4);
    sync::seal(theirs);
    QVERIFY(store.storePulled({theirs}, QByteArrayLiteral("c1")));
    QCOMPARE(store.row(qs(base.id()))->syncState, int(LocalStore::Conflict));

    ConflictModel model;
    QAbstractItemModelTester tester(&model);
    model.setStore(&store);
    model.setRecordId(qs(base.id()));
    QVERIFY(model.inConflict());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), ConflictModel::PathRole).toString(),
             QStringLiteral("visit.partner_organisation"));
    QCOMPARE(model.data(model.index(0), ConflictModel::MineRole).toString(), QStringLiteral("mine"));
    QCOMPARE(model.data(model.index(0), ConflictModel::TheirsRole).toString(), QStringLiteral("theirs"));
    QCOMPARE(model.data(model.index(1), ConflictModel::PathRole).toString(),
             QStringLiteral("visit.people_interviewed"));
    QCOMPARE(model.data(model.index(1), ConflictModel::MineRole).toString(), QString());

    QVERIFY(model.keepTheirs());
    QVERIFY(!model.inConflict());
    const auto head = store.load(qs(base.id()));
    QCOMPARE(qs(head->visit().partner_organisation()), QStringLiteral("theirs"));
    QCOMPARE(store.row(qs(base.id()))->syncState, int(LocalStore::Waiting));
    // The winner's child and a tombstone on the other branch: tombstone first.
    const auto outbox = store.outbox(10, 1 << 20);
    QCOMPARE(outbox.size(), std::size_t(3));  // mine (never acknowledged), tombstone, resolution
    QVERIFY(outbox[1].deleted());
    QVERIFY(!outbox[2].deleted());
    const std::string winner =
        sync::revisionWins(mine.revision(), theirs.revision()) ? mine.revision() : theirs.revision();
    QCOMPARE(qs(outbox[2].parent_revision()), qs(winner));
    QVERIFY(sync::checkSeal(outbox[1]) == sync::SealProblem::None);
    QVERIFY(sync::checkSeal(outbox[2]) == sync::SealProblem::None);
  }
};

}  // namespace amparo::mobile

QTEST_GUILESS_MAIN(amparo::mobile::PurgeTest)
#include "purge_test.moc"
