#include "test_support.hpp"

#include <QDateTime>
#include <QFile>

#include <google/protobuf/util/time_util.h>

#include <stdexcept>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"

namespace amparo::mobile::test {
namespace {

using google::protobuf::util::TimeUtil;

void fillEnvelope(domain::RecordEnvelope& envelope, domain::RecordKind kind, qint64 atMs) {
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(kind);
  envelope.set_author("mlopez");
  envelope.set_device_id("tab-test");
  envelope.set_office_code("TAP");
  *envelope.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(atMs);
  *envelope.mutable_modified_at() = envelope.created_at();
}

}  // namespace

TempStore::TempStore() : store(std::make_unique<LocalStore>()) {
  if (!dir.isValid() || !store->open(path()) || !store->initialize(kPassphrase, KdfParams::minimal()))
    throw std::runtime_error("cannot make a test store");
}

QString TempStore::path() const { return dir.filePath(QStringLiteral("amparo.sqlite")); }

domain::RecordEnvelope sampleVisit(const QString& siteId, qint64 startedAtMs, int visitType) {
  const qint64 at = startedAtMs != 0 ? startedAtMs : QDateTime::currentMSecsSinceEpoch();
  domain::RecordEnvelope envelope;
  fillEnvelope(envelope, domain::RecordKind::RECORD_KIND_VISIT, at);
  auto* visit = envelope.mutable_visit();
  visit->set_visit_type(static_cast<records::v1::VisitType>(visitType));
  visit->set_site_id(siteId.toStdString());
  *visit->mutable_started_at() = TimeUtil::MillisecondsToTimestamp(at);
  visit->set_access(records::v1::ACCESS_OBTAINED_YES);
  if (visitType == records::v1::VISIT_TYPE_DETENTION) visit->mutable_detention();
  envelope.set_data_class(domain::defaultDataClass(envelope));
  sync::seal(envelope);
  return envelope;
}

domain::RecordEnvelope samplePerson(const std::string& givenNames, const std::string& familyNames) {
  domain::RecordEnvelope envelope;
  fillEnvelope(envelope, domain::RecordKind::RECORD_KIND_PERSON, QDateTime::currentMSecsSinceEpoch());
  auto* person = envelope.mutable_person();
  person->set_given_names(givenNames);
  person->set_family_names(familyNames);
  person->set_nationality("HND");
  envelope.set_data_class(domain::defaultDataClass(envelope));
  sync::seal(envelope);
  return envelope;
}

QByteArray readAll(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

}  // namespace amparo::mobile::test
