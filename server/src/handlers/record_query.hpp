#pragma once
// The filters GET /v1/records, GET /v1/export and GET /v1/stats share, parsed
// in one place, with the offices a caller's query covers.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "amparo/domain/records.hpp"
#include "handlers/services.hpp"
#include "http/router.hpp"

namespace amparo::server::handlers {

inline constexpr std::int64_t kSecondsPerDay = 86400;

struct RecordQuery {
  // The offices read: the one asked for (checked), else every office for an
  // admin, else the caller's own.
  std::vector<std::string> offices;
  std::string office;       // as asked; empty: all in scope
  std::optional<int> kind;  // amparo.sync.v1.RecordKind (set by callers that accept kind=)
  std::string author;
  std::string site;
  std::optional<int> siteType;   // amparo.records.v1.SiteType: site_type=detention_centre
  std::optional<int> visitType;  // amparo.records.v1.VisitType: visit_type=detention
  // from=2026-01-01&to=2026-03-31: inclusive UTC days, as seconds at 00:00.
  std::optional<std::int64_t> from;
  std::optional<std::int64_t> to;
  // unreviewed, reviewed, flagged, follow_up_requested; empty: any.
  std::string reviewStatus;
  bool alertsOnly = false;
  bool conflictsOnly = false;

  // What the per-office index can decide: kind, author, conflict.
  bool acceptsMeta(const storage::RecordMeta& meta) const;
  // The rest, on the winning revision: site, visit type, creation date,
  // alert, latest review.
  storage::Result<bool> acceptsRecord(const storage::RecordStore& records, const domain::RecordEnvelope& record) const;
};

// Parses the filters and checks the office: a bad value gives a 400; an
// office outside the caller's gives a 403, audited as "forbidden" with
// "<scope>:<office>".
std::variant<RecordQuery, http::Response> parseRecordQuery(Services& services, const http::Request& request,
                                                           const auth::Principal& principal, std::string_view scope);

}  // namespace amparo::server::handlers
