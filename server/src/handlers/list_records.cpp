#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <optional>

#include "amparo/domain/reference_data.hpp"
#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "amparo/validation/validator.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;
namespace rec = amparo::records::v1;
constexpr std::size_t kDefaultPageSize = 100;
constexpr std::size_t kMaxPageSize = 500;
constexpr std::int64_t kSecondsPerDay = 86400;

// Seconds since the epoch at 00:00 UTC of a YYYY-MM-DD date.
std::optional<std::int64_t> dayStart(std::string_view text) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t length, auto& out) {
    return std::from_chars(text.data() + at, text.data() + at + length, out).ptr == text.data() + at + length;
  };
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days(date).time_since_epoch().count() * kSecondsPerDay;
}

// Raised to coordinators: the monitor's own alert flag, or an alert finding
// of the shared validator (children in detention, access denied, …).
// Merges the offices' pages (each sorted by id) into one. The next page
// starts no later than the earliest office that stopped early, so nothing is
// skipped between pages.
storage::Result<storage::RecordPage> mergedPage(const storage::RecordStore& records,
                                                const std::vector<std::string>& offices, const std::string& after,
                                                std::size_t limit, const storage::RecordStore::RecordFilter& filter) {
  storage::RecordPage merged;
  std::optional<std::string> cutoff;
  for (const auto& code : offices) {
    auto page = records.scanOffice(code, after, limit, filter);
    if (!page) return page.error();
    if (page->hasMore && (!cutoff || page->lastId < *cutoff)) cutoff = page->lastId;
    for (auto& meta : page->records) merged.records.push_back(std::move(meta));
  }
  std::sort(merged.records.begin(), merged.records.end(),
            [](const storage::RecordMeta& a, const storage::RecordMeta& b) { return a.id < b.id; });
  std::erase_if(merged.records, [&](const storage::RecordMeta& meta) { return cutoff && meta.id > *cutoff; });
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

// The verdict of the most recent review (by its creation time, then id).
storage::Result<std::string> latestReviewStatus(const storage::RecordStore& records, const std::string& id) {
  auto reviews = records.reviewsOf(id);
  if (!reviews) return reviews.error();
  const domain::RecordEnvelope* latest = nullptr;
  for (const auto& review : *reviews) {
    if (review.deleted()) continue;
    if (latest == nullptr || latest->created_at().seconds() < review.created_at().seconds() ||
        (latest->created_at().seconds() == review.created_at().seconds() && latest->id() < review.id())) {
      latest = &review;
    }
  }
  if (latest == nullptr) return std::string("unreviewed");
  switch (latest->review().verdict()) {
    case rec::REVIEW_VERDICT_REVIEWED:
      return std::string("reviewed");
    case rec::REVIEW_VERDICT_FLAGGED:
      return std::string("flagged");
    case rec::REVIEW_VERDICT_FOLLOW_UP_REQUESTED:
      return std::string("follow_up_requested");
    default:
      return std::string("unreviewed");
  }
}

bool hasAlert(const domain::RecordEnvelope& record) {
  if (record.has_visit() && record.visit().alert()) return true;
  return !validation::validate(record).alerts().empty();
}

}  // namespace

// Coordinators: the records of their offices, filtered and paged in id order.
Response listRecords(Services& services, const Request& request, const RouteContext& context) {
  const auto& principal = *context.principal;
  const std::string office(request.queryValue("office"));
  if (!office.empty() && !principal.hasOffice(office)) {
    (void)services.audit.record(
        {storage::nowMs(), "forbidden", principal.account.username, principal.device.deviceId, "records:" + office});
    return http::errorResponse(request, 403, v1::ERROR_CODE_PERMISSION_DENIED, "not a member of this office");
  }
  std::optional<int> kind;
  if (const auto name = request.queryValue("kind"); !name.empty()) {
    const auto parsed = domain::kindFromName(name);
    if (!parsed) return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "unknown kind");
    kind = *parsed;
  }
  const std::string author(request.queryValue("author"));
  const std::string site(request.queryValue("site"));
  std::optional<int> visitType;
  if (const auto name = request.queryValue("visit_type"); !name.empty()) {
    rec::VisitType parsed{};
    std::string upper = "VISIT_TYPE_";
    for (const char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!rec::VisitType_Parse(upper, &parsed)) {
      return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "unknown visit_type");
    }
    visitType = parsed;
  }
  // Creation dates, inclusive, UTC: from=2026-01-01&to=2026-03-31.
  const auto from = dayStart(request.queryValue("from"));
  const auto to = dayStart(request.queryValue("to"));
  if ((!request.queryValue("from").empty() && !from) || (!request.queryValue("to").empty() && !to)) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "from and to are YYYY-MM-DD dates");
  }
  // The verdict of a record's latest review, or "unreviewed".
  const std::string reviewStatus(request.queryValue("review_status"));
  if (!reviewStatus.empty() && reviewStatus != "unreviewed" && reviewStatus != "reviewed" &&
      reviewStatus != "flagged" && reviewStatus != "follow_up_requested") {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT,
                               "review_status is unreviewed, reviewed, flagged or follow_up_requested");
  }
  const auto conflictParam = request.queryValue("conflict");
  const bool conflictsOnly = conflictParam == "true" || conflictParam == "1";
  const auto alertParam = request.queryValue("alert");
  const bool alertsOnly = alertParam == "true" || alertParam == "1";
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

  // Read through the per-office index, one sorted stream per office in scope.
  std::vector<std::string> offices;
  if (!office.empty()) {
    offices.push_back(office);
  } else if (principal.account.role == storage::Role::Admin) {
    for (const auto& known : domain::ReferenceData::builtin().offices()) offices.push_back(known.code());
  } else {
    offices = principal.account.offices;
  }
  auto page = mergedPage(services.records, offices, pageToken, pageSize, [&](const storage::RecordMeta& meta) {
    return (!kind || meta.kind == *kind) && (author.empty() || meta.author == author) &&
           (!conflictsOnly || sync::RevisionTree(meta.nodes).inConflict());
  });
  if (!page) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");

  amparo::query::v1::ListRecordsResponse response;
  std::vector<storage::AuditEntry> reads;
  for (const auto& meta : page->records) {
    auto envelope = services.records.envelope(meta.id, sync::RevisionTree(meta.nodes).winner());
    if (!envelope || !envelope->has_value()) {
      return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    }
    const auto& record = **envelope;
    if (!site.empty() && !(record.has_visit() && record.visit().site_id() == site)) continue;
    if (visitType && !(record.has_visit() && record.visit().visit_type() == *visitType)) continue;
    const auto created = record.created_at().seconds();
    if (from && created < *from) continue;
    if (to && created >= *to + kSecondsPerDay) continue;
    if (alertsOnly && !hasAlert(record)) continue;
    if (!reviewStatus.empty()) {
      auto status = latestReviewStatus(services.records, meta.id);
      if (!status) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
      if (*status != reviewStatus) continue;
    }
    if (isAuditedRead(meta.kind)) {
      reads.push_back({storage::nowMs(), "read.record", principal.account.username, meta.id, "list"});
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
