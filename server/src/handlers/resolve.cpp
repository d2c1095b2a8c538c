#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <set>

#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "amparo/validation/validator.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;
using amparo::query::v1::ResolveConflictRequest;

// A revision written by the server on a coordinator's behalf: the record
// keeps its author (records are single-writer, and the author's devices pull
// it); the device is the coordinator's, the time is now.
void stamp(domain::RecordEnvelope& revision, const auth::Principal& principal) {
  revision.set_device_id(principal.device.deviceId);
  auto now = google::protobuf::util::TimeUtil::GetCurrentTime();
  if (revision.has_created_at() && now < revision.created_at()) now = revision.created_at();
  *revision.mutable_modified_at() = now;
}

// The merged content on top of the base head's identity: only the body (and
// an explicit data class) comes from the client.
domain::RecordEnvelope mergedRevision(const domain::RecordEnvelope& base, const domain::RecordEnvelope& merged) {
  auto next = sync::nextRevision(base);
  const auto dataClass = merged.data_class();
  next.clear_body();
  switch (merged.body_case()) {
    case domain::RecordEnvelope::kSite:
      *next.mutable_site() = merged.site();
      break;
    case domain::RecordEnvelope::kVisit:
      *next.mutable_visit() = merged.visit();
      break;
    case domain::RecordEnvelope::kScreening:
      *next.mutable_screening() = merged.screening();
      break;
    case domain::RecordEnvelope::kPerson:
      *next.mutable_person() = merged.person();
      break;
    case domain::RecordEnvelope::kReferral:
      *next.mutable_referral() = merged.referral();
      break;
    case domain::RecordEnvelope::kFollowUp:
      *next.mutable_follow_up() = merged.follow_up();
      break;
    case domain::RecordEnvelope::kIncident:
      *next.mutable_incident() = merged.incident();
      break;
    case domain::RecordEnvelope::kReview:
      *next.mutable_review() = merged.review();
      break;
    case domain::RecordEnvelope::BODY_NOT_SET:
      break;
  }
  if (dataClass != amparo::common::v1::DATA_CLASS_UNSPECIFIED) next.set_data_class(dataClass);
  next.set_deleted(false);
  return next;
}

std::vector<v1::FieldError> prefixed(const std::string& prefix, std::vector<v1::FieldError> errors) {
  for (auto& error : errors) error.set_path(prefix + error.path());
  return errors;
}

}  // namespace

// POST /v1/records/{id}/resolve: ends a conflict by choosing or merging
// (query.proto ResolveConflictRequest).
Response resolveConflict(Services& services, const Request& request, const RouteContext& context) {
  const auto& principal = *context.principal;
  const std::string id(context.param("id"));
  if (!sync::isValidRecordId(id)) return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such record");
  ResolveConflictRequest body;
  if (auto error = http::decodeBody(request, body)) return *error;

  auto meta = services.records.meta(id);
  if (!meta) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  if (!meta->has_value()) return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such record");
  const auto& record = **meta;
  if (!principal.hasOffice(record.officeCode)) {
    (void)services.audit.record({storage::nowMs(), "forbidden", principal.account.username, id, "records:resolve"});
    return http::errorResponse(request, 403, v1::ERROR_CODE_PERMISSION_DENIED, "record of another office");
  }
  const sync::RevisionTree tree(record.nodes);
  if (!tree.inConflict()) {
    return http::errorResponse(request, 409, v1::ERROR_CODE_CONFLICT, "the record is not in conflict");
  }
  const auto heads = tree.heads();  // live heads, winner first
  if (body.seen_heads_size() > 0) {
    const std::set<std::string> seen(body.seen_heads().begin(), body.seen_heads().end());
    if (seen != std::set<std::string>(heads.begin(), heads.end())) {
      return http::errorResponse(request, 409, v1::ERROR_CODE_CONFLICT,
                                 "the record changed since it was read; read it again");
    }
  }

  // The head the new revision descends from, and the revision itself.
  std::string base;
  switch (body.resolution_case()) {
    case ResolveConflictRequest::kChosenRevision:
      base = body.chosen_revision();
      if (std::find(heads.begin(), heads.end(), base) == heads.end()) {
        return http::errorResponse(
            request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "not a live head of the record",
            {http::fieldError("chosen_revision", "unknown_revision", "Choose one of the record's current versions.",
                              "Elija una de las versiones actuales del registro.")});
      }
      break;
    case ResolveConflictRequest::kMerged:
      base = heads.front();
      if (domain::bodyKind(body.merged()) != record.kind) {
        return http::errorResponse(
            request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "the merged content is of another kind",
            {http::fieldError("merged", "kind_mismatch", "The merged content must be of the record's kind.",
                              "El contenido combinado debe ser del tipo del registro.")});
      }
      break;
    case ResolveConflictRequest::RESOLUTION_NOT_SET:
      return http::errorResponse(
          request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "choose a revision or send merged content",
          {http::fieldError("resolution", "required", "Choose a version or send the merged content.",
                            "Elija una versión o envíe el contenido combinado.")});
  }

  std::vector<domain::RecordEnvelope> revisions;
  revisions.reserve(heads.size());
  {
    auto baseEnvelope = services.records.envelope(id, base);
    if (!baseEnvelope || !baseEnvelope->has_value()) {
      return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    }
    auto next = body.has_merged() ? mergedRevision(**baseEnvelope, body.merged()) : sync::nextRevision(**baseEnvelope);
    stamp(next, principal);
    sync::seal(next);
    // The same rules as a push: nothing invalid is stored.
    const auto findings = validation::validate(next);
    if (!findings.ok()) {
      return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "the resolved record is not valid",
                                 prefixed(body.has_merged() ? "merged." : "", validation::toFieldErrors(findings)));
    }
    revisions.push_back(std::move(next));
  }
  // Every other live head ends in a tombstone, so only the new revision is live.
  for (const auto& head : heads) {
    if (head == base) continue;
    auto other = services.records.envelope(id, head);
    if (!other || !other->has_value()) {
      return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    }
    auto tombstone = sync::nextRevision(**other);
    tombstone.clear_body();  // a tombstone only names what it closes
    tombstone.set_deleted(true);
    stamp(tombstone, principal);
    sync::seal(tombstone);
    revisions.push_back(std::move(tombstone));
  }

  // Audited before anything is written: no resolution without its entry.
  if (!services.audit.record({storage::nowMs(), "record.resolve", principal.account.username, id,
                              body.has_merged() ? "merged" : "chosen"})) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable; nothing was stored");
  }
  // One commit: the new revision and the tombstones land together or not at
  // all. The coordinator is the actor of its audit entries.
  auto committed = services.records.commit(revisions, principal.account.username);
  if (!committed) {
    // The write may have reached memory without the sync that makes it
    // durable: nothing is acknowledged, and the same push again is safe.
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE,
                               "storage unavailable; nothing was acknowledged, send it again");
  }
  for (const auto& result : *committed) {
    if (result.otherAuthor || result.identityChanged || result.decision.outcome == sync::Outcome::Rejected) {
      return http::errorResponse(request, 500, v1::ERROR_CODE_INTERNAL, "the resolution was refused by the store");
    }
  }

  amparo::query::v1::ResolveConflictResponse response;
  response.set_revision(revisions.front().revision());
  for (std::size_t i = 1; i < revisions.size(); ++i) response.add_closed_revisions(revisions[i].revision());
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
