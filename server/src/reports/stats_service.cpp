#include "reports/stats_service.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "amparo/domain/reference_data.hpp"
#include "amparo/sync/revision.hpp"
#include "log.hpp"
#include "storage/key_codec.hpp"

namespace amparo::server::reports {
namespace {

namespace q = amparo::query::v1;
namespace rec = amparo::records::v1;
namespace v1 = amparo::sync::v1;
using storage::ColumnFamilyId;
using storage::Error;
using storage::ErrorKind;

// Feed entries per catch-up step: one synced write each.
constexpr std::size_t kPageSize = 2000;
// Keys removed per write when the facts are cleared for a rebuild.
constexpr std::size_t kClearBatch = 10000;

std::uint64_t idHash(std::string_view id) {
  return std::hash<std::string_view>{}(id);
}

// The site type a visit implies when its Site record is not among the facts read.
int siteTypeOfVisitType(int visitType) {
  switch (visitType) {
    case rec::VISIT_TYPE_BORDER:
      return rec::SITE_TYPE_BORDER_POINT;
    case rec::VISIT_TYPE_SHELTER:
      return rec::SITE_TYPE_SHELTER;
    case rec::VISIT_TYPE_DETENTION:
      return rec::SITE_TYPE_DETENTION_CENTRE;
    case rec::VISIT_TYPE_URBAN:
      return rec::SITE_TYPE_URBAN_POINT;
    case rec::VISIT_TYPE_FIELD_MISSION:
      return rec::SITE_TYPE_FIELD_MISSION;
    default:
      return rec::SITE_TYPE_UNSPECIFIED;
  }
}

std::string enumName(const google::protobuf::EnumDescriptor* descriptor, int value) {
  const auto* found = descriptor->FindValueByNumber(value);
  return found != nullptr ? found->name() : std::to_string(value);
}

void setOptional(const std::optional<std::int32_t>& value, auto&& setter) {
  if (value) setter(*value);
}

// One agency's referrals while aggregating.
struct AgencyTally {
  std::int64_t total = 0;
  std::map<std::string, std::int64_t> byStatus;  // by status name: sorted by keys
  std::int64_t answered = 0;
  std::int64_t accepted = 0;
  std::int64_t deliveryFailures = 0;
  std::vector<std::int32_t> daysToAnswer;
};

double median(std::vector<std::int32_t>& values) {
  std::sort(values.begin(), values.end());
  const auto n = values.size();
  if (n % 2 == 1) return values[n / 2];
  return (static_cast<double>(values[n / 2 - 1]) + values[n / 2]) / 2.0;
}

}  // namespace

q::CountCell peopleCell(std::int64_t count) {
  q::CountCell cell;
  if (count > 0 && count < kSuppressionThreshold) {
    cell.set_suppressed(true);
  } else {
    cell.set_count(count);
  }
  return cell;
}

q::CountCell plainCell(std::int64_t count) {
  q::CountCell cell;
  cell.set_count(count);
  return cell;
}

StatsService::StatsService(storage::Store& store, const storage::RecordStore& records)
    : m_store(store), m_records(records) {}

StatsService::~StatsService() {
  stopBackground();
}

std::uint64_t StatsService::indexedSequence() const {
  return m_indexed.load();
}

storage::Status StatsService::open() {
  std::unique_lock lock(m_mutex);
  auto version = m_store.get(ColumnFamilyId::StatsFacts, kVersionKey);
  if (!version) return version.error();
  auto sequence = m_store.get(ColumnFamilyId::StatsFacts, kSequenceKey);
  if (!sequence) return sequence.error();
  std::uint32_t stored = 0;
  std::string_view versionBytes = version->value_or("");
  std::uint64_t indexed = 0;
  if (version->has_value() && storage::getU32(versionBytes, stored) && stored == kFactsVersion &&
      sequence->has_value() && storage::parseU64Key(**sequence, indexed)) {
    m_indexed = indexed;
    return storage::okStatus();
  }
  // New, or written in another format: clear and index the feed from the start.
  std::vector<std::string> keys;
  auto status = m_store.scan(
      ColumnFamilyId::StatsFacts, {}, {},
      [&](std::string_view key, std::string_view) {
        keys.emplace_back(key);
        return true;
      },
      false);
  if (!status) return status.error();
  for (std::size_t at = 0; at < keys.size(); at += kClearBatch) {
    auto batch = m_store.batch();
    for (std::size_t i = at; i < std::min(keys.size(), at + kClearBatch); ++i) {
      batch.remove(ColumnFamilyId::StatsFacts, keys[i]);
    }
    if (auto written = m_store.write(batch); !written) return written.error();
  }
  auto batch = m_store.batch();
  std::string versionValue;
  storage::putU32(versionValue, kFactsVersion);
  batch.put(ColumnFamilyId::StatsFacts, kVersionKey, versionValue);
  batch.put(ColumnFamilyId::StatsFacts, kSequenceKey, storage::u64Key(0));
  if (auto written = m_store.write(batch); !written) return written.error();
  m_indexed = 0;
  if (!keys.empty()) logEvent("stats.rebuild", {{"cleared", std::to_string(keys.size())}});
  return storage::okStatus();
}

storage::Result<std::uint64_t> StatsService::catchUp() {
  const auto everything = [](const storage::ChangeEntry&) { return true; };
  for (;;) {
    std::unique_lock lock(m_mutex);
    const auto after = m_indexed.load();
    if (m_records.lastSequence() <= after) return after;
    auto page = m_records.changesSince(after, kPageSize, everything, kPageSize);
    if (!page) return page.error();
    if (page->lastSequence <= after) return after;
    if (auto status = indexPage(*page); !status) return status.error();
    m_indexed = page->lastSequence;
    if (!page->hasMore || m_stopRequested) return page->lastSequence;
  }
}

// Writes the facts of every record the page touched, as of its winning
// revision now, and the page's last sequence, in one batch. Reviews update
// their target's review status.
storage::Status StatsService::indexPage(const storage::ChangePage& page) {
  // What this batch will write (nullopt: remove), read before the store so a
  // review sees a fact staged earlier in the same page.
  std::unordered_map<std::string, std::optional<std::string>> staged;
  const auto read = [&](const std::string& key) -> storage::Result<std::optional<std::string>> {
    if (const auto found = staged.find(key); found != staged.end()) return found->second;
    return m_store.get(ColumnFamilyId::StatsFacts, key);
  };
  const auto reviewOf = [&](std::string_view id) -> storage::Result<ReviewStatus> {
    auto value = read(reviewStatusKey(id));
    if (!value) return value.error();
    if (!value->has_value() || (*value)->size() != 1) return ReviewStatus::Unreviewed;
    return static_cast<ReviewStatus>((**value)[0]);
  };

  // The last feed entry of each record: the winner is looked up once per record.
  std::unordered_map<std::string_view, const domain::RecordEnvelope*> touched;
  std::vector<const domain::RecordEnvelope*> order;
  for (const auto& record : page.records) {
    auto [it, inserted] = touched.try_emplace(record.id(), &record);
    if (inserted) {
      order.push_back(&record);
    } else {
      it->second = &record;
    }
  }
  std::set<std::string> reviewTargets;
  for (const auto* first : order) {
    const auto* fromFeed = touched.at(first->id());
    const auto& id = fromFeed->id();
    auto meta = m_records.meta(id);
    if (!meta) return meta.error();
    if (!meta->has_value()) return Error{ErrorKind::Corruption, "stats: feed names a missing record"};
    const auto winnerRevision = sync::RevisionTree((*meta)->nodes).winner();
    const domain::RecordEnvelope* winner = fromFeed;
    std::optional<domain::RecordEnvelope> loaded;
    if (fromFeed->revision() != winnerRevision) {
      auto stored = m_records.envelope(id, winnerRevision);
      if (!stored) return stored.error();
      if (!stored->has_value()) return Error{ErrorKind::Corruption, "stats: winning revision missing"};
      loaded = std::move(**stored);
      winner = &*loaded;
    }
    const int kind = (*meta)->kind;
    if (kind == v1::RECORD_KIND_REVIEW) {
      reviewTargets.insert(winner->review().target_record_id());
      reviewTargets.insert(fromFeed->review().target_record_id());
      continue;
    }
    if (!isProjectedKind(kind)) continue;
    auto review = reviewOf(id);
    if (!review) return review.error();
    const auto fact = factOf(*winner, *review);
    staged[factKey((*meta)->officeCode, kind, id)] = fact ? std::optional(encodeFact(*fact)) : std::nullopt;
  }

  for (const auto& target : reviewTargets) {
    if (target.empty()) continue;
    auto reviews = m_records.reviewsOf(target);
    if (!reviews) return reviews.error();
    const auto status = latestReviewStatus(*reviews);
    staged[reviewStatusKey(target)] =
        status == ReviewStatus::Unreviewed
            ? std::nullopt
            : std::optional(std::string(1, static_cast<char>(static_cast<std::uint8_t>(status))));
    auto meta = m_records.meta(target);
    if (!meta) return meta.error();
    if (!meta->has_value() || !isProjectedKind((*meta)->kind)) continue;
    const auto key = factKey((*meta)->officeCode, (*meta)->kind, target);
    auto value = read(key);
    if (!value) return value.error();
    if (!value->has_value()) continue;  // deleted, or indexed later with its status
    Fact fact;
    if (!decodeFact(**value, fact)) return Error{ErrorKind::Corruption, "stats: malformed fact"};
    fact.review = status;
    staged[key] = encodeFact(fact);
  }

  auto batch = m_store.batch();
  for (const auto& [key, value] : staged) {
    if (value) {
      batch.put(ColumnFamilyId::StatsFacts, key, *value);
    } else {
      batch.remove(ColumnFamilyId::StatsFacts, key);
    }
  }
  batch.put(ColumnFamilyId::StatsFacts, kSequenceKey, storage::u64Key(page.lastSequence));
  return m_store.write(batch);
}

storage::Result<q::StatsResponse> StatsService::compute(const StatsFilter& filter) {
  auto indexed = catchUp();
  if (!indexed) return indexed.error();
  std::shared_lock lock(m_mutex);
  auto response = aggregate(filter);
  if (response) response->set_as_of_sequence(m_indexed.load());
  return response;
}

storage::Result<q::StatsResponse> StatsService::aggregate(const StatsFilter& f) const {
  const bool contextFiltered = !f.site.empty() || f.siteType || f.visitType || f.fromDay != kNoDay || f.toDay != kNoDay;
  const auto dayPasses = [&](std::int32_t day) {
    if (f.fromDay != kNoDay && (day == kNoDay || day < f.fromDay)) return false;
    if (f.toDay != kNoDay && (day == kNoDay || day > f.toDay)) return false;
    return true;
  };
  // A record without a known visit has no site, site type or visit type.
  const auto unknownVisitPasses = [&](std::int32_t day) {
    return f.site.empty() && !f.siteType && !f.visitType && dayPasses(day);
  };
  const auto ownPasses = [&](const Fact& fact) {
    return (f.author.empty() || fact.author == f.author) && (!f.review || fact.review == *f.review) &&
           (!f.alertsOnly || fact.alert);
  };

  Fact fact;
  std::optional<Error> failure;
  // Visits every fact of one kind in the filter's offices; `visit` gets the id.
  const auto scanKind = [&](int kind, const std::function<void(std::string_view id)>& visit) -> storage::Status {
    for (const auto& office : f.offices) {
      const auto prefix = factPrefix(office, kind);
      auto status = m_store.scan(
          ColumnFamilyId::StatsFacts, prefix, storage::prefixSuccessor(prefix),
          [&](std::string_view key, std::string_view value) {
            if (!decodeFact(value, fact) || fact.kind != kind) {
              failure = Error{ErrorKind::Corruption, "stats: malformed fact"};
              return false;
            }
            visit(key.substr(prefix.size()));
            return true;
          },
          false);
      if (!status) return status.error();
      if (failure) return *failure;
    }
    return storage::okStatus();
  };

  q::StatsResponse response;
  response.set_suppression_threshold(static_cast<std::int32_t>(kSuppressionThreshold));
  std::int64_t considered = 0;
  std::int64_t openAlerts = 0;
  // Day → visits, screenings; folded into months at the end (a few hundred
  // days, rather than formatting a date per record).
  std::unordered_map<std::int32_t, std::pair<std::int64_t, std::int64_t>> trendByDay;
  const auto countAlert = [&](const Fact& counted) {
    if (counted.alert && counted.review == ReviewStatus::Unreviewed) ++openAlerts;
  };

  // Sites: their type, for the site_type filter.
  std::unordered_map<std::string, int> siteTypes;
  if (auto status =
          scanKind(v1::RECORD_KIND_SITE, [&](std::string_view id) { siteTypes[std::string(id)] = fact.siteType; });
      !status) {
    return status.error();
  }

  // Visits.
  struct VisitContext {
    bool passes = false;
    std::int32_t day = kNoDay;
  };
  std::unordered_map<std::uint64_t, VisitContext> visits;
  std::map<std::string, std::int64_t> visitsByType;
  std::int64_t visitCount = 0;
  std::int64_t accessDenied = 0;
  std::int64_t sessions = 0;
  std::int64_t participants = 0;
  std::vector<q::DetentionPoint> detention;
  std::vector<q::ShelterPoint> shelters;
  auto status = scanKind(v1::RECORD_KIND_VISIT, [&](std::string_view id) {
    const auto site = siteTypes.find(fact.siteId);
    const int siteType = site != siteTypes.end() ? site->second : siteTypeOfVisitType(fact.visitType);
    const bool passes = (f.site.empty() || fact.siteId == f.site) && (!f.siteType || siteType == *f.siteType) &&
                        (!f.visitType || fact.visitType == *f.visitType) && dayPasses(fact.day);
    visits[idHash(id)] = {passes, fact.day};
    if (!passes || !ownPasses(fact)) return;
    ++considered;
    ++visitCount;
    countAlert(fact);
    ++visitsByType[enumName(rec::VisitType_descriptor(), fact.visitType)];
    if (fact.access == rec::ACCESS_OBTAINED_DENIED) ++accessDenied;
    sessions += fact.sessions;
    participants += fact.participants;
    if (fact.day != kNoDay) ++trendByDay[fact.day].first;
    const auto date = fact.day != kNoDay ? isoDate(fact.day) : std::string();
    if (fact.module == Fact::Module::Detention) {
      auto& point = detention.emplace_back();
      point.set_site_id(fact.siteId);
      point.set_visit_id(std::string(id));
      point.set_date(date);
      setOptional(fact.capacity, [&](std::int32_t v) { point.set_capacity(v); });
      setOptional(fact.population, [&](std::int32_t v) { point.set_population(v); });
      point.set_children_present(fact.childrenPresent);
      setOptional(fact.families, [&](std::int32_t v) { point.set_families_present(v); });
      setOptional(fact.longestDetentionDays, [&](std::int32_t v) { point.set_longest_detention_days(v); });
      point.set_alert(fact.childrenPresent > 0);
    } else if (fact.module == Fact::Module::Shelter) {
      auto& point = shelters.emplace_back();
      point.set_site_id(fact.siteId);
      point.set_visit_id(std::string(id));
      point.set_date(date);
      setOptional(fact.capacity, [&](std::int32_t v) { point.set_capacity(v); });
      setOptional(fact.population, [&](std::int32_t v) { point.set_occupancy(v); });
      setOptional(fact.refusals, [&](std::int32_t v) { point.set_refusals_of_entry(v); });
    }
  });
  if (!status) return status.error();

  // Screenings some referral names: only their context is kept for the join
  // (a few percent of them, rather than a map of every screening).
  std::unordered_map<std::uint64_t, std::optional<bool>> referred;
  if (contextFiltered) {
    if (auto scanned =
            scanKind(v1::RECORD_KIND_REFERRAL, [&](std::string_view) { referred[idHash(fact.screeningId)]; });
        !scanned) {
      return scanned.error();
    }
  }

  // Screenings: people, needs. Their context (site, types, date) is their visit's.
  std::unordered_map<std::string, std::int64_t> people;  // nationality '\0' sex band → respondents
  struct NeedTally {
    std::int64_t people = 0;
    std::string category;  // from the reference table, looked up once per code
  };
  std::unordered_map<std::string, NeedTally> needs;  // code → people with it
  std::int64_t screeningCount = 0;
  std::int64_t peopleCovered = 0;
  std::int64_t separatedChildren = 0;
  std::string cellKey;
  const auto& reference = domain::ReferenceData::builtin();
  status = scanKind(v1::RECORD_KIND_SCREENING, [&](std::string_view id) {
    const auto visit = visits.find(idHash(fact.visitId));
    const VisitContext context =
        visit != visits.end() ? visit->second : VisitContext{unknownVisitPasses(fact.day), fact.day};
    if (!referred.empty()) {
      if (const auto named = referred.find(idHash(id)); named != referred.end()) named->second = context.passes;
    }
    if (!context.passes || !ownPasses(fact)) return;
    ++considered;
    ++screeningCount;
    countAlert(fact);
    peopleCovered += fact.people;
    if (context.day != kNoDay) ++trendByDay[context.day].second;
    cellKey.assign(fact.nationality);
    cellKey.push_back('\0');
    cellKey.push_back(static_cast<char>(fact.sex));
    cellKey.push_back(static_cast<char>(fact.ageBand));
    if (auto found = people.find(cellKey); found != people.end()) {
      ++found->second;
    } else {
      people.emplace(cellKey, 1);
    }
    bool separated = false;
    for (const auto& code : fact.needs) {
      auto found = needs.find(code);
      if (found == needs.end()) {
        const auto* known = reference.findSpecificNeed(code);
        found = needs.emplace(code, NeedTally{0, known != nullptr ? known->category() : std::string()}).first;
      }
      ++found->second.people;
      if (found->second.category == "SC") separated = true;
    }
    if (separated) ++separatedChildren;
  });
  if (!status) return status.error();

  // Referrals, by agency; their context is their screening's.
  std::map<std::string, AgencyTally> agencies;
  status = scanKind(v1::RECORD_KIND_REFERRAL, [&](std::string_view) {
    if (contextFiltered) {
      const auto screening = referred.find(idHash(fact.screeningId));
      const bool passes =
          screening != referred.end() && screening->second ? *screening->second : unknownVisitPasses(fact.day);
      if (!passes) return;
    }
    if (!ownPasses(fact)) return;
    ++considered;
    countAlert(fact);
    auto& tally = agencies[fact.agency];
    ++tally.total;
    ++tally.byStatus[enumName(rec::ReferralStatus_descriptor(), fact.status)];
    switch (fact.status) {
      case rec::REFERRAL_STATUS_ACCEPTED:
      case rec::REFERRAL_STATUS_IN_PROGRESS:
      case rec::REFERRAL_STATUS_CLOSED:
        ++tally.accepted;
        ++tally.answered;
        break;
      case rec::REFERRAL_STATUS_REJECTED:
        ++tally.answered;
        break;
      case rec::REFERRAL_STATUS_DELIVERY_FAILED:
        ++tally.deliveryFailures;
        break;
      default:
        break;
    }
    if (fact.day != kNoDay && fact.answeredDay != kNoDay && fact.answeredDay >= fact.day) {
      tally.daysToAnswer.push_back(fact.answeredDay - fact.day);
    }
  });
  if (!status) return status.error();

  // Figures out, people suppressed.
  auto& activity = *response.mutable_activity();
  activity.set_visits(visitCount);
  activity.set_access_denied(accessDenied);
  activity.set_screenings(screeningCount);
  *activity.mutable_people_covered() = peopleCell(peopleCovered);
  activity.set_information_sessions(sessions);
  *activity.mutable_information_participants() = peopleCell(participants);
  *activity.mutable_unaccompanied_or_separated_children() = peopleCell(separatedChildren);

  auto& byType = *response.mutable_visits_by_type();
  byType.add_dimensions("visit_type");
  for (const auto& [name, count] : visitsByType) {
    auto& cell = *byType.add_cells() = plainCell(count);
    cell.add_keys(name);
  }

  auto& byPerson = *response.mutable_people_by_nationality_sex_age();
  for (const auto* dimension : {"nationality", "sex", "age_band"}) byPerson.add_dimensions(dimension);
  std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> sortedPeople;
  for (const auto& [key, count] : people) {
    const auto split = key.find('\0');
    const int sex = static_cast<unsigned char>(key[split + 1]);
    const int band = static_cast<unsigned char>(key[split + 2]);
    sortedPeople[{key.substr(0, split), enumName(amparo::common::v1::Sex_descriptor(), sex),
                  enumName(amparo::common::v1::AgeBand_descriptor(), band)}] += count;
  }
  for (const auto& [keys, count] : sortedPeople) {
    auto& cell = *byPerson.add_cells() = peopleCell(count);
    cell.add_keys(std::get<0>(keys));
    cell.add_keys(std::get<1>(keys));
    cell.add_keys(std::get<2>(keys));
  }

  auto& byNeed = *response.mutable_specific_needs();
  byNeed.add_dimensions("category");
  byNeed.add_dimensions("code");
  std::map<std::pair<std::string, std::string>, std::int64_t> sortedNeeds;
  for (const auto& [code, tally] : needs) sortedNeeds[{tally.category, code}] += tally.people;
  for (const auto& [keys, count] : sortedNeeds) {
    auto& cell = *byNeed.add_cells() = peopleCell(count);
    cell.add_keys(keys.first);
    cell.add_keys(keys.second);
  }

  for (auto& [code, tally] : agencies) {
    auto& out = *response.add_referrals();
    out.set_agency_code(code);
    *out.mutable_total() = peopleCell(tally.total);
    for (const auto& [name, count] : tally.byStatus) {
      auto& cell = *out.add_by_status() = peopleCell(count);
      cell.add_keys(name);
    }
    // Rates and medians over fewer than the threshold would tell small counts.
    if (tally.answered >= kSuppressionThreshold) {
      out.set_acceptance_rate(static_cast<double>(tally.accepted) / static_cast<double>(tally.answered));
    }
    if (static_cast<std::int64_t>(tally.daysToAnswer.size()) >= kSuppressionThreshold) {
      out.set_median_days_to_answer(median(tally.daysToAnswer));
    }
    *out.mutable_delivery_failures() = peopleCell(tally.deliveryFailures);
  }

  const auto bySiteThenDate = [](const auto& a, const auto& b) {
    return std::tie(a.site_id(), a.date(), a.visit_id()) < std::tie(b.site_id(), b.date(), b.visit_id());
  };
  std::sort(detention.begin(), detention.end(), bySiteThenDate);
  std::sort(shelters.begin(), shelters.end(), bySiteThenDate);
  for (auto& point : detention) *response.add_detention() = std::move(point);
  for (auto& point : shelters) *response.add_shelters() = std::move(point);
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> trend;  // "2026-03" → visits, screenings
  for (const auto& [day, counts] : trendByDay) {
    auto& month = trend[isoMonth(day)];
    month.first += counts.first;
    month.second += counts.second;
  }
  for (const auto& [period, counts] : trend) {
    auto& point = *response.add_trend();
    point.set_period(period);
    point.set_visits(counts.first);
    point.set_screenings(counts.second);
  }
  response.set_open_alerts(openAlerts);
  response.set_records_considered(considered);
  return response;
}

void StatsService::startBackground(std::chrono::milliseconds interval) {
  if (m_background.joinable()) return;
  m_stopping = false;
  m_stopRequested = false;
  m_background = std::thread([this, interval] {
    std::unique_lock lock(m_backgroundMutex);
    while (!m_stopping) {
      lock.unlock();
      if (m_records.lastSequence() > indexedSequence()) {
        if (auto done = catchUp(); !done) logEvent("stats.catch_up_failed", {{"error", done.error().message}});
      }
      lock.lock();
      m_backgroundWake.wait_for(lock, interval, [this] { return m_stopping; });
    }
  });
}

void StatsService::stopBackground() {
  m_stopRequested = true;
  {
    std::lock_guard lock(m_backgroundMutex);
    m_stopping = true;
  }
  m_backgroundWake.notify_all();
  if (m_background.joinable()) m_background.join();
}

}  // namespace amparo::server::reports
