#include "reports/stats_facts.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "amparo/validation/validator.hpp"
#include "storage/entities.hpp"
#include "storage/key_codec.hpp"

namespace amparo::server::reports {
namespace {

namespace rec = amparo::records::v1;
namespace v1 = amparo::sync::v1;
using storage::getBytes;
using storage::getI64;
using storage::getU32;
using storage::getU8;
using storage::putBytes;
using storage::putI64;
using storage::putU32;
using storage::putU8;

constexpr std::uint8_t kFormat = 1;
constexpr std::int64_t kSecondsPerDay = 86400;

void putI32(std::string& out, std::int32_t value) {
  putU32(out, static_cast<std::uint32_t>(value));
}
bool getI32(std::string_view& in, std::int32_t& value) {
  std::uint32_t raw = 0;
  if (!getU32(in, raw)) return false;
  value = static_cast<std::int32_t>(raw);
  return true;
}
void putOptional(std::string& out, const std::optional<std::int32_t>& value) {
  putU8(out, value ? 1 : 0);
  if (value) putI32(out, *value);
}
bool getOptional(std::string_view& in, std::optional<std::int32_t>& value) {
  std::uint8_t has = 0;
  if (!getU8(in, has)) return false;
  value.reset();
  if (has == 0) return true;
  std::int32_t v = 0;
  if (!getI32(in, v)) return false;
  value = v;
  return true;
}
// Into an existing string, keeping its capacity (the aggregation decodes
// a million facts into one Fact).
bool getString(std::string_view& in, std::string& out) {
  std::uint32_t length = 0;
  if (!getU32(in, length) || in.size() < length) return false;
  out.assign(in.data(), length);
  in.remove_prefix(length);
  return true;
}
template <class E>
bool getEnum(std::string_view& in, E& out) {
  std::uint8_t raw = 0;
  if (!getU8(in, raw)) return false;
  out = static_cast<E>(raw);
  return true;
}
std::optional<std::int32_t> optional(bool has, std::int32_t value) {
  return has ? std::optional<std::int32_t>(value) : std::nullopt;
}
// A SexAgeCount's total, or the sum of its parts when the total is missing.
std::int64_t totalOf(const amparo::common::v1::SexAgeCount& count) {
  if (count.has_total()) return count.total();
  return std::int64_t{count.women()} + count.men() + count.girls() + count.boys() + count.unknown();
}

}  // namespace

std::string_view reviewStatusName(ReviewStatus status) {
  switch (status) {
    case ReviewStatus::Reviewed:
      return "reviewed";
    case ReviewStatus::Flagged:
      return "flagged";
    case ReviewStatus::FollowUpRequested:
      return "follow_up_requested";
    case ReviewStatus::Unreviewed:
      break;
  }
  return "unreviewed";
}

std::optional<ReviewStatus> reviewStatusFromName(std::string_view name) {
  for (const auto status :
       {ReviewStatus::Unreviewed, ReviewStatus::Reviewed, ReviewStatus::Flagged, ReviewStatus::FollowUpRequested}) {
    if (reviewStatusName(status) == name) return status;
  }
  return std::nullopt;
}

ReviewStatus latestReviewStatus(std::span<const domain::RecordEnvelope> reviews) {
  const domain::RecordEnvelope* latest = nullptr;
  for (const auto& review : reviews) {
    if (review.deleted()) continue;
    if (latest == nullptr || latest->created_at().seconds() < review.created_at().seconds() ||
        (latest->created_at().seconds() == review.created_at().seconds() && latest->id() < review.id())) {
      latest = &review;
    }
  }
  if (latest == nullptr) return ReviewStatus::Unreviewed;
  switch (latest->review().verdict()) {
    case rec::REVIEW_VERDICT_REVIEWED:
      return ReviewStatus::Reviewed;
    case rec::REVIEW_VERDICT_FLAGGED:
      return ReviewStatus::Flagged;
    case rec::REVIEW_VERDICT_FOLLOW_UP_REQUESTED:
      return ReviewStatus::FollowUpRequested;
    default:
      return ReviewStatus::Unreviewed;
  }
}

std::int32_t dayOf(std::int64_t secondsSinceEpoch) {
  // Floor division, so times before 1970 fall on the right day too.
  auto days = secondsSinceEpoch / kSecondsPerDay;
  if (secondsSinceEpoch % kSecondsPerDay < 0) --days;
  return static_cast<std::int32_t>(days);
}

std::int32_t dayOfTimestamp(const google::protobuf::Timestamp& timestamp) {
  if (timestamp.seconds() == 0 && timestamp.nanos() == 0) return kNoDay;
  return dayOf(timestamp.seconds());
}

std::int32_t dayOfIsoDate(std::string_view text) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return kNoDay;
  const auto number = [&](std::size_t at, std::size_t length, auto& out) {
    return std::from_chars(text.data() + at, text.data() + at + length, out).ptr == text.data() + at + length;
  };
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return kNoDay;
  const std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!date.ok()) return kNoDay;
  return static_cast<std::int32_t>(std::chrono::sys_days(date).time_since_epoch().count());
}

std::string isoDate(std::int32_t day) {
  const std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(day))};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

std::string isoMonth(std::int32_t day) {
  return isoDate(day).substr(0, 7);
}

std::int64_t peopleCovered(const domain::Screening& screening) {
  const auto& household = screening.household();
  const std::int64_t members = std::int64_t{std::max(household.adults(), 0)} + std::max(household.children(), 0);
  return std::max<std::int64_t>(members, 1);
}

bool isProjectedKind(int kind) {
  return kind == v1::RECORD_KIND_SITE || kind == v1::RECORD_KIND_VISIT || kind == v1::RECORD_KIND_SCREENING ||
         kind == v1::RECORD_KIND_REFERRAL;
}

std::optional<Fact> factOf(const domain::RecordEnvelope& winner, ReviewStatus review) {
  if (winner.deleted() || !isProjectedKind(winner.kind())) return std::nullopt;
  Fact fact;
  fact.kind = winner.kind();
  fact.author = winner.author();
  fact.review = review;
  const auto created = dayOfTimestamp(winner.created_at());
  switch (winner.body_case()) {
    case v1::RecordEnvelope::kSite:
      fact.siteType = winner.site().site_type();
      return fact;
    case v1::RecordEnvelope::kVisit: {
      const auto& visit = winner.visit();
      fact.alert = validation::raisesAlert(winner);
      fact.visitType = visit.visit_type();
      fact.siteId = visit.site_id();
      fact.day = visit.has_started_at() ? dayOfTimestamp(visit.started_at()) : created;
      fact.access = visit.access();
      fact.sessions = static_cast<std::uint32_t>(visit.information_sessions_size());
      for (const auto& session : visit.information_sessions()) fact.participants += totalOf(session.participants());
      if (visit.has_detention()) {
        const auto& d = visit.detention();
        fact.module = Fact::Module::Detention;
        fact.capacity = optional(d.has_official_capacity(), d.official_capacity());
        fact.population = optional(d.population().has_total(), d.population().total());
        fact.childrenPresent = d.population().girls() + d.population().boys();
        fact.families = optional(d.has_families_present(), d.families_present());
        fact.longestDetentionDays = optional(d.has_longest_detention_days(), d.longest_detention_days());
      } else if (visit.has_shelter()) {
        const auto& s = visit.shelter();
        fact.module = Fact::Module::Shelter;
        fact.capacity = optional(s.has_capacity(), s.capacity());
        fact.population = optional(s.occupancy().has_total(), s.occupancy().total());
        fact.refusals = optional(s.has_refusals_of_entry(), s.refusals_of_entry());
      }
      return fact;
    }
    case v1::RecordEnvelope::kScreening: {
      const auto& screening = winner.screening();
      fact.alert = validation::raisesAlert(winner);
      fact.visitId = screening.visit_id();
      fact.day = screening.has_interviewed_at() ? dayOfTimestamp(screening.interviewed_at()) : created;
      const auto& respondent = screening.respondent();
      fact.nationality = respondent.nationality();
      fact.sex = respondent.sex();
      fact.ageBand = respondent.age_band() != amparo::common::v1::AGE_BAND_UNSPECIFIED ? respondent.age_band()
                     : respondent.has_age_years() ? domain::ageBandFor(respondent.age_years())
                                                  : amparo::common::v1::AGE_BAND_UNSPECIFIED;
      fact.people = peopleCovered(screening);
      for (const auto& need : screening.specific_needs()) {
        if (need.status() == rec::SPECIFIC_NEED_STATUS_INACTIVE || need.code().empty()) continue;
        if (std::find(fact.needs.begin(), fact.needs.end(), need.code()) == fact.needs.end()) {
          fact.needs.push_back(need.code());
        }
      }
      return fact;
    }
    case v1::RecordEnvelope::kReferral: {
      const auto& referral = winner.referral();
      fact.alert = validation::raisesAlert(winner);
      fact.screeningId = referral.screening_id();
      fact.agency = referral.agency_code();
      fact.status = referral.status();
      const auto sent = dayOfIsoDate(referral.sent_on());
      fact.day = sent != kNoDay ? sent : created;
      fact.answeredDay = sent != kNoDay ? dayOfIsoDate(referral.answered_on()) : kNoDay;
      return fact;
    }
    default:
      return std::nullopt;
  }
}

std::string encodeFact(const Fact& fact) {
  std::string out;
  out.reserve(96);
  putU8(out, kFormat);
  putU8(out, static_cast<std::uint8_t>(fact.kind));
  putBytes(out, fact.author);
  putU8(out, fact.alert ? 1 : 0);
  putU8(out, static_cast<std::uint8_t>(fact.review));
  switch (fact.kind) {
    case v1::RECORD_KIND_SITE:
      putU8(out, static_cast<std::uint8_t>(fact.siteType));
      break;
    case v1::RECORD_KIND_VISIT:
      putU8(out, static_cast<std::uint8_t>(fact.visitType));
      putBytes(out, fact.siteId);
      putI32(out, fact.day);
      putU8(out, static_cast<std::uint8_t>(fact.access));
      putU32(out, fact.sessions);
      putI64(out, fact.participants);
      putU8(out, static_cast<std::uint8_t>(fact.module));
      putOptional(out, fact.capacity);
      putOptional(out, fact.population);
      putI32(out, fact.childrenPresent);
      putOptional(out, fact.families);
      putOptional(out, fact.longestDetentionDays);
      putOptional(out, fact.refusals);
      break;
    case v1::RECORD_KIND_SCREENING:
      putBytes(out, fact.visitId);
      putI32(out, fact.day);
      putBytes(out, fact.nationality);
      putU8(out, static_cast<std::uint8_t>(fact.sex));
      putU8(out, static_cast<std::uint8_t>(fact.ageBand));
      putI64(out, fact.people);
      putU32(out, static_cast<std::uint32_t>(fact.needs.size()));
      for (const auto& code : fact.needs) putBytes(out, code);
      break;
    case v1::RECORD_KIND_REFERRAL:
      putBytes(out, fact.screeningId);
      putBytes(out, fact.agency);
      putU8(out, static_cast<std::uint8_t>(fact.status));
      putI32(out, fact.day);
      putI32(out, fact.answeredDay);
      break;
    default:
      break;
  }
  return out;
}

bool decodeFact(std::string_view in, Fact& out) {
  std::uint8_t format = 0;
  std::uint8_t kind = 0;
  std::uint8_t alert = 0;
  if (!getU8(in, format) || format != kFormat || !getU8(in, kind)) return false;
  out.kind = kind;
  if (!getString(in, out.author) || !getU8(in, alert) || !getEnum(in, out.review)) return false;
  out.alert = alert != 0;
  std::uint8_t small = 0;
  switch (out.kind) {
    case v1::RECORD_KIND_SITE:
      if (!getU8(in, small)) return false;
      out.siteType = small;
      break;
    case v1::RECORD_KIND_VISIT: {
      if (!getU8(in, small)) return false;
      out.visitType = small;
      std::uint8_t access = 0;
      if (!getString(in, out.siteId) || !getI32(in, out.day) || !getU8(in, access) || !getU32(in, out.sessions) ||
          !getI64(in, out.participants) || !getEnum(in, out.module) || !getOptional(in, out.capacity) ||
          !getOptional(in, out.population) || !getI32(in, out.childrenPresent) || !getOptional(in, out.families) ||
          !getOptional(in, out.longestDetentionDays) || !getOptional(in, out.refusals)) {
        return false;
      }
      out.access = access;
      break;
    }
    case v1::RECORD_KIND_SCREENING: {
      std::uint8_t sex = 0;
      std::uint8_t band = 0;
      std::uint32_t needs = 0;
      if (!getString(in, out.visitId) || !getI32(in, out.day) || !getString(in, out.nationality) || !getU8(in, sex) ||
          !getU8(in, band) || !getI64(in, out.people) || !getU32(in, needs) || needs > in.size()) {
        return false;
      }
      out.sex = sex;
      out.ageBand = band;
      out.needs.resize(needs);
      for (auto& code : out.needs) {
        if (!getString(in, code)) return false;
      }
      break;
    }
    case v1::RECORD_KIND_REFERRAL:
      if (!getString(in, out.screeningId) || !getString(in, out.agency) || !getU8(in, small) || !getI32(in, out.day) ||
          !getI32(in, out.answeredDay)) {
        return false;
      }
      out.status = small;
      break;
    default:
      return false;
  }
  return in.empty();
}

std::string factKey(std::string_view office, int kind, std::string_view id) {
  auto key = factPrefix(office, kind);
  key.append(id);
  return key;
}

std::string factPrefix(std::string_view office, int kind) {
  std::string key = "f";
  key += storage::officeRecordPrefix(office);
  key.push_back(static_cast<char>(kind));
  return key;
}

std::string reviewStatusKey(std::string_view id) {
  std::string key = "r";
  key.append(id);
  return key;
}

}  // namespace amparo::server::reports
