#include "handlers/record_query.hpp"

#include <cctype>

#include "amparo/domain/reference_data.hpp"
#include "amparo/validation/validator.hpp"
#include "http/content.hpp"
#include "reports/stats_facts.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;
namespace rec = amparo::records::v1;

// "detention" → VISIT_TYPE_DETENTION through the enum's own parser.
template <class Enum>
bool parseLowerName(std::string_view name, std::string prefix, bool (*parse)(const std::string&, Enum*), int& out) {
  for (const char c : name) prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  Enum parsed{};
  if (!parse(prefix, &parsed)) return false;
  out = parsed;
  return true;
}

std::optional<std::int64_t> dayStart(std::string_view text) {
  const auto day = reports::dayOfIsoDate(text);
  if (day == reports::kNoDay) return std::nullopt;
  return std::int64_t{day} * kSecondsPerDay;
}

}  // namespace

std::variant<RecordQuery, http::Response> parseRecordQuery(Services& services, const http::Request& request,
                                                           const auth::Principal& principal, std::string_view scope) {
  RecordQuery query;
  query.office = std::string(request.queryValue("office"));
  if (!query.office.empty() && !principal.hasOffice(query.office)) {
    (void)services.audit.record({storage::nowMs(), "forbidden", principal.account.username, principal.device.deviceId,
                                 std::string(scope) + ":" + query.office});
    return http::errorResponse(request, 403, v1::ERROR_CODE_PERMISSION_DENIED, "not a member of this office");
  }
  query.author = std::string(request.queryValue("author"));
  query.site = std::string(request.queryValue("site"));
  if (const auto name = request.queryValue("visit_type"); !name.empty()) {
    int parsed = 0;
    if (!parseLowerName<rec::VisitType>(name, "VISIT_TYPE_", &rec::VisitType_Parse, parsed)) {
      return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "unknown visit_type");
    }
    query.visitType = parsed;
  }
  if (const auto name = request.queryValue("site_type"); !name.empty()) {
    int parsed = 0;
    if (!parseLowerName<rec::SiteType>(name, "SITE_TYPE_", &rec::SiteType_Parse, parsed)) {
      return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "unknown site_type");
    }
    query.siteType = parsed;
  }
  query.from = dayStart(request.queryValue("from"));
  query.to = dayStart(request.queryValue("to"));
  if ((!request.queryValue("from").empty() && !query.from) || (!request.queryValue("to").empty() && !query.to)) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "from and to are YYYY-MM-DD dates");
  }
  query.reviewStatus = std::string(request.queryValue("review_status"));
  if (!query.reviewStatus.empty() && !reports::reviewStatusFromName(query.reviewStatus)) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT,
                               "review_status is unreviewed, reviewed, flagged or follow_up_requested");
  }
  const auto conflict = request.queryValue("conflict");
  query.conflictsOnly = conflict == "true" || conflict == "1";
  const auto alert = request.queryValue("alert");
  query.alertsOnly = alert == "true" || alert == "1";

  if (!query.office.empty()) {
    query.offices.push_back(query.office);
  } else if (principal.account.role == storage::Role::Admin) {
    for (const auto& known : domain::ReferenceData::builtin().offices()) query.offices.push_back(known.code());
  } else {
    query.offices = principal.account.offices;
  }
  return query;
}

bool RecordQuery::acceptsMeta(const storage::RecordMeta& meta) const {
  return (!kind || meta.kind == *kind) && (author.empty() || meta.author == author) &&
         (!conflictsOnly || sync::RevisionTree(meta.nodes).inConflict());
}

storage::Result<bool> RecordQuery::acceptsRecord(const storage::RecordStore& records,
                                                 const domain::RecordEnvelope& record) const {
  if (!site.empty() && !(record.has_visit() && record.visit().site_id() == site)) return false;
  if (visitType && !(record.has_visit() && record.visit().visit_type() == *visitType)) return false;
  const auto created = record.created_at().seconds();
  if (from && created < *from) return false;
  if (to && created >= *to + kSecondsPerDay) return false;
  if (alertsOnly && !validation::raisesAlert(record)) return false;
  if (!reviewStatus.empty()) {
    auto reviews = records.reviewsOf(record.id());
    if (!reviews) return reviews.error();
    if (reports::reviewStatusName(reports::latestReviewStatus(*reviews)) != reviewStatus) return false;
  }
  return true;
}

}  // namespace amparo::server::handlers
