#include <algorithm>
#include <array>

#include "amparo/domain/personal_data.hpp"
#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {
namespace v1 = amparo::sync::v1;

// Why a coordinator asks to see personal data: a closed list, so the audit
// log can be read by reason (query.proto documents the same list).
constexpr std::array<std::string_view, 5> kRevealReasons{"case_management", "referral", "follow_up",
                                                         "data_subject_request", "protection_emergency"};

// Strips the personal data from `envelope` unless revealing; true when there
// was some to strip.
bool withhold(domain::RecordEnvelope& envelope, bool reveal) {
  if (reveal || !domain::holdsPersonalData(envelope)) return false;
  domain::stripPersonalData(envelope);
  return true;
}

// The winning revision of the Person an identified screening names, if the
// server has it and it belongs to an office the caller may read.
storage::Result<std::optional<domain::RecordEnvelope>> linkedPerson(const Services& services,
                                                                    const auth::Principal& principal,
                                                                    const domain::RecordEnvelope& record) {
  if (!record.has_screening() || record.screening().person_id().empty()) return std::optional<domain::RecordEnvelope>();
  auto meta = services.records.meta(record.screening().person_id());
  if (!meta) return meta.error();
  if (!meta->has_value() || (*meta)->kind != v1::RECORD_KIND_PERSON || !principal.hasOffice((*meta)->officeCode)) {
    return std::optional<domain::RecordEnvelope>();
  }
  return services.records.envelope((*meta)->id, sync::RevisionTree((*meta)->nodes).winner());
}

}  // namespace

// Coordinators: one record of their offices, its winner and revision tree;
// personal data withheld unless revealed for a stated reason.
Response getRecord(Services& services, const Request& request, const RouteContext& context) {
  const auto& principal = *context.principal;
  const std::string id(context.param("id"));
  if (!sync::isValidRecordId(id)) {
    return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such record");
  }
  const auto revealParam = request.queryValue("reveal");
  const bool reveal = !revealParam.empty();
  const std::string reason(request.queryValue("reason"));
  if (reveal && revealParam != "personal") {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "reveal must be personal",
                               {http::fieldError("reveal", "unknown_code", "Only personal data can be revealed.",
                                                 "Solo se pueden mostrar los datos personales.")});
  }
  if (reveal && std::find(kRevealReasons.begin(), kRevealReasons.end(), reason) == kRevealReasons.end()) {
    return http::errorResponse(
        request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "a reason from the list is required to see personal data",
        {http::fieldError("reason", reason.empty() ? "required" : "unknown_code",
                          "Say why personal data is needed: case_management, referral, follow_up, "
                          "data_subject_request or protection_emergency.",
                          "Indique por qué se necesitan los datos personales: case_management, referral, follow_up, "
                          "data_subject_request o protection_emergency.")});
  }
  auto meta = services.records.meta(id);
  if (!meta) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  if (!meta->has_value()) return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such record");
  const auto& record = **meta;
  if (!principal.hasOffice(record.officeCode)) {
    (void)services.audit.record({storage::nowMs(), "forbidden", principal.account.username, id, "records:get"});
    return http::errorResponse(request, 403, v1::ERROR_CODE_PERMISSION_DENIED, "record of another office");
  }

  const sync::RevisionTree tree(record.nodes);
  const auto heads = tree.heads();
  amparo::query::v1::GetRecordResponse response;
  for (const auto& node : record.nodes) {
    auto& info = *response.add_revisions();
    info.set_revision(node.revision);
    info.set_parent_revision(node.parent);
    info.set_deleted(node.deleted);
    info.set_head(std::find(heads.begin(), heads.end(), node.revision) != heads.end());
    // Authorship only: the content of old revisions stays on the server.
    auto stored = services.records.envelope(id, node.revision);
    if (!stored) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    if (stored->has_value()) {
      info.set_author((*stored)->author());
      info.set_device_id((*stored)->device_id());
      if ((*stored)->has_modified_at()) *info.mutable_modified_at() = (*stored)->modified_at();
    }
  }
  response.set_in_conflict(tree.inConflict());
  bool withheld = false;
  for (std::size_t i = 0; i < heads.size(); ++i) {
    auto envelope = services.records.envelope(id, heads[i]);
    if (!envelope || !envelope->has_value()) {
      return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    }
    if (i == 0) {
      withheld = withhold(**envelope, reveal) || withheld;
      *response.mutable_record() = std::move(**envelope);
    } else if (tree.inConflict()) {
      withheld = withhold(**envelope, reveal) || withheld;
      *response.add_conflicting_heads() = std::move(**envelope);
    }
  }
  response.set_personal_data_withheld(withheld);
  auto reviews = services.records.reviewsOf(id);
  if (!reviews) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  for (auto& review : *reviews) *response.add_reviews() = std::move(review);

  // The audit entries are written before the data leaves the server.
  std::vector<storage::AuditEntry> reads;
  if (reveal) {
    reads.push_back({storage::nowMs(), "read.personal", principal.account.username, id, reason});
    auto person = linkedPerson(services, principal, response.record());
    if (!person) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    if (person->has_value()) {
      reads.push_back({storage::nowMs(), "read.personal", principal.account.username, (*person)->id(), reason});
      *response.mutable_person() = std::move(**person);
    }
  } else if (isAuditedRead(record.kind)) {
    reads.push_back({storage::nowMs(), "read.record", principal.account.username, id, "get"});
  }
  if (!services.audit.recordAll(reads)) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
