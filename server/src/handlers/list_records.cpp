#include <algorithm>
#include <charconv>
#include <optional>

#include "amparo/domain/personal_data.hpp"
#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "handlers/handlers.hpp"
#include "handlers/record_query.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;
constexpr std::size_t kDefaultPageSize = 100;
constexpr std::size_t kMaxPageSize = 500;

// Merges the offices' pages (each sorted by id, ascending or descending) into
// one. The next page starts no further than the office that stopped earliest,
// so nothing is skipped between pages.
storage::Result<storage::RecordPage> mergedPage(const storage::RecordStore& records,
                                                const std::vector<std::string>& offices, const std::string& after,
                                                std::size_t limit, const storage::RecordStore::RecordFilter& filter,
                                                bool newestFirst) {
  // "Comes before in the listing's order".
  const auto first = [newestFirst](const std::string& a, const std::string& b) { return newestFirst ? a > b : a < b; };
  storage::RecordPage merged;
  std::optional<std::string> cutoff;
  for (const auto& code : offices) {
    auto page = records.scanOffice(code, after, limit, filter, 10000, newestFirst);
    if (!page) return page.error();
    if (page->hasMore && (!cutoff || first(page->lastId, *cutoff))) cutoff = page->lastId;
    for (auto& meta : page->records) merged.records.push_back(std::move(meta));
  }
  std::sort(merged.records.begin(), merged.records.end(),
            [&](const storage::RecordMeta& a, const storage::RecordMeta& b) { return first(a.id, b.id); });
  std::erase_if(merged.records, [&](const storage::RecordMeta& meta) { return cutoff && first(*cutoff, meta.id); });
  if (merged.records.size() > limit) {
    merged.records.resize(limit);
    merged.hasMore = true;
    merged.lastId = merged.records.back().id;
  } else if (cutoff) {
    merged.hasMore = true;
    merged.lastId = *cutoff;
  } else {
    merged.lastId = merged.records.empty() ? after : merged.records.back().id;
  }
  return merged;
}

}  // namespace

// Coordinators: the records of their offices, filtered and paged in id order
// (creation order; `order=newest` reverses it).
Response listRecords(Services& services, const Request& request, const RouteContext& context) {
  const auto& principal = *context.principal;
  auto parsed = parseRecordQuery(services, request, principal, "records");
  if (auto* refused = std::get_if<Response>(&parsed)) return std::move(*refused);
  auto& query = std::get<RecordQuery>(parsed);
  if (const auto name = request.queryValue("kind"); !name.empty()) {
    const auto kind = domain::kindFromName(name);
    if (!kind) return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "unknown kind");
    query.kind = *kind;
  }
  const std::string pageToken(request.queryValue("page_token"));
  if (!pageToken.empty() && !sync::isValidRecordId(pageToken)) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "malformed page_token");
  }
  std::size_t pageSize = kDefaultPageSize;
  if (const auto text = request.queryValue("page_size"); !text.empty()) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), pageSize);
    if (ec != std::errc() || end != text.data() + text.size() || pageSize == 0) {
      return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "page_size must be a positive integer");
    }
    pageSize = std::min(pageSize, kMaxPageSize);
  }

  // order=newest (the visit log) or oldest (the default: creation order).
  const auto order = request.queryValue("order");
  if (!order.empty() && order != "newest" && order != "oldest") {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "order must be newest or oldest",
                               {http::fieldError("order", "invalid", "order must be newest or oldest",
                                                 "order debe ser newest u oldest")});
  }
  // Read through the per-office index, one sorted stream per office in scope.
  auto page = mergedPage(services.records, query.offices, pageToken, pageSize,
                         [&](const storage::RecordMeta& meta) { return query.acceptsMeta(meta); }, order == "newest");
  if (!page) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");

  amparo::query::v1::ListRecordsResponse response;
  std::vector<storage::AuditEntry> reads;
  for (const auto& meta : page->records) {
    auto envelope = services.records.envelope(meta.id, sync::RevisionTree(meta.nodes).winner());
    if (!envelope || !envelope->has_value()) {
      return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    }
    auto accepted = query.acceptsRecord(services.records, **envelope);
    if (!accepted) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    if (!*accepted) continue;
    if (isAuditedRead(meta.kind)) {
      reads.push_back({storage::nowMs(), "read.record", principal.account.username, meta.id, "list"});
    }
    // Personal data stays on the server until revealed (GET /v1/records/{id}?reveal=personal).
    if (domain::holdsPersonalData(**envelope)) {
      domain::stripPersonalData(**envelope);
      response.add_personal_data_withheld_ids(meta.id);
    }
    *response.add_records() = std::move(**envelope);
  }
  // The audit entry is written before the data leaves the server.
  if (!services.audit.recordAll(reads)) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  if (page->hasMore) response.set_next_page_token(page->lastId);
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
