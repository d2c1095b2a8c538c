// RecordListModelTest, SiteListModelTest, SpecificNeedModelTest: the list
// models, checked by QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

#include "amparo/domain/reference_data.hpp"
#include "amparo/sync/revision.hpp"
#include "record_list_model.hpp"
#include "site_list_model.hpp"
#include "specific_need_model.hpp"
#include "test_support.hpp"

using namespace amparo;
using namespace amparo::mobile;
using namespace amparo::mobile::test;

namespace {

const QString kSigloXxi = QStringLiteral("01900000-0000-7000-8000-000000000001");
const QString kBelen = QStringLiteral("01900000-0000-7000-8000-000000000005");

void fill(LocalStore& store, int count) {
  const qint64 base = QDateTime::currentMSecsSinceEpoch();
  std::vector<domain::RecordEnvelope> batch;
  batch.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
    batch.push_back(sampleVisit(i % 4 == 0 ? kBelen : kSigloXxi, base - qint64(i) * 60000, i % 4 == 0 ? 2 : 3));
  QVERIFY(store.saveAll(batch, LocalStore::Waiting));
}

}  // namespace

class ModelTest : public QObject {
  Q_OBJECT

private slots:
  void recordListLoadsLazily();
  void recordListFiltersAndSearches();
  void recordListFollowsSaves();
  void siteListSearchesWithoutAccents();
  void specificNeedsSearchBothLanguages();
  void specificNeedsFollowThePulledReferenceData();
};

void ModelTest::recordListLoadsLazily() {
  TempStore temp;
  fill(*temp.store, 10000);
  double openMs = 0;
  {
    RecordListModel plain;
    plain.setStore(temp.store.get());
    QElapsedTimer timer;
    timer.start();
    plain.reload();
    openMs = timer.nsecsElapsed() / 1e6;
    QCOMPARE(plain.totalCount(), 10000);
    QCOMPARE(plain.rowCount(), 100);  // one page, not 10,000 rows
    QVERIFY(plain.canFetchMore({}));
    plain.fetchMore({});
    QCOMPARE(plain.rowCount(), 200);
  }

  RecordListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(temp.store.get());
  model.reload();
  // The tester fetches on its own; pages still arrive 100 at a time.
  QVERIFY(model.rowCount() < 10000);
  QCOMPARE(model.rowCount() % 100, 0);
  while (model.canFetchMore({})) model.fetchMore({});
  QCOMPARE(model.rowCount(), 10000);
  qInfo("open 10,000 visits: %.2f ms for the first page", openMs);
  QVERIFY2(openMs < 200, "opening a list of 10,000 records must stay under 200 ms");

  // Newest first, and the roles carry what a row shows.
  const QModelIndex first = model.index(0);
  QCOMPARE(model.data(first, RecordListModel::SiteNameRole).toString(), QStringLiteral("Albergue Belén"));
  QCOMPARE(model.data(first, RecordListModel::VisitTypeRole).toInt(), 2);
  QCOMPARE(model.data(first, RecordListModel::SyncStateRole).toInt(), int(LocalStore::Waiting));
  QVERIFY(model.data(first, RecordListModel::OccurredAtRole).toDateTime() >=
          model.data(model.index(1), RecordListModel::OccurredAtRole).toDateTime());
  QVERIFY(model.roleNames().values().contains("siteName"));

  // Saving with 10,000 records stored: each save one synced transaction.
  std::vector<qint64> micros;
  auto visit = sampleVisit();
  for (int i = 0; i < 200; ++i) {
    auto next = i == 0 ? visit : amparo::sync::nextRevision(visit);
    next.mutable_visit()->set_people_interviewed(i);
    amparo::sync::seal(next);
    QElapsedTimer save;
    save.start();
    QVERIFY(temp.store->save(next, LocalStore::Draft));
    micros.push_back(save.nsecsElapsed() / 1000);
    visit = next;
  }
  std::sort(micros.begin(), micros.end());
  const double p50 = micros[micros.size() / 2] / 1000.0;
  const double p99 = micros[micros.size() * 99 / 100] / 1000.0;
  qInfo("save with 10,000 stored: p50 %.2f ms, p99 %.2f ms", p50, p99);
  QVERIFY2(p99 < 100, "a save must stay well under the 20 ms target's order of magnitude");
}

void ModelTest::recordListFiltersAndSearches() {
  TempStore temp;
  fill(*temp.store, 40);
  RecordListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(temp.store.get());

  model.setVisitType(2);
  model.reload();
  QCOMPARE(model.totalCount(), 10);
  model.setVisitType(0);
  model.setSearch(QStringLiteral("siglo"));
  model.reload();
  QCOMPARE(model.totalCount(), 30);
  model.setSearch(QStringLiteral("belen"));  // no accent typed
  model.reload();
  QCOMPARE(model.totalCount(), 10);
  model.setSearch(QStringLiteral("no such site"));
  model.reload();
  QCOMPARE(model.totalCount(), 0);
  QCOMPARE(model.rowCount(), 0);
  model.setSearch({});
  model.setSiteId(kBelen);
  model.reload();
  QCOMPARE(model.totalCount(), 10);
  model.setSiteId({});
  model.setSyncStates({LocalStore::Draft});
  model.reload();
  QCOMPARE(model.totalCount(), 0);
  model.setSyncStates({});
  model.setDayFrom(QDate::currentDate().addDays(1).toString(Qt::ISODate));
  model.reload();
  QCOMPARE(model.totalCount(), 0);
}

void ModelTest::recordListFollowsSaves() {
  TempStore temp;
  RecordListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(temp.store.get());
  QTRY_COMPARE(model.totalCount(), 0);
  QVERIFY(temp.store->save(sampleVisit(), LocalStore::Draft));
  QTRY_COMPARE(model.totalCount(), 1);
  QCOMPARE(model.rowCount(), 1);
  QCOMPARE(model.get(0).value(QStringLiteral("syncState")).toInt(), int(LocalStore::Draft));
}

void ModelTest::siteListSearchesWithoutAccents() {
  SiteListModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QVERIFY(model.count() >= 10);
  model.setSearch(QStringLiteral("estacion"));
  QVERIFY(model.count() >= 2);
  for (int row = 0; row < model.rowCount(); ++row)
    QVERIFY(model.data(model.index(row), SiteListModel::NameRole).toString().contains(QStringLiteral("Estación")));
  model.setSearch(QStringLiteral("garita talisman"));
  QCOMPARE(model.count(), 1);
  model.setSearch({});
  model.setSiteType(2);  // shelters
  QVERIFY(model.count() >= 2);
  QCOMPARE(model.nameOf(kBelen), QStringLiteral("Albergue Belén"));
}

void ModelTest::specificNeedsSearchBothLanguages() {
  SpecificNeedModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QVERIFY(model.count() > 60);  // current v4 codes only
  model.setSearch(QStringLiteral("SC-UC"));
  QCOMPARE(model.count(), 1);
  QCOMPARE(model.data(model.index(0), SpecificNeedModel::CodeRole).toString(), QStringLiteral("SC-UC"));
  const QString spanish = model.data(model.index(0), SpecificNeedModel::LabelRole).toString();
  model.setLanguage(QStringLiteral("en"));
  const QString english = model.data(model.index(0), SpecificNeedModel::LabelRole).toString();
  QVERIFY(spanish != english);
  QVERIFY(english.contains(QStringLiteral("naccompanied")));
  model.setSearch(QStringLiteral("no acompañado"));  // Spanish words while in English
  QVERIFY(model.count() >= 1);
  model.setSearch(QStringLiteral("PG-HR"));  // legacy v3: accepted on import, never offered
  QCOMPARE(model.count(), 0);
}

void ModelTest::specificNeedsFollowThePulledReferenceData() {
  TempStore temp;
  auto& store = *temp.store;
  SpecificNeedModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setSearch(QStringLiteral("SC-ZZ"));
  QCOMPARE(model.count(), 0);
  auto message = domain::ReferenceData::builtin().toMessage();
  auto* code = message.add_specific_need_codes();
  code->set_code("SC-ZZ");
  code->set_category("SC");
  code->set_label_en("Pulled test need");
  code->set_label_es("Necesidad de prueba recibida");
  QSignalSpy counted(&model, &SpecificNeedModel::countChanged);
  QVERIFY(store.storePulled({}, QByteArrayLiteral("c1"), &message));
  QCOMPARE(model.count(), 1);
  QCOMPARE(counted.count(), 1);
  QCOMPARE(model.data(model.index(0), SpecificNeedModel::LabelRole).toString(),
           QStringLiteral("Necesidad de prueba recibida"));
  QCOMPARE(model.labelOf(QStringLiteral("SC-ZZ")), QStringLiteral("Necesidad de prueba recibida"));
}

QTEST_GUILESS_MAIN(ModelTest)
#include "model_test.moc"
