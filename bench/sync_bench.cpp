// amparo_sync_bench: the app's sync end to end (issue 5, "Benchmark"). The
// app's real encrypted store (LocalStore) and SyncClient push N finalized
// screenings to a real amparo-server (spawned on loopback TLS, --demo, fresh
// data per run) and pull the feed back, until the outbox is empty and the
// feed drained. Prints figures and ratios to target; never asserts a timing.
//
//   total time         syncNow() → syncFinished(true): outbox reads and
//                      decryption, batches on the wire, push outcomes
//                      applied, then the pull of the device's feed
//   records/s          N / total time
//   bytes per record   bytes on the wire (compressed bodies, as counted by
//                      SyncClient) per record: sent, received, both
//   peak RSS           VmHWM of this process during the sync (reset after
//                      the store is filled), one process per N so each
//                      figure is its own
//
// Run: build/bin/amparo_sync_bench [--sizes 2000,10000,50000]
// Targets (issue 5): ≥ 10,000 records/s end to end, ≤ 100 bytes/record sent.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <google/protobuf/util/time_util.h>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "amparo/domain/records.hpp"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "local_store.hpp"
#include "sync_client.hpp"

using namespace amparo;
using namespace amparo::mobile;
namespace rec = amparo::records::v1;

namespace {

constexpr double kRecordsPerSecondTarget = 10000;
constexpr double kBytesPerRecordTarget = 100;
constexpr int kWaitMs = 30 * 60 * 1000;

// Runs the event loop until `done` or the deadline.
template <typename Predicate>
bool waitFor(Predicate done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
  }
  return true;
}

// A realistic anonymous screening (the server bench's shape): ~500 bytes of
// protobuf with Spanish free text.
domain::RecordEnvelope makeScreening(std::mt19937& random, const std::string& visitId, const std::string& device) {
  static const char* kNeeds[] = {"alojamiento",  "asesoría legal", "atención médica",
                                 "alimentación", "documentación",  "apoyo psicosocial"};
  static const char* kNationalities[] = {"HND", "GTM", "SLV", "VEN", "HTI", "CUB", "NIC", "COL"};
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(domain::RecordKind::RECORD_KIND_SCREENING);
  envelope.set_author("unenrolled");
  envelope.set_device_id(device);
  envelope.set_office_code("TAP");
  const auto created = google::protobuf::util::TimeUtil::GetCurrentTime() -
                       google::protobuf::util::TimeUtil::SecondsToDuration(3600 + random() % 86400);
  *envelope.mutable_created_at() = created;
  *envelope.mutable_modified_at() = created;
  auto& s = *envelope.mutable_screening();
  s.set_visit_id(visitId);
  s.set_mode(rec::SCREENING_MODE_ANONYMOUS);
  auto& consent = *s.add_consents();
  consent.set_purpose(rec::CONSENT_PURPOSE_INTERVIEW);
  consent.set_given(true);
  *consent.mutable_recorded_at() = created;
  *s.mutable_interviewed_at() = created;
  auto& respondent = *s.mutable_respondent();
  respondent.set_sex(random() % 2 ? common::v1::SEX_FEMALE : common::v1::SEX_MALE);
  respondent.set_age_band(domain::ageBandFor(18 + static_cast<int>(random() % 40)));
  respondent.set_nationality(kNationalities[random() % 8]);
  auto& household = *s.mutable_household();
  household.set_travel_mode(rec::TRAVEL_MODE_WITH_FAMILY);
  household.set_adults(2);
  household.set_children(static_cast<int>(random() % 4));
  household.set_children_under_5(0);
  s.set_date_left("2026-0" + std::to_string(1 + random() % 9) + "-1" + std::to_string(random() % 9));
  s.add_flight_reasons(rec::FLIGHT_REASON_GENERAL_VIOLENCE);
  auto& intentions = *s.mutable_intentions();
  intentions.set_destination_country("USA");
  intentions.add_destination_reasons("Reunirse con un hermano que vive en Houston desde hace cinco años.");
  intentions.set_risk_if_returned(common::v1::ANSWER_YES);
  intentions.set_intends_to_seek_asylum(common::v1::ANSWER_DOES_NOT_KNOW);
  s.add_main_needs(kNeeds[random() % 6]);
  s.add_main_needs(kNeeds[random() % 6]);
  envelope.set_data_class(domain::defaultDataClass(envelope));
  sync::seal(envelope);
  return envelope;
}

// kB from /proc/self/status ("VmHWM:  12345 kB").
long procStatusKb(const char* field) {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : status.readAll().split('\n')) {
    if (line.startsWith(field)) return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').front().toLong();
  }
  return -1;
}

// Starts the peak-RSS watermark afresh (Linux: "5" to clear_refs).
void resetPeakRss() {
  QFile refs(QStringLiteral("/proc/self/clear_refs"));
  if (refs.open(QIODevice::WriteOnly)) refs.write("5");
}

struct Server {
  QTemporaryDir data;
  QProcess process;
  QByteArray output;
  QString url;
  QString fingerprint;

  bool start() {
    process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&process, &QProcess::readyRead, [this] { output += process.readAll(); });
    process.start(QStringLiteral(AMPARO_SERVER), {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                                                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")});
    if (!process.waitForStarted(30000)) return false;
    if (!waitFor([this] { return output.contains("Stop with") || process.state() == QProcess::NotRunning; }, 120000))
      return false;
    const auto text = QString::fromUtf8(output);
    const auto listening =
        QRegularExpression(QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+/)")).match(text);
    const auto digest = QRegularExpression(QStringLiteral("SHA-256:\\s+([0-9A-F:]{95})")).match(text);
    if (!listening.hasMatch() || !digest.hasMatch()) return false;
    url = listening.captured(1);
    fingerprint = digest.captured(1);
    return true;
  }
  ~Server() {
    if (process.state() == QProcess::NotRunning) return;
    process.terminate();
    if (!process.waitForFinished(30000)) process.kill();
  }
};

// One run in this process: prints one result line, returns the exit code.
int runOnce(int records) {
  Server server;
  if (!server.start()) {
    std::fprintf(stderr, "amparo-server did not start:\n%s\n", server.output.constData());
    return 2;
  }
  QTemporaryDir dir;
  LocalStore store;
  if (!store.open(dir.filePath(QStringLiteral("amparo.sqlite"))) ||
      !store.initialize("bench passphrase", KdfParams::minimal())) {
    std::fprintf(stderr, "cannot make the store\n");
    return 2;
  }
  store.setSetting(QStringLiteral("office_code"), QStringLiteral("TAP"));
  // Filled in chunks (one transaction each), as finalized screenings.
  std::mt19937 random(42);
  const std::string device = "bench-tablet";
  const std::string visitId = sync::newRecordId();
  for (int done = 0; done < records;) {
    std::vector<domain::RecordEnvelope> chunk;
    for (int i = 0; i < 1000 && done < records; ++i, ++done) chunk.push_back(makeScreening(random, visitId, device));
    if (!store.saveAll(chunk, LocalStore::Waiting)) {
      std::fprintf(stderr, "cannot save: %s\n", qPrintable(store.errorString()));
      return 2;
    }
  }

  SyncClient client(&store);
  client.setTimeout(120000);
  bool finished = false;
  bool ok = false;
  QString error;
  QObject::connect(&client, &SyncClient::enrollFinished, [&](bool success, const QString& message) {
    finished = true;
    ok = success;
    error = message;
  });
  client.enroll(server.url, QStringLiteral("demo-monitor"), QStringLiteral("amparo-monitor"),
                QStringLiteral("bench tablet"), server.fingerprint);
  if (!waitFor([&] { return finished; }, kWaitMs) || !ok) {
    std::fprintf(stderr, "enroll failed: %s\n", qPrintable(error));
    return 2;
  }

  const long rssBefore = procStatusKb("VmRSS:");
  resetPeakRss();
  finished = false;
  qint64 pushMs = -1;
  QElapsedTimer timer;
  QObject::connect(&client, &SyncClient::stateChanged, [&] {
    if (client.state() == SyncClient::Pulling && pushMs < 0) pushMs = timer.elapsed();
  });
  QObject::connect(&client, &SyncClient::syncFinished, [&](bool success, const QString& message) {
    finished = true;
    ok = success;
    error = message;
  });
  const qint64 sentBefore = client.bytesSent();
  const qint64 receivedBefore = client.bytesReceived();
  timer.start();
  client.syncNow();
  if (!waitFor([&] { return finished; }, kWaitMs) || !ok) {
    std::fprintf(stderr, "sync failed: %s\n", qPrintable(error));
    return 2;
  }
  const double totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  const long peak = procStatusKb("VmHWM:");
  if (store.outboxCount() != 0 || client.recordsSent() != records) {
    std::fprintf(stderr, "not everything was sent: %lld of %d\n", static_cast<long long>(client.recordsSent()),
                 records);
    return 2;
  }
  const double sent = static_cast<double>(client.bytesSent() - sentBefore);
  const double received = static_cast<double>(client.bytesReceived() - receivedBefore);
  std::printf("RESULT %d %.1f %lld %.1f %.1f %ld %ld %lld\n", records, totalMs, static_cast<long long>(pushMs), sent,
              received, rssBefore, peak, static_cast<long long>(client.recordsReceived()));
  return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addOption({QStringLiteral("sizes"), QStringLiteral("Record counts, comma-separated."), QStringLiteral("list"),
                    QStringLiteral("2000,10000")});
  parser.addOption(
      {QStringLiteral("records"), QStringLiteral("One run in this process (internal)."), QStringLiteral("n")});
  parser.process(app);
  if (parser.isSet(QStringLiteral("records"))) return runOnce(parser.value(QStringLiteral("records")).toInt());

  std::printf("app sync → amparo-server over loopback TLS (zstd, pinned certificate), anonymous screenings\n");
  std::printf("%8s %10s %9s %10s %9s %9s %9s %10s %10s %8s\n", "records", "total ms", "push ms", "records/s", "ratio",
              "sent B/r", "ratio", "recv B/r", "peak RSS", "pulled");
  int failures = 0;
  for (const QString& size : parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts)) {
    // Each size in its own process: peak RSS is that run's alone.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--records"), size});
    if (!child.waitForFinished(kWaitMs) || child.exitCode() != 0) {
      std::printf("%8s failed\n", qPrintable(size));
      ++failures;
      continue;
    }
    const auto line = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n').filter(QStringLiteral("RESULT"));
    const auto f = line.value(0).split(u' ');
    if (f.size() < 9) {
      ++failures;
      continue;
    }
    const double n = f[1].toDouble();
    const double totalMs = f[2].toDouble();
    const double perSecond = n / (totalMs / 1000.0);
    const double sentPerRecord = f[4].toDouble() / n;
    const double receivedPerRecord = f[5].toDouble() / n;
    std::printf("%8.0f %10.0f %9s %10.0f %9.2f %9.1f %9.2f %10.1f %7.1f MB %8s\n", n, totalMs, qPrintable(f[3]),
                perSecond, kRecordsPerSecondTarget / perSecond, sentPerRecord, sentPerRecord / kBytesPerRecordTarget,
                receivedPerRecord, f[7].toDouble() / 1024.0, qPrintable(f[8]));
  }
  std::printf("ratios: target / achieved for records/s, achieved / target for bytes; below 1 meets the target\n");
  return failures == 0 ? 0 : 1;
}
