#include <variant>

#include "handlers/handlers.hpp"
#include "handlers/record_query.hpp"
#include "http/content.hpp"
#include "reports/stats_service.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;

std::int32_t toDay(const std::optional<std::int64_t>& seconds) {
  return seconds ? static_cast<std::int32_t>(*seconds / kSecondsPerDay) : reports::kNoDay;
}

}  // namespace

// GET /v1/stats: figures over the winning revisions of the caller's offices
// (coordinators: their own; admins: all), with GET /v1/records' filters.
// Aggregates only, small counts of people suppressed: nothing here is a read
// of personal data, so nothing is audited but a refused office.
Response stats(Services& services, const Request& request, const RouteContext& context) {
  auto parsed = parseRecordQuery(services, request, *context.principal, "stats");
  if (auto* refused = std::get_if<Response>(&parsed)) return std::move(*refused);
  const auto& query = std::get<RecordQuery>(parsed);
  if (services.stats == nullptr) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "statistics unavailable");
  }
  reports::StatsFilter filter;
  filter.offices = query.offices;
  filter.site = query.site;
  filter.siteType = query.siteType;
  filter.visitType = query.visitType;
  filter.fromDay = toDay(query.from);
  filter.toDay = toDay(query.to);
  filter.author = query.author;
  if (!query.reviewStatus.empty()) filter.review = reports::reviewStatusFromName(query.reviewStatus);
  filter.alertsOnly = query.alertsOnly;
  auto response = services.stats->compute(filter);
  if (!response) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  return http::encodeMessage(request, *response);
}

}  // namespace amparo::server::handlers
