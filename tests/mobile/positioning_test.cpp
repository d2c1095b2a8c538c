// PositioningTest: a recorded NMEA track replayed through the `nmea` plugin
// reaches the visit with its accuracy; poor accuracy warns; manual entry and
// "no fix" are recorded as such.
#include <QSignalSpy>
#include <QTest>

#include "position_controller.hpp"
#include "visit_editor.hpp"

using namespace amparo::mobile;

class PositioningTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase();
  void replaysNmeaTrack();
  void manualAndNoFix();
};

void PositioningTest::initTestCase() {
  // Qt Positioning skips plugins not marked "Testable" (nmea is not) while
  // QT_QTESTLIB_RUNNING is set, which QtTest does; the replay needs nmea.
  qunsetenv("QT_QTESTLIB_RUNNING");
}

void PositioningTest::replaysNmeaTrack() {
  PositionController gps;
  gps.setSourceSpec(QStringLiteral("nmea:" AMPARO_TEST_NMEA));
  QVERIFY(gps.isAvailable());
  QVERIFY(!gps.hasFix());
  gps.setActive(true);
  QTRY_VERIFY_WITH_TIMEOUT(gps.hasFix(), 5000);
  QCOMPARE(qRound(gps.latitude() * 1e4), 148869);
  QCOMPARE(qRound(gps.longitude() * 1e4), -922829);
  QVERIFY2(gps.horizontalAccuracy() > 0 && gps.horizontalAccuracy() < 10,
           qPrintable(QString::number(gps.horizontalAccuracy())));
  QVERIFY(!gps.accuracyWarning());
  QCOMPARE(gps.fixedAt().toUTC().time().hour(), 15);

  VisitEditor editor;
  editor.newRecord();
  QVERIFY(gps.applyTo(&editor, QStringLiteral("visit.location")));
  QCOMPARE(editor.value(QStringLiteral("visit.location.source")).toInt(), 1);  // GNSS
  QVERIFY(editor.value(QStringLiteral("visit.location.horizontal_accuracy_m")).toDouble() > 0);
  QVERIFY(editor.value(QStringLiteral("visit.location.fixed_at")).toDateTime().isValid());

  // The track's last fixes have HDOP 25: worse than 100 m.
  QTRY_VERIFY_WITH_TIMEOUT(gps.accuracyWarning(), 10000);
  QVERIFY(gps.horizontalAccuracy() > PositionController::kWarnAboveMetres);
}

void PositioningTest::manualAndNoFix() {
  PositionController gps;
  gps.setSourceSpec(QStringLiteral("none"));
  QVERIFY(!gps.isAvailable());
  VisitEditor editor;
  editor.newRecord();
  QVERIFY(!gps.applyTo(&editor, QStringLiteral("visit.location")));  // nothing to apply
  QVERIFY(gps.applyManual(&editor, QStringLiteral("visit.location"), 14.9, -92.26));
  QCOMPARE(editor.value(QStringLiteral("visit.location.source")).toInt(), 2);  // manual
  QCOMPARE(editor.value(QStringLiteral("visit.location.latitude")).toDouble(), 14.9);
  QVERIFY(gps.applyNoFix(&editor, QStringLiteral("visit.location")));
  QCOMPARE(editor.value(QStringLiteral("visit.location.source")).toInt(), 3);  // no fix
  QVERIFY(!editor.value(QStringLiteral("visit.location.fixed_at")).isValid());
}

QTEST_GUILESS_MAIN(PositioningTest)
#include "positioning_test.moc"
