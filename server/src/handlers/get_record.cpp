#include <algorithm>

#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {
namespace v1 = amparo::sync::v1;
}

// Coordinators: one record of their offices, its winner and revision tree.
Response getRecord(Services& services, const Request& request, const RouteContext& context) {
  const auto& principal = *context.principal;
  const std::string id(context.param("id"));
  if (!sync::isValidRecordId(id)) {
    return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such record");
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
  }
  response.set_in_conflict(tree.inConflict());
  for (std::size_t i = 0; i < heads.size(); ++i) {
    auto envelope = services.records.envelope(id, heads[i]);
    if (!envelope || !envelope->has_value()) {
      return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    }
    if (i == 0) {
      *response.mutable_record() = std::move(**envelope);
    } else if (tree.inConflict()) {
      *response.add_conflicting_heads() = std::move(**envelope);
    }
  }
  auto reviews = services.records.reviewsOf(id);
  if (!reviews) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  for (auto& review : *reviews) *response.add_reviews() = std::move(review);
  if (isAuditedRead(record.kind) &&
      !services.audit.record({storage::nowMs(), "read.record", principal.account.username, id, "get"})) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
