// CaseEditorTest: referrals, follow-ups and incidents from a screening.
// Referral consent is the screening's own consent item for the agency;
// withdrawal blocks; follow-ups due are the latest of each case.
#include <QDate>
#include <QTest>

#include "amparo/sync/revision.hpp"
#include "follow_up_editor.hpp"
#include "incident_editor.hpp"
#include "record_list_model.hpp"
#include "referral_editor.hpp"
#include "screening_editor.hpp"
#include "test_support.hpp"
#include "visit_editor.hpp"

using namespace amparo;
using namespace amparo::mobile;
using namespace amparo::mobile::test;

namespace {

namespace rec = amparo::records::v1;

void setUpProfile(LocalStore& store) {
  store.setSetting(QStringLiteral("author"), QStringLiteral("mlopez"));
  store.setSetting(QStringLiteral("device_id"), QStringLiteral("tab-test"));
  store.setSetting(QStringLiteral("office_code"), QStringLiteral("TAP"));
}

QString firstMessage(const RecordEditor& editor) {
  return editor.issues().value(0).toMap().value(QStringLiteral("path")).toString() + QStringLiteral(": ") +
         editor.issues().value(0).toMap().value(QStringLiteral("message")).toString();
}

QString day(int offset) { return QDate::currentDate().addDays(offset).toString(Qt::ISODate); }

}  // namespace

class CaseEditorTest : public QObject {
  Q_OBJECT

private slots:
  void referralUsesTheCasesConsentForTheAgency();
  void consentWithdrawalIsItsOwnAction();
  void followUpClosureNeedsAReason();
  void followUpsDueAreTheLatestOfEachCase();
  void incidentSexualViolenceIsCodeOnly();
};

void CaseEditorTest::referralUsesTheCasesConsentForTheAgency() {
  TempStore temp;
  setUpProfile(*temp.store);
  ScreeningEditor screening;
  screening.setStore(temp.store.get());
  screening.setAutosaveInterval(0);
  screening.newRecord();
  screening.setMode(rec::SCREENING_MODE_IDENTIFIED);
  screening.setAgencyConsent(rec::CONSENT_PURPOSE_REFERRAL, QStringLiteral("PARTNER_LEGAL"), true);
  QVERIFY(screening.agencyConsentGiven(rec::CONSENT_PURPOSE_REFERRAL, QStringLiteral("PARTNER_LEGAL")));
  QVERIFY(!screening.agencyConsentGiven(rec::CONSENT_PURPOSE_REFERRAL, QStringLiteral("DIF")));
  const QVariantList items = screening.consentItems();
  QCOMPARE(items.size(), 1);
  const QString consentId = items[0].toMap().value(QStringLiteral("id")).toString();
  QVERIFY(!consentId.isEmpty());
  QVERIFY(screening.save());

  ReferralEditor referral;
  referral.setStore(temp.store.get());
  referral.setAutosaveInterval(0);
  referral.setScreeningId(screening.recordId());
  referral.newRecord();
  QVERIFY(referral.revision().isEmpty());  // opening the form stores nothing
  QCOMPARE(referral.screeningId(), screening.recordId());
  QCOMPARE(referral.status(), int(rec::REFERRAL_STATUS_PENDING));

  // An agency without consent: the finding lands on consent_reference.
  referral.setAgencyCode(QStringLiteral("DIF"));
  QCOMPARE(referral.consentState(), QStringLiteral("missing"));
  QVERIFY(!referral.finalize());
  QVERIFY(!referral.issueFor(QStringLiteral("referral.consent_reference")).isEmpty());

  referral.setAgencyCode(QStringLiteral("PARTNER_LEGAL"));
  QCOMPARE(referral.consentState(), QStringLiteral("given"));
  QCOMPARE(referral.value(QStringLiteral("referral.consent_reference")).toString(), consentId);
  QVERIFY(!referral.signoffRequired());
  referral.setValue(QStringLiteral("referral.reason"), QStringLiteral("Asylum application"));
  QVERIFY2(referral.finalize(), qPrintable(firstMessage(referral)));
  QCOMPARE(referral.syncState(), int(LocalStore::Waiting));
  QCOMPARE(temp.store->row(referral.recordId())->parentId, screening.recordId());

  // INM and COMAR need a supervisor's sign-off.
  referral.setAgencyCode(QStringLiteral("COMAR"));
  QVERIFY(referral.signoffRequired());
}

void CaseEditorTest::consentWithdrawalIsItsOwnAction() {
  TempStore temp;
  setUpProfile(*temp.store);
  ScreeningEditor screening;
  screening.setStore(temp.store.get());
  screening.setAutosaveInterval(0);
  screening.newRecord();
  screening.setMode(rec::SCREENING_MODE_IDENTIFIED);
  screening.setAgencyConsent(rec::CONSENT_PURPOSE_REFERRAL, QStringLiteral("PARTNER_SHELTER"), true);
  const QString consentId = screening.consentItems().value(0).toMap().value(QStringLiteral("id")).toString();

  ReferralEditor referral;
  referral.setStore(temp.store.get());
  referral.setAutosaveInterval(0);
  referral.setScreeningId(screening.recordId());
  referral.newRecord();
  referral.setAgencyCode(QStringLiteral("PARTNER_SHELTER"));
  QVERIFY2(referral.finalize(), qPrintable(firstMessage(referral)));

  QVERIFY(screening.withdrawConsent(consentId));
  QVERIFY(!screening.withdrawConsent(consentId));  // once
  const QVariantMap item = screening.consentItems().value(0).toMap();
  QVERIFY(item.value(QStringLiteral("withdrawn")).toBool());
  QVERIFY(item.value(QStringLiteral("given")).toBool());  // the answer stays on record
  QVERIFY(item.value(QStringLiteral("withdrawnAt")).toDateTime().isValid());
  QVERIFY(!screening.agencyConsentGiven(rec::CONSENT_PURPOSE_REFERRAL, QStringLiteral("PARTNER_SHELTER")));
  QVERIFY(temp.store->load(screening.recordId())->screening().consents(0).has_withdrawn_at());

  // Sending again is blocked, on the consent field.
  referral.setStatus(rec::REFERRAL_STATUS_SENT);
  QCOMPARE(referral.consentState(), QStringLiteral("withdrawn"));
  QVERIFY(!referral.finalize());
  QVERIFY(!referral.issueFor(QStringLiteral("referral.consent_reference")).isEmpty());

  // Consent given again later is a new item with its own id.
  screening.setAgencyConsent(rec::CONSENT_PURPOSE_REFERRAL, QStringLiteral("PARTNER_SHELTER"), true);
  QCOMPARE(screening.consentItems().size(), 2);
  QVERIFY(screening.consentItems().value(1).toMap().value(QStringLiteral("id")).toString() != consentId);
  QVERIFY2(referral.finalize(), qPrintable(firstMessage(referral)));
  QVERIFY(referral.value(QStringLiteral("referral.consent_reference")).toString() != consentId);
}

void CaseEditorTest::followUpClosureNeedsAReason() {
  TempStore temp;
  setUpProfile(*temp.store);
  FollowUpEditor followUp;
  followUp.setStore(temp.store.get());
  followUp.setAutosaveInterval(0);
  followUp.setScreeningId(QStringLiteral("01900000-0000-7000-8000-00000000000a"));
  followUp.newRecord();
  QCOMPARE(followUp.value(QStringLiteral("follow_up.date")).toString(), day(0));
  followUp.setValue(QStringLiteral("follow_up.channel"), int(rec::FOLLOW_UP_CHANNEL_CALL));
  followUp.setValue(QStringLiteral("follow_up.next_date"), day(7));
  followUp.setCaseStatus(rec::CASE_STATUS_CLOSED);
  QVERIFY(followUp.isClosed());
  QVERIFY(followUp.value(QStringLiteral("follow_up.next_date")).toString().isEmpty());  // closed: nothing next
  QVERIFY(!followUp.finalize());
  QVERIFY(!followUp.issueFor(QStringLiteral("follow_up.closure_reason")).isEmpty());
  followUp.setValue(QStringLiteral("follow_up.closure_reason"), int(rec::CLOSURE_REASON_RESOLVED));
  QVERIFY2(followUp.finalize(), qPrintable(firstMessage(followUp)));
  // Reopening drops the reason.
  followUp.setCaseStatus(rec::CASE_STATUS_IN_FOLLOW_UP);
  QCOMPARE(followUp.value(QStringLiteral("follow_up.closure_reason")).toInt(), 0);
}

void CaseEditorTest::followUpsDueAreTheLatestOfEachCase() {
  TempStore temp;
  setUpProfile(*temp.store);
  const QString caseA = QStringLiteral("01900000-0000-7000-8000-00000000000a");
  const QString caseB = QStringLiteral("01900000-0000-7000-8000-00000000000b");
  const QString caseC = QStringLiteral("01900000-0000-7000-8000-00000000000c");
  auto add = [&](const QString& screeningId, const QString& date, const QString& next) {
    FollowUpEditor editor;
    editor.setStore(temp.store.get());
    editor.setAutosaveInterval(0);
    editor.setScreeningId(screeningId);
    editor.newRecord();
    editor.setValues({{QStringLiteral("follow_up.date"), date},
                      {QStringLiteral("follow_up.channel"), int(rec::FOLLOW_UP_CHANNEL_CALL)},
                      {QStringLiteral("follow_up.next_date"), next}});
    return editor.recordId();
  };
  add(caseA, day(-20), day(-10));                  // superseded by the next one
  const QString dueA = add(caseA, day(-9), day(0));  // due today
  add(caseB, day(-5), day(3));                     // not yet due
  const QString dueC = add(caseC, day(-30), day(-2));  // overdue
  add(caseC, day(-40), day(-35));                  // older than the one above

  RecordFilter filter;
  filter.dueBy = day(0);
  const auto rows = temp.store->query(filter, 0, 100);
  QStringList ids;
  for (const auto& row : rows) ids << row.id;
  ids.sort();
  QStringList expected{dueA, dueC};
  expected.sort();
  QCOMPARE(ids, expected);
  QCOMPARE(temp.store->count(filter), 2);

  RecordListModel model;
  model.setStore(temp.store.get());
  model.setKind(domain::RecordKind::RECORD_KIND_FOLLOW_UP);
  model.setDueBy(day(0));
  model.reload();
  QTRY_COMPARE(model.rowCount(), 2);
  QVERIFY(!model.get(0).value(QStringLiteral("dueDay")).toString().isEmpty());
}

void CaseEditorTest::incidentSexualViolenceIsCodeOnly() {
  TempStore temp;
  setUpProfile(*temp.store);
  VisitEditor visit;
  visit.setStore(temp.store.get());
  visit.setAutosaveInterval(0);
  visit.newRecord();
  visit.setVisitType(rec::VISIT_TYPE_BORDER);
  visit.setSiteId(QStringLiteral("01900000-0000-7000-8000-000000000001"));

  IncidentEditor incident;
  incident.setStore(temp.store.get());
  incident.setAutosaveInterval(0);
  incident.setVisitId(visit.recordId());
  incident.newRecord();
  QCOMPARE(incident.visitId(), visit.recordId());
  QCOMPARE(incident.value(QStringLiteral("incident.site_id")).toString(), visit.siteId());
  incident.setValue(QStringLiteral("incident.description"), QStringLiteral("Taken at the river crossing"));
  QVERIFY(incident.descriptionAllowed());
  incident.setIncidentType(rec::INCIDENT_TYPE_SEXUAL_VIOLENCE);
  QVERIFY(!incident.descriptionAllowed());
  QVERIFY(incident.value(QStringLiteral("incident.description")).toString().isEmpty());
  incident.setValue(QStringLiteral("incident.perpetrator"), int(rec::PERPETRATOR_UNKNOWN));
  incident.setValues({{QStringLiteral("incident.victims.total"), 1}, {QStringLiteral("incident.victims.women"), 1}});
  QVERIFY2(incident.finalize(), qPrintable(firstMessage(incident)));
  QCOMPARE(temp.store->row(incident.recordId())->parentId, visit.recordId());
  QVERIFY(temp.store->load(incident.recordId())->incident().description().empty());

  // From a screening: listed with the case, the site from the screening's visit.
  ScreeningEditor screening;
  screening.setStore(temp.store.get());
  screening.setVisitId(visit.recordId());
  screening.newRecord();
  QVERIFY(screening.ensureSaved());
  IncidentEditor fromCase;
  fromCase.setStore(temp.store.get());
  fromCase.setAutosaveInterval(0);
  fromCase.setScreeningId(screening.recordId());
  fromCase.newRecord();
  QCOMPARE(fromCase.screeningId(), screening.recordId());
  QVERIFY(fromCase.visitId().isEmpty());
  QCOMPARE(fromCase.value(QStringLiteral("incident.site_id")).toString(), visit.siteId());
  fromCase.setIncidentType(rec::INCIDENT_TYPE_EXTORTION);
  QCOMPARE(temp.store->row(fromCase.recordId())->parentId, screening.recordId());
}

QTEST_GUILESS_MAIN(CaseEditorTest)
#include "case_editor_test.moc"
