#include "demo_activity.hpp"

#include <google/protobuf/util/time_util.h>

#include <array>
#include <cstdio>
#include <random>
#include <string>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"

namespace amparo::server {
namespace {

namespace rec = amparo::records::v1;
namespace cmn = amparo::common::v1;
namespace v1 = amparo::sync::v1;
using google::protobuf::util::TimeUtil;
using Clock = std::chrono::system_clock;

constexpr int kVisitsPerSite = 6;  // over the last six months

// Nationalities seen at Mexico's southern border, weighted roughly like 2024.
constexpr std::array<std::pair<const char*, int>, 9> kNationalities = {{
    {"HND", 26}, {"GTM", 14}, {"VEN", 16}, {"SLV", 8}, {"HTI", 10}, {"CUB", 10}, {"NIC", 6}, {"ECU", 5}, {"COL", 5}}};

constexpr std::array<const char*, 12> kNeedCodes = {"SC-UC", "SC-SC", "WR-WR", "WR-SF", "SP-PT", "SM-MI",
                                                    "LP-DA", "LP-RR", "TR-PI", "SV-GM", "CR-CS", "DS-PM"};

constexpr std::array<const char*, 5> kAgencies = {"COMAR", "DIF", "CNDH", "ACNUR", "MSF"};

class Generator {
public:
  Generator(Clock::time_point now) : m_now(now) {}

  std::vector<domain::RecordEnvelope> run(const std::vector<domain::RecordEnvelope>& sites) {
    for (const auto& site : sites) {
      const auto office = site.office_code();
      // Two offices get activity: the demo coordinator's (Tapachula and Tenosique).
      if (office != "TAP" && office != "TEN") continue;
      const std::string author = office == "TAP" ? "demo-monitor" : "demo-monitor-ten";
      for (int i = 0; i < kVisitsPerSite; ++i) {
        const int daysAgo = 5 + i * 30 + pick(0, 20);
        visit(site, author, m_now - std::chrono::hours(24 * daysAgo) - std::chrono::hours(pick(0, 6)));
      }
    }
    return std::move(m_records);
  }

private:
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
  bool chance(int percent) { return pick(1, 100) <= percent; }

  const char* nationality() {
    int total = 0;
    for (const auto& [code, weight] : kNationalities) total += weight;
    int roll = pick(1, total);
    for (const auto& [code, weight] : kNationalities) {
      if ((roll -= weight) <= 0) return code;
    }
    return kNationalities.front().first;
  }

  domain::RecordEnvelope envelope(v1::RecordKind kind, const std::string& office, const std::string& author,
                                  Clock::time_point at) {
    domain::RecordEnvelope out;
    out.set_id(m_ids.next(at));
    out.set_kind(kind);
    out.set_author(author);
    out.set_device_id(author == "demo-monitor" ? "demo-tablet-tap" : "demo-tablet-ten");
    out.set_office_code(office);
    *out.mutable_created_at() = timestamp(at);
    *out.mutable_modified_at() = timestamp(at);
    return out;
  }

  static google::protobuf::Timestamp timestamp(Clock::time_point at) {
    return TimeUtil::MillisecondsToTimestamp(
        std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count());
  }

  static std::string isoDate(Clock::time_point at) {
    const auto days = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::year_month_day ymd{days};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
  }

  void finish(domain::RecordEnvelope& record) {
    record.set_data_class(domain::defaultDataClass(record));
    sync::seal(record);
    m_records.push_back(record);
  }

  void visit(const domain::RecordEnvelope& site, const std::string& author, Clock::time_point start) {
    auto record = envelope(v1::RECORD_KIND_VISIT, site.office_code(), author, start + std::chrono::hours(5));
    auto& visit = *record.mutable_visit();
    const auto type = site.site().site_type();
    visit.set_site_id(site.id());
    *visit.mutable_started_at() = timestamp(start);
    *visit.mutable_ended_at() = timestamp(start + std::chrono::hours(4));
    *visit.mutable_location() = site.site().location();
    const bool denied = site.site().access_regime() == rec::ACCESS_REGIME_DENIED || chance(8);
    visit.set_access(denied ? rec::ACCESS_OBTAINED_DENIED
                            : (chance(25) ? rec::ACCESS_OBTAINED_PARTIAL : rec::ACCESS_OBTAINED_YES));
    if (denied) visit.set_access_denied_reason("El personal de guardia no permitió el ingreso sin oficio de la delegación.");
    bool alert = denied;
    switch (type) {
      case rec::SITE_TYPE_DETENTION_CENTRE: {
        visit.set_visit_type(rec::VISIT_TYPE_DETENTION);
        if (denied) break;
        auto& detention = *visit.mutable_detention();
        detention.set_legal_basis("Presentación ante el INM (arts. 99 y 111 de la Ley de Migración)");
        const int capacity = site.site().has_official_capacity() ? site.site().official_capacity() : 300;
        detention.set_official_capacity(capacity);
        auto& population = *detention.mutable_population();
        const int total = capacity * pick(55, 115) / 100;
        const int girls = chance(30) ? pick(1, 4) : 0;
        const int boys = chance(30) ? pick(1, 3) : 0;
        population.set_girls(girls);
        population.set_boys(boys);
        population.set_women(total / 4);
        population.set_men(total - total / 4 - girls - boys);
        population.set_unknown(0);
        population.set_total(total);
        detention.add_main_nationalities("HND");
        detention.add_main_nationalities("GTM");
        detention.add_main_nationalities("VEN");
        detention.set_families_present(girls + boys > 0 ? pick(1, 3) : 0);
        detention.set_longest_detention_days(pick(12, 60));
        detention.set_asylum_information_displayed(chance(60));
        detention.set_comar_access(chance(70));
        detention.add_concerns(rec::DETENTION_CONCERN_OVERCROWDING);
        if (girls + boys > 0) alert = true;  // no children in detention since 2020
        break;
      }
      case rec::SITE_TYPE_SHELTER: {
        visit.set_visit_type(rec::VISIT_TYPE_SHELTER);
        auto& shelter = *visit.mutable_shelter();
        const int capacity = site.site().has_official_capacity() ? site.site().official_capacity() : 100;
        shelter.set_capacity(capacity);
        const int occupancy = capacity * pick(60, 140) / 100;
        shelter.mutable_occupancy()->set_total(occupancy);
        shelter.set_unaccompanied_children(pick(0, 6));
        shelter.set_families(pick(3, 20));
        shelter.set_refusals_of_entry(occupancy > capacity ? pick(2, 25) : 0);
        if (occupancy > capacity) shelter.set_refusal_reasons("Cupo lleno");
        shelter.add_services(rec::SHELTER_SERVICE_LODGING);
        shelter.add_services(rec::SHELTER_SERVICE_FOOD);
        if (chance(50)) shelter.add_service_gaps(rec::SHELTER_SERVICE_PSYCHOSOCIAL);
        break;
      }
      case rec::SITE_TYPE_BORDER_POINT: {
        visit.set_visit_type(rec::VISIT_TYPE_BORDER);
        if (denied) break;
        auto& border = *visit.mutable_border();
        border.set_direction(rec::MOVEMENT_DIRECTION_NORTHBOUND);
        border.set_individuals(pick(40, 400));
        border.set_family_groups(pick(3, 30));
        border.set_unaccompanied_children(pick(0, 8));
        border.add_crossing_methods(chance(60) ? rec::CROSSING_METHOD_RAFT : rec::CROSSING_METHOD_FORMAL_CROSSING);
        border.add_authorities_present(rec::AUTHORITY_INM);
        if (chance(50)) border.add_authorities_present(rec::AUTHORITY_GUARDIA_NACIONAL);
        if (chance(20)) border.add_observations(rec::BORDER_OBSERVATION_EXTORTION);
        break;
      }
      default:
        visit.set_visit_type(rec::VISIT_TYPE_URBAN);
        break;
    }
    const int screenings = denied ? 0 : pick(2, 9);
    visit.set_people_interviewed(screenings);
    if (!denied && chance(60)) {
      auto& session = *visit.add_information_sessions();
      session.add_topics(rec::INFORMATION_TOPIC_RIGHT_TO_ASYLUM);
      session.add_topics(rec::INFORMATION_TOPIC_COMAR_PROCEDURE);
      session.mutable_participants()->set_total(pick(8, 40));
    }
    visit.set_narrative(denied ? "Sin acceso; se documentó la negativa." : "Visita de monitoreo de rutina.");
    visit.set_alert(alert);
    finish(record);
    const auto visitId = record.id();
    for (int i = 0; i < screenings; ++i) {
      screening(visitId, site.office_code(), author, start + std::chrono::minutes(20 + 25 * i));
    }
  }

  void screening(const std::string& visitId, const std::string& office, const std::string& author,
                 Clock::time_point at) {
    auto record = envelope(v1::RECORD_KIND_SCREENING, office, author, at + std::chrono::minutes(20));
    auto& screening = *record.mutable_screening();
    screening.set_visit_id(visitId);
    screening.set_mode(rec::SCREENING_MODE_ANONYMOUS);
    auto& consent = *screening.add_consents();
    consent.set_purpose(rec::CONSENT_PURPOSE_INTERVIEW);
    consent.set_given(true);
    *consent.mutable_recorded_at() = timestamp(at);
    *screening.mutable_interviewed_at() = timestamp(at + std::chrono::minutes(1));
    auto& respondent = *screening.mutable_respondent();
    const bool child = chance(12);
    if (child) {
      // A child's own assent, and the best-interests path for those alone.
      screening.set_legal_basis(rec::LEGAL_BASIS_BEST_INTERESTS);
      auto& assent = *screening.add_consents();
      assent.set_purpose(rec::CONSENT_PURPOSE_CHILD_ASSENT);
      assent.set_given(true);
      *assent.mutable_recorded_at() = timestamp(at);
    }
    respondent.set_sex(chance(45) ? cmn::SEX_FEMALE : cmn::SEX_MALE);
    const int age = child ? pick(13, 17) : (chance(8) ? pick(60, 72) : pick(18, 55));
    respondent.set_age_band(domain::ageBandFor(age));
    const char* country = nationality();
    respondent.set_nationality(country);
    respondent.set_habitual_residence(country);
    respondent.add_languages(std::string(country) == "HTI" ? "hat" : "spa");
    auto& household = *screening.mutable_household();
    const bool family = !child && chance(45);
    household.set_travel_mode(family ? rec::TRAVEL_MODE_WITH_FAMILY
                                     : (chance(40) ? rec::TRAVEL_MODE_WITH_GROUP : rec::TRAVEL_MODE_ALONE));
    household.set_adults(family ? pick(1, 2) : (child ? 0 : 1));
    if (family) household.set_children(pick(1, 4));
    screening.add_flight_reasons(chance(50) ? rec::FLIGHT_REASON_THREATS : rec::FLIGHT_REASON_GENERAL_VIOLENCE);
    auto& intentions = *screening.mutable_intentions();
    intentions.set_destination_country(chance(55) ? "USA" : "MEX");
    intentions.set_risk_if_returned(chance(70) ? cmn::ANSWER_YES : cmn::ANSWER_DOES_NOT_KNOW);
    intentions.set_intends_to_seek_asylum(chance(50) ? cmn::ANSWER_YES : cmn::ANSWER_NO);
    const std::string identified = isoDate(at);
    std::vector<std::string> codes;
    if (child) codes.push_back(chance(70) ? "SC-UC" : "SC-SC");
    for (int n = pick(0, 2); n > 0; --n) {
      const std::string code = kNeedCodes[static_cast<std::size_t>(pick(2, static_cast<int>(kNeedCodes.size()) - 1))];
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
    for (const auto& code : codes) {
      auto& need = *screening.add_specific_needs();
      need.set_code(code);
      need.set_status(rec::SPECIFIC_NEED_STATUS_ACTIVE);
      need.set_date_identified(identified);
      need.set_identified_by(author);
    }
    screening.add_information_given(rec::INFORMATION_TOPIC_RIGHT_TO_ASYLUM);
    screening.set_case_priority(child ? cmn::PRIORITY_URGENT : (chance(4) ? cmn::PRIORITY_EMERGENCY : cmn::PRIORITY_NORMAL));
    finish(record);
  }

  Clock::time_point m_now;
  std::mt19937 m_random{2026};
  sync::RecordIdGenerator m_ids;
  std::vector<domain::RecordEnvelope> m_records;
};

}  // namespace

std::vector<domain::RecordEnvelope> demoActivity(const std::vector<domain::RecordEnvelope>& sites,
                                                 Clock::time_point now) {
  return Generator(now).run(sites);
}

}  // namespace amparo::server
