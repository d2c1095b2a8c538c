#include "export/columns.hpp"

#include <google/protobuf/generated_enum_reflection.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

#include "amparo/domain/reference_data.hpp"

namespace amparo::server::exports {
namespace {

namespace rec = amparo::records::v1;
namespace cmn = amparo::common::v1;
namespace v1 = amparo::sync::v1;
using E = Exposure;
constexpr std::size_t kMaxCachedSites = 10000;

// ---- cell makers ---------------------------------------------------------

// The readable code of an enum value: its name without the enum's prefix,
// lower-case ("VISIT_TYPE_DETENTION" → "detention"); empty for the zero value.
template <typename Enum>
std::string code(Enum value) {
  const auto* descriptor = google::protobuf::GetEnumDescriptor<Enum>();
  if (static_cast<int>(value) == 0) return {};
  const auto* named = descriptor->FindValueByNumber(static_cast<int>(value));
  if (named == nullptr) return std::to_string(static_cast<int>(value));
  const std::string& zero = descriptor->value(0)->name();  // "<PREFIX>_UNSPECIFIED"
  const auto prefixLength = zero.size() - std::string_view("UNSPECIFIED").size();
  std::string out = named->name().substr(std::min(prefixLength, named->name().size()));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

template <typename Enum>
Cell enumCell(Enum value) {
  return Cell::of(code(value));
}

// Repeated enums and codes: space-separated, as Kobo exports select_multiple.
template <typename Enum, typename Repeated>
Cell enumList(const Repeated& values) {
  std::string out;
  for (const auto value : values) {
    const auto text = code(static_cast<Enum>(value));
    if (text.empty()) continue;
    if (!out.empty()) out += ' ';
    out += text;
  }
  return Cell::of(std::move(out));
}

template <typename Repeated>
Cell textList(const Repeated& values) {
  std::string out;
  for (const auto& value : values) {
    if (value.empty()) continue;
    if (!out.empty()) out += ' ';
    out += value;
  }
  return Cell::of(std::move(out));
}

Cell text(const std::string& value) {
  return Cell::of(std::string(value));
}
Cell flag(bool value) {
  return Cell::of(std::string(value ? "yes" : "no"));
}
Cell count(bool present, std::int32_t value) {
  return present ? Cell::of(static_cast<double>(value)) : Cell{};
}
Cell date(bool present, const google::protobuf::Timestamp& at) {
  return present ? Cell::of(isoDate(at)) : Cell{};
}
Cell recordId(const Row& row, const std::string& id) {
  return Cell::of(row.context.recordId(id));
}

// Columns every table starts with.
Cell ownId(const Row& r) {
  return recordId(r, r.record.id());
}
Cell office(const Row& r) {
  return text(r.record.office_code());
}
Cell author(const Row& r) {
  return Cell::of(r.context.account(r.record.author()));
}
Cell created(const Row& r) {
  return date(r.record.has_created_at(), r.record.created_at());
}

Cell siteField(const Row& r, const std::string& siteId, std::string SiteInfo::*field) {
  if (siteId.empty()) return {};
  const auto* site = r.context.site(siteId);
  return site ? Cell::of(std::string(site->*field)) : Cell{};
}

// ---- visit ---------------------------------------------------------------

const rec::Visit& visit(const Row& r) {
  return r.record.visit();
}
const cmn::SexAgeCount* population(const rec::Visit& v) {
  if (v.has_detention()) return &v.detention().population();
  if (v.has_shelter()) return &v.shelter().occupancy();
  return nullptr;
}
template <typename Get>
Cell populationCount(const Row& r, Get get) {
  const auto* p = population(visit(r));
  if (p == nullptr) return {};
  const auto [present, value] = get(*p);
  return count(present, value);
}

constexpr Column kVisitColumns[] = {
    {"id", "#meta+id", E::Always, ownId},
    {"office", "#meta+office", E::Always, office},
    {"monitor", "#meta+monitor", E::Always, author},
    {"date", "#date", E::Always,
     [](const Row& r) { return visit(r).has_started_at() ? date(true, visit(r).started_at()) : created(r); }},
    {"visit_type", "#activity+code", E::Always, [](const Row& r) { return enumCell(visit(r).visit_type()); }},
    {"site_id", "#loc+code", E::Always, [](const Row& r) { return text(visit(r).site_id()); }},
    {"site_name", "#loc+name", E::Always,
     [](const Row& r) { return siteField(r, visit(r).site_id(), &SiteInfo::name); }},
    {"site_type", "#loc+type", E::Always,
     [](const Row& r) { return siteField(r, visit(r).site_id(), &SiteInfo::type); }},
    {"adm1", "#adm1+name", E::Always, [](const Row& r) { return siteField(r, visit(r).site_id(), &SiteInfo::adm1); }},
    {"adm2", "#adm2+name", E::Always, [](const Row& r) { return siteField(r, visit(r).site_id(), &SiteInfo::adm2); }},
    {"latitude", "#geo+lat", E::Always,
     [](const Row& r) { return visit(r).has_location() ? Cell::of(visit(r).location().latitude()) : Cell{}; }},
    {"longitude", "#geo+lon", E::Always,
     [](const Row& r) { return visit(r).has_location() ? Cell::of(visit(r).location().longitude()) : Cell{}; }},
    {"partner_organisation", "#org+name", E::Always,
     [](const Row& r) { return text(visit(r).partner_organisation()); }},
    {"access", "#access+code", E::Always, [](const Row& r) { return enumCell(visit(r).access()); }},
    {"people_interviewed", "#reached", E::Always,
     [](const Row& r) { return count(visit(r).has_people_interviewed(), visit(r).people_interviewed()); }},
    {"information_sessions", "", E::Always,
     [](const Row& r) { return Cell::of(static_cast<double>(visit(r).information_sessions_size())); }},
    {"session_participants", "", E::Always,
     [](const Row& r) {
       double total = 0;
       for (const auto& s : visit(r).information_sessions()) total += s.participants().total();
       return visit(r).information_sessions_size() > 0 ? Cell::of(total) : Cell{};
     }},
    {"alert", "", E::Always, [](const Row& r) { return flag(visit(r).alert()); }},
    {"capacity", "#capacity+num", E::Always,
     [](const Row& r) {
       const auto& v = visit(r);
       if (v.has_detention()) return count(v.detention().has_official_capacity(), v.detention().official_capacity());
       if (v.has_shelter()) return count(v.shelter().has_capacity(), v.shelter().capacity());
       return Cell{};
     }},
    {"population_total", "#population+total", E::Always,
     [](const Row& r) {
       return populationCount(r, [](const cmn::SexAgeCount& p) { return std::pair(p.has_total(), p.total()); });
     }},
    {"population_women", "#population+f+adults", E::Always,
     [](const Row& r) {
       return populationCount(r, [](const cmn::SexAgeCount& p) { return std::pair(p.has_women(), p.women()); });
     }},
    {"population_men", "#population+m+adults", E::Always,
     [](const Row& r) {
       return populationCount(r, [](const cmn::SexAgeCount& p) { return std::pair(p.has_men(), p.men()); });
     }},
    {"population_girls", "#population+f+children", E::Always,
     [](const Row& r) {
       return populationCount(r, [](const cmn::SexAgeCount& p) { return std::pair(p.has_girls(), p.girls()); });
     }},
    {"population_boys", "#population+m+children", E::Always,
     [](const Row& r) {
       return populationCount(r, [](const cmn::SexAgeCount& p) { return std::pair(p.has_boys(), p.boys()); });
     }},
    {"families", "", E::Always,
     [](const Row& r) {
       const auto& v = visit(r);
       if (v.has_detention()) return count(v.detention().has_families_present(), v.detention().families_present());
       if (v.has_shelter()) return count(v.shelter().has_families(), v.shelter().families());
       if (v.has_border()) return count(v.border().has_family_groups(), v.border().family_groups());
       return Cell{};
     }},
    {"unaccompanied_children", "#population+children+unaccompanied", E::Always,
     [](const Row& r) {
       const auto& v = visit(r);
       if (v.has_shelter())
         return count(v.shelter().has_unaccompanied_children(), v.shelter().unaccompanied_children());
       if (v.has_border()) return count(v.border().has_unaccompanied_children(), v.border().unaccompanied_children());
       return Cell{};
     }},
    {"longest_detention_days", "", E::Always,
     [](const Row& r) {
       const auto& v = visit(r);
       return v.has_detention()
                  ? count(v.detention().has_longest_detention_days(), v.detention().longest_detention_days())
                  : Cell{};
     }},
    {"border_individuals", "", E::Always,
     [](const Row& r) {
       const auto& v = visit(r);
       return v.has_border() ? count(v.border().has_individuals(), v.border().individuals()) : Cell{};
     }},
    {"narrative", "#description+narrative", E::Identified, [](const Row& r) { return text(visit(r).narrative()); }},
};

// ---- screening -----------------------------------------------------------

const rec::Screening& screening(const Row& r) {
  return r.record.screening();
}

constexpr Column kScreeningColumns[] = {
    {"id", "#meta+id", E::Always, ownId},
    {"office", "#meta+office", E::Always, office},
    {"monitor", "#meta+monitor", E::Always, author},
    {"visit_id", "#meta+visit", E::Always, [](const Row& r) { return recordId(r, screening(r).visit_id()); }},
    {"date", "#date", E::Always,
     [](const Row& r) {
       return screening(r).has_interviewed_at() ? date(true, screening(r).interviewed_at()) : created(r);
     }},
    {"mode", "", E::Always, [](const Row& r) { return enumCell(screening(r).mode()); }},
    {"person_id", "#meta+person", E::Always, [](const Row& r) { return recordId(r, screening(r).person_id()); }},
    {"legal_basis", "", E::Always, [](const Row& r) { return enumCell(screening(r).legal_basis()); }},
    {"sex", "", E::Always, [](const Row& r) { return enumCell(screening(r).respondent().sex()); }},
    {"age_band", "", E::Always,
     [](const Row& r) {
       const auto& p = screening(r).respondent();
       const auto band = p.has_age_years() && p.age_band() == cmn::AGE_BAND_UNSPECIFIED
                             ? domain::ageBandFor(p.age_years())
                             : p.age_band();
       return band == cmn::AGE_BAND_UNSPECIFIED ? Cell{} : Cell::of(std::string(domain::ageBandLabel(band)));
     }},
    {"age_years", "", E::Identified,
     [](const Row& r) {
       return count(screening(r).respondent().has_age_years(), screening(r).respondent().age_years());
     }},
    {"nationality", "#country+code+origin", E::Always,
     [](const Row& r) { return text(screening(r).respondent().nationality()); }},
    {"stateless", "", E::Always, [](const Row& r) { return flag(screening(r).respondent().stateless()); }},
    {"habitual_residence", "#country+code+residence", E::Always,
     [](const Row& r) { return text(screening(r).respondent().habitual_residence()); }},
    {"travel_mode", "", E::Always, [](const Row& r) { return enumCell(screening(r).household().travel_mode()); }},
    {"household_adults", "#affected+adults", E::Always,
     [](const Row& r) { return count(screening(r).household().has_adults(), screening(r).household().adults()); }},
    {"household_children", "#affected+children", E::Always,
     [](const Row& r) { return count(screening(r).household().has_children(), screening(r).household().children()); }},
    {"household_children_under_5", "#affected+children+u5", E::Always,
     [](const Row& r) {
       return count(screening(r).household().has_children_under_5(), screening(r).household().children_under_5());
     }},
    {"date_left", "#date+departure", E::Always, [](const Row& r) { return text(screening(r).date_left()); }},
    {"flight_reasons", "#cause+code", E::Always,
     [](const Row& r) { return enumList<rec::FlightReason>(screening(r).flight_reasons()); }},
    {"countries_crossed", "#country+code+transit", E::Always,
     [](const Row& r) { return textList(screening(r).journey().countries_crossed()); }},
    {"paid_smuggler", "", E::Always, [](const Row& r) { return flag(screening(r).journey().paid_smuggler()); }},
    {"destination_country", "#country+code+destination", E::Always,
     [](const Row& r) { return text(screening(r).intentions().destination_country()); }},
    {"risk_if_returned", "", E::Always,
     [](const Row& r) { return enumCell(screening(r).intentions().risk_if_returned()); }},
    {"intends_to_seek_asylum", "", E::Always,
     [](const Row& r) { return enumCell(screening(r).intentions().intends_to_seek_asylum()); }},
    {"already_applied", "", E::Always,
     [](const Row& r) { return flag(screening(r).intentions().already_applied_for_protection()); }},
    {"comar_status", "#status+asylum", E::Always,
     [](const Row& r) { return enumCell(screening(r).intentions().comar_status()); }},
    {"not_applying_reasons", "", E::Always,
     [](const Row& r) { return enumList<rec::NotApplyingReason>(screening(r).intentions().not_applying_reasons()); }},
    {"documents", "", E::Always, [](const Row& r) { return enumList<rec::DocumentType>(screening(r).documents()); }},
    {"main_needs", "#need+main", E::Always, [](const Row& r) { return textList(screening(r).main_needs()); }},
    {"specific_needs", "#need+code", E::Always,
     [](const Row& r) {
       std::vector<std::string> codes;
       for (const auto& need : screening(r).specific_needs()) codes.push_back(need.code());
       return textList(codes);
     }},
    {"risk_refoulement", "", E::Always, [](const Row& r) { return flag(screening(r).risk_flags().refoulement()); }},
    {"risk_detention", "", E::Always, [](const Row& r) { return flag(screening(r).risk_flags().detention()); }},
    {"risk_removal", "", E::Always, [](const Row& r) { return flag(screening(r).risk_flags().removal()); }},
    {"gbv_disclosed", "", E::Identified, [](const Row& r) { return flag(screening(r).risk_flags().gbv_disclosed()); }},
    {"information_given", "", E::Always,
     [](const Row& r) { return enumList<rec::InformationTopic>(screening(r).information_given()); }},
    {"atd_eligible", "", E::Always, [](const Row& r) { return enumCell(screening(r).atd().eligible()); }},
    {"atd_outcome", "", E::Always, [](const Row& r) { return enumCell(screening(r).atd().outcome()); }},
    {"durable_solutions", "", E::Always,
     [](const Row& r) { return enumList<rec::DurableSolution>(screening(r).durable_solutions().interests()); }},
    {"resettlement_category", "", E::Always,
     [](const Row& r) { return enumCell(screening(r).durable_solutions().primary_category()); }},
    {"rrf_reference", "", E::Identified,
     [](const Row& r) { return text(screening(r).durable_solutions().rrf_reference()); }},
    {"case_priority", "", E::Always, [](const Row& r) { return enumCell(screening(r).case_priority()); }},
    {"follow_up_needed", "", E::Always, [](const Row& r) { return flag(screening(r).follow_up_needed()); }},
};

// ---- specific needs: one row per need ------------------------------------

const rec::SpecificNeed& need(const Row& r) {
  return r.record.screening().specific_needs(r.item);
}

constexpr Column kSpecificNeedColumns[] = {
    {"case_id", "#meta+case", E::Always, ownId},
    {"office", "#meta+office", E::Always, office},
    {"code", "#need+code", E::Always, [](const Row& r) { return text(need(r).code()); }},
    {"category", "#need+category", E::Always,
     [](const Row& r) {
       const auto* known = domain::ReferenceData::builtin().findSpecificNeed(need(r).code());
       return known ? text(known->category()) : Cell{};
     }},
    {"status", "#status+code", E::Always, [](const Row& r) { return enumCell(need(r).status()); }},
    {"date_identified", "#date+identified", E::Always, [](const Row& r) { return text(need(r).date_identified()); }},
    {"assessment_type", "", E::Always, [](const Row& r) { return text(need(r).assessment_type()); }},
};

// ---- referral ------------------------------------------------------------

const rec::Referral& referral(const Row& r) {
  return r.record.referral();
}

constexpr Column kReferralColumns[] = {
    {"id", "#meta+id", E::Always, ownId},
    {"office", "#meta+office", E::Always, office},
    {"monitor", "#meta+monitor", E::Always, author},
    {"date", "#date", E::Always, created},
    {"case_id", "#meta+case", E::Always, [](const Row& r) { return recordId(r, referral(r).screening_id()); }},
    {"person_id", "#meta+person", E::Always, [](const Row& r) { return recordId(r, referral(r).person_id()); }},
    {"referral_number", "", E::Identified, [](const Row& r) { return text(referral(r).referral_number()); }},
    {"type", "#service+type", E::Always, [](const Row& r) { return text(referral(r).referral_type()); }},
    {"subtype", "#service+subtype", E::Always, [](const Row& r) { return text(referral(r).referral_subtype()); }},
    {"agency", "#org+code", E::Always, [](const Row& r) { return text(referral(r).agency_code()); }},
    {"agency_name", "#org+name", E::Always,
     [](const Row& r) {
       const auto* agency = domain::ReferenceData::builtin().findAgency(referral(r).agency_code());
       return agency ? text(agency->name_es()) : Cell{};
     }},
    {"service_provider", "#service+name", E::Identified,
     [](const Row& r) { return text(referral(r).service_provider()); }},
    {"reason", "", E::Identified, [](const Row& r) { return text(referral(r).reason()); }},
    {"urgency", "", E::Always, [](const Row& r) { return enumCell(referral(r).urgency()); }},
    {"channel", "", E::Always, [](const Row& r) { return enumCell(referral(r).channel()); }},
    {"fields_shared", "", E::Always, [](const Row& r) { return textList(referral(r).fields_shared()); }},
    {"sent_on", "#date+sent", E::Always, [](const Row& r) { return text(referral(r).sent_on()); }},
    {"answered_on", "#date+answered", E::Always, [](const Row& r) { return text(referral(r).answered_on()); }},
    {"status", "#status+code", E::Always, [](const Row& r) { return enumCell(referral(r).status()); }},
    {"status_reason", "", E::Identified, [](const Row& r) { return text(referral(r).status_reason()); }},
    {"supervisor_signed_off", "", E::Always,
     [](const Row& r) { return flag(!referral(r).supervisor_signoff_by().empty()); }},
};

// ---- follow-up -----------------------------------------------------------

const rec::FollowUp& followUp(const Row& r) {
  return r.record.follow_up();
}

constexpr Column kFollowUpColumns[] = {
    {"id", "#meta+id", E::Always, ownId},
    {"office", "#meta+office", E::Always, office},
    {"monitor", "#meta+monitor", E::Always, author},
    {"case_id", "#meta+case", E::Always, [](const Row& r) { return recordId(r, followUp(r).screening_id()); }},
    {"referral_id", "#meta+referral", E::Always, [](const Row& r) { return recordId(r, followUp(r).referral_id()); }},
    {"date", "#date", E::Always, [](const Row& r) { return text(followUp(r).date()); }},
    {"channel", "", E::Always, [](const Row& r) { return enumCell(followUp(r).channel()); }},
    {"contact_achieved", "", E::Always, [](const Row& r) { return flag(followUp(r).contact_achieved()); }},
    {"outcome", "", E::Identified, [](const Row& r) { return text(followUp(r).outcome()); }},
    {"new_risks", "", E::Identified, [](const Row& r) { return textList(followUp(r).new_risks()); }},
    {"updated_specific_needs", "#need+code", E::Always,
     [](const Row& r) {
       std::vector<std::string> codes;
       for (const auto& n : followUp(r).updated_specific_needs()) codes.push_back(n.code());
       return textList(codes);
     }},
    {"next_date", "#date+next", E::Always, [](const Row& r) { return text(followUp(r).next_date()); }},
    {"case_status", "#status+code", E::Always, [](const Row& r) { return enumCell(followUp(r).case_status()); }},
    {"closure_reason", "", E::Always, [](const Row& r) { return enumCell(followUp(r).closure_reason()); }},
    {"referral_status", "", E::Always, [](const Row& r) { return enumCell(followUp(r).referral_status()); }},
};

// ---- incident ------------------------------------------------------------

const rec::Incident& incident(const Row& r) {
  return r.record.incident();
}
Cell victims(const Row& r, bool present, std::int32_t value) {
  return incident(r).has_victims() ? count(present, value) : Cell{};
}

constexpr Column kIncidentColumns[] = {
    {"id", "#meta+id", E::Always, ownId},
    {"office", "#meta+office", E::Always, office},
    {"monitor", "#meta+monitor", E::Always, author},
    {"occurred_on", "#date+occurred", E::Always, [](const Row& r) { return text(incident(r).occurred_on()); }},
    {"reported_on", "#date+reported", E::Always, [](const Row& r) { return text(incident(r).reported_on()); }},
    {"region", "", E::Always, [](const Row& r) { return enumCell(incident(r).region()); }},
    {"country", "#country+code", E::Always, [](const Row& r) { return text(incident(r).country()); }},
    {"adm1", "#adm1+name", E::Always, [](const Row& r) { return text(incident(r).adm1()); }},
    {"site_id", "#loc+code", E::Always, [](const Row& r) { return text(incident(r).site_id()); }},
    {"site_name", "#loc+name", E::Always,
     [](const Row& r) { return siteField(r, incident(r).site_id(), &SiteInfo::name); }},
    {"incident_type", "#event+type", E::Always, [](const Row& r) { return enumCell(incident(r).incident_type()); }},
    {"perpetrator", "", E::Always, [](const Row& r) { return enumCell(incident(r).perpetrator()); }},
    {"victims_total", "#affected+total", E::Always,
     [](const Row& r) { return victims(r, incident(r).victims().has_total(), incident(r).victims().total()); }},
    {"victims_women", "#affected+f+adults", E::Always,
     [](const Row& r) { return victims(r, incident(r).victims().has_women(), incident(r).victims().women()); }},
    {"victims_men", "#affected+m+adults", E::Always,
     [](const Row& r) { return victims(r, incident(r).victims().has_men(), incident(r).victims().men()); }},
    {"victims_girls", "#affected+f+children", E::Always,
     [](const Row& r) { return victims(r, incident(r).victims().has_girls(), incident(r).victims().girls()); }},
    {"victims_boys", "#affected+m+children", E::Always,
     [](const Row& r) { return victims(r, incident(r).victims().has_boys(), incident(r).victims().boys()); }},
    {"unaccompanied_children", "#affected+children+unaccompanied", E::Always,
     [](const Row& r) {
       return count(incident(r).has_unaccompanied_children(), incident(r).unaccompanied_children());
     }},
    {"reported_to", "", E::Always, [](const Row& r) { return textList(incident(r).reported_to()); }},
    {"visit_id", "#meta+visit", E::Always, [](const Row& r) { return recordId(r, incident(r).visit_id()); }},
    {"case_id", "#meta+case", E::Always, [](const Row& r) { return recordId(r, incident(r).screening_id()); }},
    {"referral_id", "#meta+referral", E::Always, [](const Row& r) { return recordId(r, incident(r).referral_id()); }},
    {"person_id", "#meta+person", E::Always, [](const Row& r) { return recordId(r, incident(r).person_id()); }},
    {"description", "#description", E::Identified, [](const Row& r) { return text(incident(r).description()); }},
};

// ---- review --------------------------------------------------------------

const rec::Review& review(const Row& r) {
  return r.record.review();
}

constexpr Column kReviewColumns[] = {
    {"id", "#meta+id", E::Always, ownId},
    {"office", "#meta+office", E::Always, office},
    {"reviewer", "#meta+reviewer", E::Always, author},
    {"date", "#date", E::Always, created},
    {"record_id", "#meta+record", E::Always, [](const Row& r) { return recordId(r, review(r).target_record_id()); }},
    {"verdict", "#status+code", E::Always, [](const Row& r) { return enumCell(review(r).verdict()); }},
    {"follow_up_due", "#date+due", E::Always, [](const Row& r) { return text(review(r).follow_up_due()); }},
    {"comment", "", E::Identified, [](const Row& r) { return text(review(r).comment()); }},
};

// ---- person: identified exports only ------------------------------------

const rec::Person& person(const Row& r) {
  return r.record.person();
}

constexpr Column kPersonColumns[] = {
    {"id", "#meta+person", E::Identified, ownId},
    {"office", "#meta+office", E::Identified, office},
    {"given_names", "", E::Identified, [](const Row& r) { return text(person(r).given_names()); }},
    {"family_names", "", E::Identified, [](const Row& r) { return text(person(r).family_names()); }},
    {"sex", "", E::Identified, [](const Row& r) { return enumCell(person(r).sex()); }},
    {"date_of_birth", "", E::Identified, [](const Row& r) { return text(person(r).date_of_birth()); }},
    {"nationality", "#country+code+origin", E::Identified, [](const Row& r) { return text(person(r).nationality()); }},
    {"contacts", "#contact", E::Identified,
     [](const Row& r) {
       std::string out;
       for (const auto& c : person(r).contacts()) {
         if (!out.empty()) out += "; ";
         out += code(c.channel()) + ": " + c.value();
       }
       return Cell::of(std::move(out));
     }},
    {"document_number", "", E::Identified, [](const Row& r) { return text(person(r).document_number()); }},
};

constexpr Table kTables[] = {
    {"visit", v1::RECORD_KIND_VISIT, E::Always, nullptr, kVisitColumns},
    {"screening", v1::RECORD_KIND_SCREENING, E::Always, nullptr, kScreeningColumns},
    {"specific_need", v1::RECORD_KIND_SCREENING, E::Always,
     [](const domain::RecordEnvelope& record) { return record.screening().specific_needs_size(); },
     kSpecificNeedColumns},
    {"referral", v1::RECORD_KIND_REFERRAL, E::Always, nullptr, kReferralColumns},
    {"follow_up", v1::RECORD_KIND_FOLLOW_UP, E::Always, nullptr, kFollowUpColumns},
    {"incident", v1::RECORD_KIND_INCIDENT, E::Always, nullptr, kIncidentColumns},
    {"review", v1::RECORD_KIND_REVIEW, E::Always, nullptr, kReviewColumns},
    {"person", v1::RECORD_KIND_PERSON, E::Identified, nullptr, kPersonColumns},
};

}  // namespace

Cell Cell::of(std::string value) {
  Cell cell;
  if (!value.empty()) {
    cell.type = Type::Text;
    cell.text = std::move(value);
  }
  return cell;
}

Cell Cell::of(double value) {
  Cell cell;
  cell.type = Type::Number;
  cell.number = value;
  return cell;
}

ExportContext::ExportContext(bool identified, SiteLookup lookup)
    : m_identified(identified), m_lookup(std::move(lookup)) {}

ExportContext::ExportContext(bool identified, SiteLookup lookup, const Pseudonymiser::Key& key)
    : m_identified(identified), m_pseudonymiser(key), m_lookup(std::move(lookup)) {}

std::string ExportContext::recordId(std::string_view id) const {
  return m_identified ? std::string(id) : m_pseudonymiser.pseudonym("record", "R", id);
}

std::string ExportContext::account(std::string_view username) const {
  return m_identified ? std::string(username) : m_pseudonymiser.pseudonym("account", "A", username);
}

const SiteInfo* ExportContext::site(const std::string& siteId) const {
  auto it = m_sites.find(siteId);
  if (it == m_sites.end()) {
    if (m_sites.size() >= kMaxCachedSites) m_sites.clear();
    it = m_sites.emplace(siteId, m_lookup ? m_lookup(siteId) : std::nullopt).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::vector<const Column*> Table::visibleColumns(bool identified) const {
  std::vector<const Column*> out;
  for (const auto& column : columns) {
    if (identified || column.exposure == Exposure::Always) out.push_back(&column);
  }
  return out;
}

std::span<const Table> tables() {
  return kTables;
}

const Table* findTable(std::string_view name) {
  for (const auto& table : kTables) {
    if (table.name == name) return &table;
  }
  return nullptr;
}

std::string isoDate(const google::protobuf::Timestamp& timestamp) {
  using namespace std::chrono;
  const sys_days day = floor<days>(sys_seconds(seconds(timestamp.seconds())));
  const year_month_day ymd(day);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

}  // namespace amparo::server::exports
