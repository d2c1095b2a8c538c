#include "test_records.hpp"

#include <google/protobuf/util/time_util.h>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"

namespace amparo::server::testing {
namespace {

using google::protobuf::util::TimeUtil;

void fillEnvelope(domain::RecordEnvelope& envelope, const std::string& author, const std::string& office,
                  amparo::sync::v1::RecordKind kind) {
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(kind);
  envelope.set_author(author);
  envelope.set_device_id("test-device");
  envelope.set_office_code(office);
  const auto created = TimeUtil::GetCurrentTime() - TimeUtil::SecondsToDuration(3600);
  *envelope.mutable_created_at() = created;
  *envelope.mutable_modified_at() = created;
}

}  // namespace

domain::RecordEnvelope makeVisit(const std::string& author, const std::string& office) {
  domain::RecordEnvelope envelope;
  fillEnvelope(envelope, author, office, amparo::sync::v1::RECORD_KIND_VISIT);
  auto& visit = *envelope.mutable_visit();
  visit.set_visit_type(amparo::records::v1::VISIT_TYPE_URBAN);
  visit.set_site_id(sync::newRecordId());
  *visit.mutable_started_at() = envelope.created_at();
  visit.set_access(amparo::records::v1::ACCESS_OBTAINED_YES);
  visit.set_people_interviewed(3);
  visit.set_narrative("Texto libre que nunca debe aparecer en los registros del servidor.");
  sync::seal(envelope);
  return envelope;
}

domain::RecordEnvelope editVisit(const domain::RecordEnvelope& record, int peopleInterviewed) {
  auto next = sync::nextRevision(record);
  next.mutable_visit()->set_people_interviewed(peopleInterviewed);
  sync::seal(next);
  return next;
}

domain::RecordEnvelope makeReview(const std::string& author, const domain::RecordEnvelope& target) {
  domain::RecordEnvelope envelope;
  fillEnvelope(envelope, author, target.office_code(), amparo::sync::v1::RECORD_KIND_REVIEW);
  auto& review = *envelope.mutable_review();
  review.set_target_record_id(target.id());
  review.set_target_revision(target.revision());
  review.set_verdict(amparo::records::v1::REVIEW_VERDICT_REVIEWED);
  sync::seal(envelope);
  return envelope;
}

}  // namespace amparo::server::testing
