#pragma once
// The statistics projection: per record, the few fields GET /v1/stats needs,
// in a compact binary form (StatsFacts column family). Built from the winning
// revision of each record; no names, contacts or narratives, only codes,
// counts and dates.
//
// StatsFacts keys:
//   "f" lp(office) kind(u8) record-id → Fact   (an office's facts, sites first,
//                                               then visits, screenings, referrals)
//   "r" record-id → ReviewStatus (u8)          (reviewed records only)
//   "m:version" → u32, "m:sequence" → u64      (format, last indexed feed sequence)

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "amparo/domain/records.hpp"

namespace amparo::server::reports {

// The verdict of a record's latest review; the review_status filter's values.
enum class ReviewStatus : std::uint8_t { Unreviewed = 0, Reviewed = 1, Flagged = 2, FollowUpRequested = 3 };
// "unreviewed", "reviewed", "flagged", "follow_up_requested".
std::string_view reviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(std::string_view name);
// The verdict of the most recent live review (by creation time, then id).
ReviewStatus latestReviewStatus(std::span<const domain::RecordEnvelope> reviews);

// Days since 1970-01-01 (UTC); kNoDay when unknown.
inline constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min();
std::int32_t dayOf(std::int64_t secondsSinceEpoch);
std::int32_t dayOfTimestamp(const google::protobuf::Timestamp& timestamp);  // kNoDay when unset
std::int32_t dayOfIsoDate(std::string_view isoDate);                        // "YYYY-MM-DD", else kNoDay
std::string isoDate(std::int32_t day);                                      // "YYYY-MM-DD"
std::string isoMonth(std::int32_t day);                                     // "YYYY-MM"

// People a screening covers: the household on the move, which counts the
// respondent (PM B05/B06: adults and children of the group, the respondent
// included), and at least the respondent.
std::int64_t peopleCovered(const domain::Screening& screening);

// What stats need of one record. Fields are grouped by kind; the others stay
// at their defaults and are not encoded.
struct Fact {
  int kind = 0;  // amparo.sync.v1.RecordKind
  std::string author;
  bool alert = false;
  ReviewStatus review = ReviewStatus::Unreviewed;

  // Site
  int siteType = 0;  // amparo.records.v1.SiteType

  // Visit
  int visitType = 0;  // amparo.records.v1.VisitType
  std::string siteId;
  std::int32_t day = kNoDay;  // visit: start; screening: interview; referral: sent_on (else creation)
  int access = 0;             // amparo.records.v1.AccessObtained
  std::uint32_t sessions = 0;
  std::int64_t participants = 0;
  enum class Module : std::uint8_t { None = 0, Detention = 1, Shelter = 2 };
  Module module = Module::None;
  std::optional<std::int32_t> capacity;
  std::optional<std::int32_t> population;  // detention: population.total; shelter: occupancy.total
  std::int32_t childrenPresent = 0;        // detention: girls + boys
  std::optional<std::int32_t> families;
  std::optional<std::int32_t> longestDetentionDays;
  std::optional<std::int32_t> refusals;

  // Screening
  std::string visitId;
  std::string nationality;  // ISO 3166 alpha-3, empty when not recorded
  int sex = 0;              // amparo.common.v1.Sex
  int ageBand = 0;          // amparo.common.v1.AgeBand
  std::int64_t people = 0;
  std::vector<std::string> needs;  // active specific-needs codes, each once

  // Referral
  std::string screeningId;
  std::string agency;
  int status = 0;  // amparo.records.v1.ReferralStatus
  std::int32_t answeredDay = kNoDay;
};

// Kinds the projection keeps (site, visit, screening, referral).
bool isProjectedKind(int kind);

// The fact of a live winning revision; nullopt for tombstones and kinds not kept.
std::optional<Fact> factOf(const domain::RecordEnvelope& winner, ReviewStatus review);

std::string encodeFact(const Fact& fact);
// Decodes into `out`, reusing its buffers; false on malformed bytes.
bool decodeFact(std::string_view bytes, Fact& out);

std::string factKey(std::string_view office, int kind, std::string_view id);
// Every fact of one kind of one office.
std::string factPrefix(std::string_view office, int kind);
std::string reviewStatusKey(std::string_view id);
inline constexpr std::string_view kVersionKey = "m:version";
inline constexpr std::string_view kSequenceKey = "m:sequence";
// Bumped when the encoding or the meaning of a fact changes: the projection is
// then rebuilt from the feed.
inline constexpr std::uint32_t kFactsVersion = 1;

}  // namespace amparo::server::reports
