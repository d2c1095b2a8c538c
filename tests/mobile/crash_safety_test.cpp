// CrashSafetyTest: a saved record survives the app being killed at any
// instant. A child process saves in a loop and is SIGKILLed at random
// moments; every save it acknowledged must be there, and the file must pass
// SQLite's integrity check.
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include "amparo/sync/revision.hpp"
#include "test_support.hpp"

using namespace amparo;
using namespace amparo::mobile;
using namespace amparo::mobile::test;

class CrashSafetyTest : public QObject {
  Q_OBJECT

private slots:
  void killDuringSaveLosesNothing();
};

void CrashSafetyTest::killDuringSaveLosesNothing() {
  TempStore temp;
  temp.store->close();

  int acknowledged = 0;
  for (int round = 0; round < 12; ++round) {
    QProcess writer;
    writer.start(QStringLiteral(AMPARO_STORE_WRITER), {temp.path(), QString::fromLatin1(kPassphrase)});
    QVERIFY(writer.waitForStarted());
    // Let it save for a while, then kill it mid-flight (SIGKILL: no cleanup).
    QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
    QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(20, 250)));
    writer.kill();
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    // Only complete lines are acknowledgements; a cut line is not.
    const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
    LocalStore store;
    QVERIFY(store.open(temp.path()));
    QVERIFY(store.checkIntegrity());
    QVERIFY(store.unlock(kPassphrase));
    // The last acknowledged line of each record: a working draft may be
    // replaced in place later, so only the last one must still be there.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) last[QString::fromLatin1(lines[i].split(' ').value(0))] = i;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
      const QList<QByteArray> parts = lines[i].split(' ');
      QCOMPARE(parts.size(), 3);
      const QString id = QString::fromLatin1(parts[0]);
      const QString revision = QString::fromLatin1(parts[1]);
      const bool draft = parts[2] == "D";
      const auto head = store.load(id);
      QVERIFY(head.has_value());
      QCOMPARE(sync::checkSeal(*head), sync::SealProblem::None);
      const int generation = sync::parseRevision(parts[1].toStdString())->generation;
      // The head is this revision or a later one (a replacement of the same
      // draft has the same generation), and it reads back too.
      QVERIFY(sync::parseRevision(head->revision())->generation >= generation);
      ++acknowledged;
      if (draft && last.value(id) != i) continue;  // replaced by a later acknowledged save
      const auto saved = store.loadRevision(id, revision);
      if (draft && !saved) {
        // Replaced by a save that committed but was not acknowledged: the
        // head replaced it with the same parent.
        QCOMPARE(sync::parseRevision(head->revision())->generation, generation);
        continue;
      }
      QVERIFY2(saved.has_value(), qPrintable(QStringLiteral("lost %1 %2").arg(id, revision)));
      QCOMPARE(sync::checkSeal(*saved), sync::SealProblem::None);
    }
  }
  QVERIFY2(acknowledged > 50, qPrintable(QStringLiteral("only %1 saves acknowledged").arg(acknowledged)));
  qInfo("%d acknowledged saves checked over 12 kills", acknowledged);
}

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "crash_safety_test.moc"
