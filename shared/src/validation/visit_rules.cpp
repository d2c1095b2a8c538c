// Sites and monitoring visits with their modules.

#include "validation/rules.hpp"

namespace amparo::validation::detail {
namespace {

namespace rec = amparo::records::v1;

void checkDetention(const Checker& c, const rec::DetentionModule& detention) {
  c.nonNegative("official_capacity", detention.has_official_capacity(), detention.official_capacity());

  const auto& population = detention.population();
  if (detention.has_population()) {
    c.sexAgeCount("population", population);
    const Checker p = c.at("population");
    if (population.has_total() && population.total() > c.context().maxDetentionPopulation) {
      p.error("total", "implausible", "implausible.population",
              {.a = population.total(), .b = c.context().maxDetentionPopulation});
    }
    // Children in an estación are forbidden since the 2020 reform: accepted
    // (the monitor saw them) but raised to coordinators, never an error.
    const std::int64_t girls = population.has_girls() ? population.girls() : 0;
    const std::int64_t boys = population.has_boys() ? population.boys() : 0;
    if (girls >= 0 && boys >= 0 && girls + boys > 0) {
      c.report("population", "children_in_detention", Severity::Alert, "children_in_detention", {.a = girls + boys});
    }
  }

  for (int i = 0; i < detention.main_nationalities_size(); ++i) {
    c.at("main_nationalities", static_cast<std::size_t>(i)).country("", detention.main_nationalities(i));
  }
  c.nonNegative("families_present", detention.has_families_present(), detention.families_present());
  c.nonNegative("longest_detention_days", detention.has_longest_detention_days(), detention.longest_detention_days());
  c.nonNegative("average_detention_days", detention.has_average_detention_days(), detention.average_detention_days());
  c.notMoreThan("average_detention_days", detention.has_average_detention_days(), detention.average_detention_days(),
                "longest_detention_days", detention.has_longest_detention_days(), detention.longest_detention_days());
  c.nonNegative("wishing_to_apply", detention.has_wishing_to_apply(), detention.wishing_to_apply());
  c.nonNegative("applications_lodged", detention.has_applications_lodged(), detention.applications_lodged());
  c.nonNegative("staff_count", detention.has_staff_count(), detention.staff_count());
  c.nonNegative("staff_women", detention.has_staff_women(), detention.staff_women());
  c.notMoreThan("staff_women", detention.has_staff_women(), detention.staff_women(), "staff_count",
                detention.has_staff_count(), detention.staff_count());
  c.nonNegative("identified_for_atd", detention.has_identified_for_atd(), detention.identified_for_atd());
}

void checkShelter(const Checker& c, const rec::ShelterModule& shelter) {
  c.nonNegative("capacity", shelter.has_capacity(), shelter.capacity());
  // Occupancy above capacity is overcrowding, which monitors report: not an error.
  if (shelter.has_occupancy()) c.sexAgeCount("occupancy", shelter.occupancy());
  c.nonNegative("unaccompanied_children", shelter.has_unaccompanied_children(), shelter.unaccompanied_children());
  c.nonNegative("families", shelter.has_families(), shelter.families());
  c.nonNegative("maximum_stay_days", shelter.has_maximum_stay_days(), shelter.maximum_stay_days());
  c.nonNegative("refusals_of_entry", shelter.has_refusals_of_entry(), shelter.refusals_of_entry());
}

void checkBorder(const Checker& c, const rec::BorderModule& border) {
  c.nonNegative("individuals", border.has_individuals(), border.individuals());
  c.nonNegative("family_groups", border.has_family_groups(), border.family_groups());
  c.nonNegative("unaccompanied_children", border.has_unaccompanied_children(), border.unaccompanied_children());
  c.nonNegative("caravans", border.has_caravans(), border.caravans());
}

// The module field a visit type must carry, or NOT_SET for types without one.
rec::Visit::ModuleCase expectedModule(rec::VisitType type) {
  switch (type) {
    case rec::VISIT_TYPE_DETENTION: return rec::Visit::kDetention;
    case rec::VISIT_TYPE_SHELTER: return rec::Visit::kShelter;
    case rec::VISIT_TYPE_BORDER: return rec::Visit::kBorder;
    default: return rec::Visit::MODULE_NOT_SET;
  }
}

std::string_view moduleField(rec::Visit::ModuleCase module) {
  switch (module) {
    case rec::Visit::kDetention: return "detention";
    case rec::Visit::kShelter: return "shelter";
    case rec::Visit::kBorder: return "border";
    case rec::Visit::MODULE_NOT_SET: break;
  }
  return {};
}

}  // namespace

void checkSite(const Checker& c, const domain::Site& site) {
  c.requiredText("name", site.name());
  c.requiredEnum("site_type", site.site_type(), rec::SiteType_IsValid);
  if (c.requiredText("office_code", site.office_code()) && !c.reference().findOffice(site.office_code())) {
    c.error("office_code", "unknown_code", "unknown_code.office");
  }
  if (site.has_location()) c.geoPoint("location", site.location());
  c.nonNegative("official_capacity", site.has_official_capacity(), site.official_capacity());
  c.knownEnum("access_regime", site.access_regime(), rec::AccessRegime_IsValid);
}

void checkVisit(const Checker& c, const domain::Visit& visit) {
  const bool typeKnown = c.requiredEnum("visit_type", visit.visit_type(), rec::VisitType_IsValid);
  c.recordId("site_id", visit.site_id(), true);
  const auto started = c.timestamp("started_at", visit.has_started_at(), visit.started_at(), true);
  const auto ended = c.timestamp("ended_at", visit.has_ended_at(), visit.ended_at(), false);
  c.notBefore("ended_at", ended, "started_at", started);

  const bool accessKnown = c.requiredEnum("access", visit.access(), rec::AccessObtained_IsValid);
  const bool denied = accessKnown && visit.access() == rec::ACCESS_OBTAINED_DENIED;
  if (denied) {
    c.requiredText("access_denied_reason", visit.access_denied_reason(), "required.access_denied_reason");
    // Coordinators count and follow up denials (DOMAIN report 1): raise it.
    c.report("access", "access_denied", Severity::Alert);
  }

  // The module must match the visit type. A denied visit has nothing observed,
  // so its module may be missing.
  if (typeKnown) {
    const auto expected = expectedModule(visit.visit_type());
    if (visit.module_case() != rec::Visit::MODULE_NOT_SET && visit.module_case() != expected) {
      c.error(moduleField(visit.module_case()), "not_allowed", "not_allowed.module");
    }
    if (expected != rec::Visit::MODULE_NOT_SET && visit.module_case() == rec::Visit::MODULE_NOT_SET && !denied) {
      const auto field = moduleField(expected);
      c.error(field, "required", "required." + std::string(field) + "_module");
    }
  }

  if (visit.has_location()) c.geoPoint("location", visit.location());
  c.nonNegative("people_interviewed", visit.has_people_interviewed(), visit.people_interviewed());
  for (int i = 0; i < visit.information_sessions_size(); ++i) {
    const auto& session = visit.information_sessions(i);
    if (session.has_participants()) {
      c.at("information_sessions", static_cast<std::size_t>(i)).sexAgeCount("participants", session.participants());
    }
  }

  switch (visit.module_case()) {
    case rec::Visit::kDetention: checkDetention(c.at("detention"), visit.detention()); break;
    case rec::Visit::kShelter: checkShelter(c.at("shelter"), visit.shelter()); break;
    case rec::Visit::kBorder: checkBorder(c.at("border"), visit.border()); break;
    case rec::Visit::MODULE_NOT_SET: break;
  }
}

}  // namespace amparo::validation::detail
