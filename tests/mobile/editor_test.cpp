// VisitEditorTest and ScreeningEditorTest: drafts save as sealed revisions;
// finalize runs the shared validation and exposes findings per field path.
#include <QSignalSpy>
#include <QTest>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "record_list_model.hpp"
#include "screening_editor.hpp"
#include "site_editor.hpp"
#include "site_list_model.hpp"
#include "test_support.hpp"
#include "visit_editor.hpp"

using namespace amparo;
using namespace amparo::mobile;
using namespace amparo::mobile::test;

namespace {

void setUpProfile(LocalStore& store) {
  store.setSetting(QStringLiteral("author"), QStringLiteral("mlopez"));
  store.setSetting(QStringLiteral("device_id"), QStringLiteral("tab-test"));
  store.setSetting(QStringLiteral("office_code"), QStringLiteral("TAP"));
}

}  // namespace

class EditorTest : public QObject {
  Q_OBJECT

private slots:
  void everySaveIsASealedRevision();
  void autosaveCoalescesTyping();
  void draftAutosavesReplaceInPlace();
  void finalizeEditFinalizeChains();
  void editAfterSyncStartsFromPushedRevision();
  void finalizeShowsFindingsPerField();
  void childrenInDetentionRaiseAnAlert();
  void typeSwitchesModule();
  void lockSavesPendingDraft();
  void screeningConsentAndNeeds();
  void identifiedScreeningKeepsPersonApart();
  void newSiteJoinsTheLists();
  void repeatedItemsByIndexedPath();
};

void EditorTest::everySaveIsASealedRevision() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.newRecord();
  QVERIFY(editor.revision().isEmpty());  // nothing stored until the first change

  editor.setVisitType(3);
  QCOMPARE(editor.revisionCount(), 1);
  editor.setSiteId(QStringLiteral("01900000-0000-7000-8000-000000000001"));
  editor.setPeopleInterviewed(14);
  // Three saves of a draft that never left the device: one revision, re-sealed.
  QCOMPARE(editor.revisionCount(), 1);
  QVERIFY(!editor.isDirty());

  const auto stored = temp.store->load(editor.recordId());
  QVERIFY(stored.has_value());
  QCOMPARE(sync::checkSeal(*stored), sync::SealProblem::None);
  QCOMPARE(sync::parseRevision(stored->revision())->generation, 1);
  QVERIFY(stored->parent_revision().empty());
  QCOMPARE(stored->visit().people_interviewed(), 14);
  QCOMPARE(stored->office_code(), std::string("TAP"));

  VisitEditor reopened;
  reopened.setStore(temp.store.get());
  QVERIFY(reopened.load(editor.recordId()));
  QCOMPARE(reopened.visitType(), 3);
  QCOMPARE(reopened.peopleInterviewed().toInt(), 14);
  QCOMPARE(reopened.module(), QStringLiteral("detention"));
  QVERIFY(!reopened.value(QStringLiteral("visit.detention.population.girls")).isValid());  // not counted
}

void EditorTest::autosaveCoalescesTyping() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(50);
  editor.newRecord();
  for (const char* text : {"C", "Ce", "Cen", "Centro"})
    editor.setValue(QStringLiteral("visit.partner_organisation"), QString::fromLatin1(text));
  QVERIFY(editor.isDirty());
  QTRY_VERIFY(!editor.isDirty());
  QCOMPARE(editor.revisionCount(), 1);
  QCOMPARE(temp.store->load(editor.recordId())->visit().partner_organisation(), std::string("Centro"));
}

namespace {

// A visit that passes validation, so finalize() succeeds.
void fillValidVisit(VisitEditor& editor) {
  editor.setVisitType(1);
  editor.setSiteId(QStringLiteral("01900000-0000-7000-8000-000000000002"));
  editor.setAccess(1);
}

}  // namespace

void EditorTest::draftAutosavesReplaceInPlace() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.newRecord();
  fillValidVisit(editor);
  QVERIFY(editor.finalize());
  const QString first = editor.revision();
  QCOMPARE(editor.revisionCount(), 1);

  // 20 autosaves after the first finalize: one working draft on top of it.
  for (int i = 1; i <= 20; ++i) {
    editor.setPeopleInterviewed(i);
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.revisionCount(), 2);
    QCOMPARE(editor.syncState(), int(LocalStore::Draft));
    QCOMPARE(QString::fromStdString(editor.envelope().parent_revision()), first);
    const auto head = temp.store->row(editor.recordId());
    QCOMPARE(head->revision, editor.revision());
    QCOMPARE(head->syncState, int(LocalStore::Draft));
    QCOMPARE(temp.store->load(editor.recordId())->visit().people_interviewed(), i);
  }
  QVERIFY(editor.finalize());
  QCOMPARE(editor.revisionCount(), 2);  // exactly one new revision
  const auto stored = temp.store->load(editor.recordId());
  QCOMPARE(sync::checkSeal(*stored), sync::SealProblem::None);
  QCOMPARE(QString::fromStdString(stored->parent_revision()), first);
  QCOMPARE(sync::parseRevision(stored->revision())->generation, 2);
  QCOMPARE(stored->visit().people_interviewed(), 20);
  QCOMPARE(temp.store->row(editor.recordId())->syncState, int(LocalStore::Waiting));
  QVERIFY(temp.store->loadRevision(editor.recordId(), first).has_value());  // the finalized one is kept

  // A brand-new record: 20 autosaves, then finalize → one root revision.
  VisitEditor fresh;
  fresh.setStore(temp.store.get());
  fresh.setAutosaveInterval(0);
  fresh.newRecord();
  fillValidVisit(fresh);
  for (int i = 1; i <= 20; ++i) fresh.setPeopleInterviewed(i);
  QCOMPARE(fresh.revisionCount(), 1);
  QVERIFY(fresh.finalize());
  QCOMPARE(fresh.revisionCount(), 1);
  QVERIFY(fresh.envelope().parent_revision().empty());
  QCOMPARE(sync::parseRevision(fresh.revision().toStdString())->generation, 1);
}

void EditorTest::finalizeEditFinalizeChains() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.newRecord();
  fillValidVisit(editor);
  editor.setPeopleInterviewed(3);
  QVERIFY(editor.finalize());
  const QString first = editor.revision();
  QVERIFY(editor.finalize());  // nothing changed: nothing new
  QCOMPARE(editor.revisionCount(), 1);

  editor.setPeopleInterviewed(4);
  editor.setPeopleInterviewed(5);
  QVERIFY(editor.finalize());
  const QString second = editor.revision();
  QCOMPARE(editor.revisionCount(), 2);
  QVERIFY(second != first);
  const auto a = temp.store->loadRevision(editor.recordId(), first);
  const auto b = temp.store->loadRevision(editor.recordId(), second);
  QVERIFY(a && b);
  QVERIFY(a->parent_revision().empty());
  QCOMPARE(QString::fromStdString(b->parent_revision()), first);
  QCOMPARE(a->visit().people_interviewed(), 3);
  QCOMPARE(b->visit().people_interviewed(), 5);

  // Reopened from the store, the draft logic picks up where it was.
  VisitEditor reopened;
  reopened.setStore(temp.store.get());
  reopened.setAutosaveInterval(0);
  QVERIFY(reopened.load(editor.recordId()));
  reopened.setPeopleInterviewed(6);
  reopened.setPeopleInterviewed(7);
  QCOMPARE(reopened.revisionCount(), 3);
  QCOMPARE(QString::fromStdString(reopened.envelope().parent_revision()), second);
}

void EditorTest::editAfterSyncStartsFromPushedRevision() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.newRecord();
  fillValidVisit(editor);
  QVERIFY(editor.finalize());
  // The outbox pushed it.
  QVERIFY(temp.store->save(editor.envelope(), LocalStore::Synced));
  const QString pushed = editor.revision();
  QVERIFY(editor.load(editor.recordId()));
  for (int i = 0; i < 5; ++i) editor.setPeopleInterviewed(i + 1);
  QCOMPARE(editor.revisionCount(), 2);
  QCOMPARE(QString::fromStdString(editor.envelope().parent_revision()), pushed);
  // Only a draft head is ever replaced: a synced head refuses it.
  auto stale = temp.store->load(editor.recordId());
  QVERIFY(temp.store->save(*stale, LocalStore::Waiting));
  auto replacement = *stale;
  replacement.mutable_visit()->set_people_interviewed(99);
  sync::seal(replacement);
  QVERIFY(!temp.store->replaceDraft(replacement, QString::fromStdString(stale->revision()), LocalStore::Draft));
}

void EditorTest::finalizeShowsFindingsPerField() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.setLanguage(QStringLiteral("es"));
  editor.newRecord();
  editor.setVisitType(1);
  QVERIFY(!editor.finalize());
  QVERIFY(editor.isValidated());
  QVERIFY(editor.errorCount() >= 2);
  QVERIFY(!editor.issueFor(QStringLiteral("visit.site_id")).isEmpty());
  QVERIFY(!editor.issueFor(QStringLiteral("visit.access")).isEmpty());
  QCOMPARE(editor.severityFor(QStringLiteral("visit.access")), QStringLiteral("error"));
  QVERIFY(editor.issueFor(QStringLiteral("visit.people_interviewed")).isEmpty());
  const QString spanish = editor.issueFor(QStringLiteral("visit.access"));
  editor.setLanguage(QStringLiteral("en"));
  const QString english = editor.issueFor(QStringLiteral("visit.access"));
  QVERIFY(spanish != english);
  QCOMPARE(editor.syncState(), int(LocalStore::Draft));

  // Findings follow the edits once shown; fixing everything finalizes.
  editor.setSiteId(QStringLiteral("01900000-0000-7000-8000-000000000002"));
  QVERIFY(editor.issueFor(QStringLiteral("visit.site_id")).isEmpty());
  editor.setAccess(1);
  QVERIFY2(editor.finalize(), qPrintable(editor.issues().value(0).toMap().value(QStringLiteral("message")).toString()));
  QCOMPARE(editor.syncState(), int(LocalStore::Waiting));
  QCOMPARE(temp.store->row(editor.recordId())->syncState, int(LocalStore::Waiting));

  // An edit after finalizing makes it a draft again.
  editor.setPeopleInterviewed(3);
  QCOMPARE(editor.syncState(), int(LocalStore::Draft));
}

void EditorTest::childrenInDetentionRaiseAnAlert() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.newRecord();
  editor.setVisitType(3);
  editor.setSiteId(QStringLiteral("01900000-0000-7000-8000-000000000001"));
  editor.setAccess(1);
  editor.setValue(QStringLiteral("visit.detention.population.total"), 40);
  editor.setValue(QStringLiteral("visit.detention.population.girls"), 2);
  editor.setValue(QStringLiteral("visit.detention.population.women"), 10);
  editor.setValue(QStringLiteral("visit.detention.population.men"), 28);
  const bool finalized = editor.finalize();
  QVERIFY2(finalized, qPrintable(editor.issues().value(0).toMap().value(QStringLiteral("path")).toString() + u' ' +
                                 editor.issues().value(0).toMap().value(QStringLiteral("message")).toString()));
  QCOMPARE(editor.alerts().size(), 1);
  QCOMPARE(editor.alerts().first().toMap().value(QStringLiteral("path")).toString(),
           QStringLiteral("visit.detention.population"));
  QCOMPARE(editor.severityFor(QStringLiteral("visit.detention.population.girls")), QString());
  QCOMPARE(editor.severityFor(QStringLiteral("visit.detention")), QStringLiteral("alert"));
}

void EditorTest::typeSwitchesModule() {
  VisitEditor editor;  // no store: edits stay in memory
  editor.newRecord();
  editor.setVisitType(2);
  QCOMPARE(editor.module(), QStringLiteral("shelter"));
  QVERIFY(editor.setValue(QStringLiteral("visit.shelter.capacity"), 120));
  editor.setVisitType(1);
  QCOMPARE(editor.module(), QStringLiteral("border"));
  QVERIFY(!editor.value(QStringLiteral("visit.shelter.capacity")).isValid());
  editor.setVisitType(4);
  QCOMPARE(editor.module(), QString());
  QVERIFY(!editor.setValue(QStringLiteral("visit.no_such_field"), 1));
  QVERIFY(!editor.setValue(QStringLiteral("visit.visit_type"), 99));  // not an enum value
  // A failed write leaves nothing behind (no module switched by the way).
  QVERIFY(!editor.setValue(QStringLiteral("visit.detention.no_such_field"), 1));
  QCOMPARE(editor.module(), QString());
}

void EditorTest::lockSavesPendingDraft() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(60000);
  editor.newRecord();
  editor.setValue(QStringLiteral("visit.narrative"), QStringLiteral("nota"));
  QVERIFY(editor.isDirty());
  temp.store->lock();  // idle lock or app sent to background
  QVERIFY(!editor.isDirty());
  QVERIFY(temp.store->unlock(kPassphrase));
  QCOMPARE(temp.store->load(editor.recordId())->visit().narrative(), std::string("nota"));
}

void EditorTest::screeningConsentAndNeeds() {
  TempStore temp;
  setUpProfile(*temp.store);
  ScreeningEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.setVisitId(QStringLiteral("01900000-0000-7000-8000-000000000001"));
  editor.newRecord();
  QCOMPARE(editor.visitId(), QStringLiteral("01900000-0000-7000-8000-000000000001"));
  QVERIFY(editor.revision().isEmpty());  // opening the form stores nothing
  QCOMPARE(editor.mode(), 1);

  QVERIFY(!editor.finalize());
  QVERIFY(!editor.issueFor(QStringLiteral("screening.consents")).isEmpty());
  editor.setConsent(1, true);
  QVERIFY(editor.consentGiven(1));
  QVERIFY(editor.issueFor(QStringLiteral("screening.consents")).isEmpty());

  editor.setValue(QStringLiteral("screening.respondent.age_years"), 34);
  QCOMPARE(editor.value(QStringLiteral("screening.respondent.age_band")).toInt(), 4);  // 18-59, derived
  editor.addNeed(QStringLiteral("SC-UC"));
  editor.addNeed(QStringLiteral("SC-UC"));
  editor.addNeed(QStringLiteral("LP-DA"));
  QCOMPARE(editor.needCodes(), (QStringList{QStringLiteral("SC-UC"), QStringLiteral("LP-DA")}));
  editor.removeNeed(QStringLiteral("SC-UC"));
  QCOMPARE(editor.needCodes(), QStringList{QStringLiteral("LP-DA")});
  editor.setItem(QStringLiteral("screening.flight_reasons"), 2, true);
  QVERIFY(editor.hasItem(QStringLiteral("screening.flight_reasons"), 2));

  const auto stored = temp.store->load(editor.recordId());
  QVERIFY(stored.has_value());
  QCOMPARE(stored->screening().specific_needs_size(), 1);
  QCOMPARE(stored->screening().consents(0).purpose(), records::v1::CONSENT_PURPOSE_INTERVIEW);
  QVERIFY(stored->screening().consents(0).has_recorded_at());
  QVERIFY(sync::isValidRecordId(stored->screening().consents(0).id()));
  QCOMPARE(temp.store->row(editor.recordId())->parentId, QStringLiteral("01900000-0000-7000-8000-000000000001"));
}

void EditorTest::identifiedScreeningKeepsPersonApart() {
  TempStore temp;
  setUpProfile(*temp.store);
  ScreeningEditor editor;
  editor.setStore(temp.store.get());
  editor.setAutosaveInterval(0);
  editor.setVisitId(QStringLiteral("01900000-0000-7000-8000-000000000001"));
  editor.newRecord();
  editor.setMode(2);
  editor.setValue(QStringLiteral("screening.legal_basis"), 1);  // consent
  editor.setConsent(1, true);
  editor.setConsent(2, true);

  // Identified without a name: the Person's finding blocks finalizing.
  QVERIFY(!editor.finalize());
  QVERIFY(!editor.person()->issueFor(QStringLiteral("person.given_names")).isEmpty());

  PersonEditor* person = editor.person();
  person->setValue(QStringLiteral("person.given_names"), QStringLiteral("Xochitl"));
  person->setValue(QStringLiteral("person.family_names"), QStringLiteral("Pérez"));
  person->setPhone(QStringLiteral("+52 962 000 0000"));
  QVERIFY(!person->revision().isEmpty());
  // The screening links to the Person and carries no name itself.
  QCOMPARE(editor.value(QStringLiteral("screening.person_id")).toString(), person->recordId());
  QVERIFY2(editor.finalize(), qPrintable(editor.issues().value(0).toMap().value(QStringLiteral("message")).toString()));
  const auto stored = temp.store->load(person->recordId());
  QVERIFY(stored.has_value());
  QCOMPARE(stored->person().contacts(0).value(), std::string("+52 962 000 0000"));
  QCOMPARE(stored->data_class(), amparo::common::v1::DATA_CLASS_PERSONAL);
  QVERIFY(temp.store->load(editor.recordId())->screening().ShortDebugString().find("Xochitl") == std::string::npos);

  // Reopening the screening brings its Person back.
  ScreeningEditor reopened;
  reopened.setStore(temp.store.get());
  QVERIFY(reopened.load(editor.recordId()));
  QCOMPARE(reopened.person()->value(QStringLiteral("person.given_names")).toString(), QStringLiteral("Xochitl"));

  // Back to anonymous: the Person is withdrawn (tombstone) and unlinked.
  const QString personId = person->recordId();
  editor.setMode(1);
  QVERIFY(editor.value(QStringLiteral("screening.person_id")).toString().isEmpty());
  const auto withdrawn = temp.store->load(personId);
  QVERIFY(withdrawn.has_value());
  QVERIFY(withdrawn->deleted());
  QVERIFY(!withdrawn->has_person());
  QVERIFY(editor.person()->revision().isEmpty());
}

void EditorTest::newSiteJoinsTheLists() {
  TempStore temp;
  setUpProfile(*temp.store);
  SiteEditor site;
  site.setStore(temp.store.get());
  site.newRecord();
  QVERIFY(!site.finalize());  // name and type missing
  site.setValue(QStringLiteral("site.name"), QStringLiteral("Campamento Puente Rodolfo Robles"));
  site.setValue(QStringLiteral("site.site_type"), 4);
  QVERIFY2(site.finalize(), qPrintable(site.issues().value(0).toMap().value(QStringLiteral("message")).toString()));

  SiteListModel sites;
  sites.setStore(temp.store.get());
  sites.setSearch(QStringLiteral("rodolfo robles"));
  QCOMPARE(sites.count(), 1);
  QCOMPARE(sites.data(sites.index(0), SiteListModel::SiteTypeRole).toInt(), 4);

  QVERIFY(temp.store->save(sampleVisit(site.recordId()), LocalStore::Draft));
  RecordListModel visits;
  visits.setStore(temp.store.get());
  visits.setSearch(QStringLiteral("robles"));
  visits.reload();
  QCOMPARE(visits.totalCount(), 1);
  QCOMPARE(visits.data(visits.index(0), RecordListModel::SiteNameRole).toString(),
           QStringLiteral("Campamento Puente Rodolfo Robles"));
}

void EditorTest::repeatedItemsByIndexedPath() {
  VisitEditor editor;
  editor.newRecord();
  const QString sessions = QStringLiteral("visit.information_sessions");
  QCOMPARE(editor.count(sessions), 0);
  QVERIFY(editor.setValue(sessions + QStringLiteral("[0].participants.total"), 12));  // appends
  QVERIFY(editor.setValue(sessions + QStringLiteral("[1].topics"), QVariantList{1, 2}));
  QVERIFY(!editor.setValue(sessions + QStringLiteral("[5].topics"), QVariantList{1}));  // no gaps
  QCOMPARE(editor.count(sessions), 2);
  QCOMPARE(editor.value(sessions + QStringLiteral("[0].participants.total")).toInt(), 12);
  QVERIFY(editor.hasItem(sessions + QStringLiteral("[1].topics"), 2));
  QVERIFY(editor.removeAt(sessions, 0));
  QCOMPARE(editor.count(sessions), 1);
  QVERIFY(editor.hasItem(sessions + QStringLiteral("[0].topics"), 1));  // the second moved up
  QVERIFY(!editor.value(sessions + QStringLiteral("[0].participants.total")).isValid());
}

QTEST_GUILESS_MAIN(EditorTest)
#include "editor_test.moc"
