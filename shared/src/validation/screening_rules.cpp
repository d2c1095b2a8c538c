// Screenings (consent, respondent, needs) and the Person record.

#include "validation/consent.hpp"
#include "validation/rules.hpp"

namespace amparo::validation::detail {
namespace {

namespace rec = amparo::records::v1;
namespace cmn = amparo::common::v1;

constexpr int kMaxAgeYears = 120;
constexpr int kAdultAge = 18;

bool isChild(const rec::Respondent& respondent) {
  if (respondent.has_age_years()) return respondent.age_years() >= 0 && respondent.age_years() < kAdultAge;
  const auto band = respondent.age_band();
  return band == cmn::AGE_BAND_0_4 || band == cmn::AGE_BAND_5_11 || band == cmn::AGE_BAND_12_17;
}

// A consent the screening cannot exist without: reported on "consents".
void requireConsent(const Checker& c, const domain::Screening& screening, rec::ConsentPurpose purpose,
                    std::string_view missingKey) {
  switch (consentState(screening, purpose)) {
    case ConsentState::Given: return;
    case ConsentState::Withdrawn: c.error("consents", "consent_withdrawn"); return;
    case ConsentState::Refused:
    case ConsentState::Missing: c.error("consents", "consent_missing", missingKey); return;
  }
}

void checkConsentItem(const Checker& c, const rec::ConsentItem& item) {
  c.recordId("id", item.id(), false);
  const bool purposeKnown = c.requiredEnum("purpose", item.purpose(), rec::ConsentPurpose_IsValid);
  // Consent items are separate and timestamped (data-protection rule 2).
  const auto recorded = c.timestamp("recorded_at", item.has_recorded_at(), item.recorded_at(), true);
  const auto withdrawn = c.timestamp("withdrawn_at", item.has_withdrawn_at(), item.withdrawn_at(), false);
  c.notBefore("withdrawn_at", withdrawn, "recorded_at", recorded);
  const bool perAgency =
      item.purpose() == rec::CONSENT_PURPOSE_REFERRAL || item.purpose() == rec::CONSENT_PURPOSE_DATA_SHARING;
  if (purposeKnown && perAgency && c.requiredText("agency_code", item.agency_code(), "required.consent_agency")) {
    c.agency("agency_code", item.agency_code());
  }
}

}  // namespace

void checkScreening(const Checker& c, const domain::Screening& screening) {
  c.recordId("visit_id", screening.visit_id(), true);
  const bool modeKnown = c.requiredEnum("mode", screening.mode(), rec::ScreeningMode_IsValid);
  c.timestamp("interviewed_at", screening.has_interviewed_at(), screening.interviewed_at(), true);
  c.knownEnum("legal_basis", screening.legal_basis(), rec::LegalBasis_IsValid);

  for (int i = 0; i < screening.consents_size(); ++i) {
    checkConsentItem(c.at("consents", static_cast<std::size_t>(i)), screening.consents(i));
  }
  // Every interview needs consent given: analysis keeps only "yes" (PM A07),
  // so an interview without it must not be stored at all.
  requireConsent(c, screening, rec::CONSENT_PURPOSE_INTERVIEW, "consent_missing.interview");

  if (modeKnown && screening.mode() == rec::SCREENING_MODE_ANONYMOUS) {
    // Minimisation: anonymous mode collects no name or contact (rule 3).
    if (!screening.person_id().empty()) c.error("person_id", "not_allowed", "not_allowed.anonymous_person");
    if (screening.follow_up_needed()) c.error("follow_up_needed", "not_allowed", "not_allowed.anonymous_follow_up");
  }
  if (modeKnown && screening.mode() == rec::SCREENING_MODE_IDENTIFIED) {
    // Rule 1: a legal basis on every identified record.
    if (screening.legal_basis() == rec::LEGAL_BASIS_UNSPECIFIED) {
      c.error("legal_basis", "required", "required.legal_basis");
    }
    if (screening.person_id().empty()) {
      c.error("person_id", "required", "required.person_id");
    } else {
      c.recordId("person_id", screening.person_id(), true);
    }
    if (screening.legal_basis() == rec::LEGAL_BASIS_CONSENT) {
      requireConsent(c, screening, rec::CONSENT_PURPOSE_IDENTIFIED_RECORD, "consent_missing.identified_record");
    }
  }

  if (screening.has_respondent()) {
    const auto& respondent = screening.respondent();
    const Checker r = c.at("respondent");
    r.knownEnum("sex", respondent.sex(), cmn::Sex_IsValid);
    r.knownEnum("age_band", respondent.age_band(), cmn::AgeBand_IsValid);
    bool ageValid = false;
    if (respondent.has_age_years()) {
      if (respondent.age_years() < 0 || respondent.age_years() > kMaxAgeYears) {
        r.error("age_years", "out_of_range", "out_of_range.age");
      } else {
        ageValid = true;
      }
    }
    // The band is derived from the age; a different band means one of them is wrong.
    if (ageValid && respondent.age_band() != cmn::AGE_BAND_UNSPECIFIED &&
        respondent.age_band() != domain::ageBandFor(respondent.age_years())) {
      r.error("age_band", "mismatch", "mismatch.age_band");
    }
    r.country("nationality", respondent.nationality());
    r.country("habitual_residence", respondent.habitual_residence());

    // Children: their own assent plus a guardian's consent or the
    // best-interests path (rule 2).
    if (isChild(respondent)) {
      requireConsent(c, screening, rec::CONSENT_PURPOSE_CHILD_ASSENT, "consent_missing.child_assent");
      if (screening.legal_basis() != rec::LEGAL_BASIS_BEST_INTERESTS) {
        requireConsent(c, screening, rec::CONSENT_PURPOSE_GUARDIAN_CONSENT, "consent_missing.guardian");
      }
    }
  }

  if (screening.has_household()) {
    const auto& household = screening.household();
    const Checker h = c.at("household");
    h.knownEnum("travel_mode", household.travel_mode(), rec::TravelMode_IsValid);
    h.nonNegative("adults", household.has_adults(), household.adults());
    h.nonNegative("children", household.has_children(), household.children());
    h.nonNegative("children_under_5", household.has_children_under_5(), household.children_under_5());
    h.notMoreThan("children_under_5", household.has_children_under_5(), household.children_under_5(), "children",
                  household.has_children(), household.children());
  }

  c.isoDate("date_left", screening.date_left(), false, true);

  if (screening.has_journey()) {
    const auto& journey = screening.journey();
    const Checker j = c.at("journey");
    for (int i = 0; i < journey.countries_crossed_size(); ++i) {
      j.at("countries_crossed", static_cast<std::size_t>(i)).country("", journey.countries_crossed(i));
    }
    for (int i = 0; i < journey.incident_ids_size(); ++i) {
      j.at("incident_ids", static_cast<std::size_t>(i)).recordId("", journey.incident_ids(i), true);
    }
  }
  if (screening.has_intentions()) {
    c.at("intentions").country("destination_country", screening.intentions().destination_country());
  }

  for (int i = 0; i < screening.specific_needs_size(); ++i) {
    c.specificNeed("specific_needs", static_cast<std::size_t>(i), screening.specific_needs(i));
  }
  c.knownEnum("case_priority", screening.case_priority(), cmn::Priority_IsValid);
}

void checkPerson(const Checker& c, const domain::Person& person) {
  if (person.given_names().empty() && person.family_names().empty()) {
    c.error("given_names", "required", "required.person_name");
  }
  c.knownEnum("sex", person.sex(), cmn::Sex_IsValid);
  // Often estimated, but never in the future.
  c.isoDate("date_of_birth", person.date_of_birth(), false, true);
  c.country("nationality", person.nationality());
  for (int i = 0; i < person.contacts_size(); ++i) {
    const auto& contact = person.contacts(i);
    const Checker k = c.at("contacts", static_cast<std::size_t>(i));
    k.requiredEnum("channel", contact.channel(), rec::ContactChannel_IsValid);
    k.requiredText("value", contact.value());
  }
}

}  // namespace amparo::validation::detail
