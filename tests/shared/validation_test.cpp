#include "amparo/validation/validator.hpp"
#include "amparo/sync/record_id.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "amparo/domain/records.hpp"
#include "amparo/wire/codec.hpp"

namespace amparo::validation {
namespace {

namespace rec = amparo::records::v1;
namespace cmn = amparo::common::v1;
namespace wire = amparo::sync::v1;
using namespace std::chrono_literals;
using domain::RecordEnvelope;
using domain::Screening;

// Every time rule runs against this fixed clock: 2026-11-20T18:00:00Z.
const std::chrono::system_clock::time_point kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 20} + 18h;

constexpr const char* kRecordId = "01a1f9b8-cbc0-76fd-aeeb-975729fae923";
constexpr const char* kSiteId = "019caf47-2000-7a4c-823b-1612dd272d13";
constexpr const char* kVisitId = "01a1f978-b580-771c-8714-9d439536b321";
constexpr const char* kScreeningId = "01a1f9eb-2660-7d5a-9fd1-2aabfe228f21";
constexpr const char* kPersonId = "01a1f9ea-3c00-79e9-bb0e-b53f16947ccf";
constexpr const char* kReferralId = "01a1fe83-9a40-725e-b84d-8dbc74254770";
constexpr const char* kOtherId = "01935f2a-7c3e-7a10-8b2c-1d2e3f405162";
constexpr const char* kUuidV4 = "01935f2a-7c3e-4a10-8b2c-1d2e3f405162";

// ---------------------------------------------------------------------------
// Builders: each returns a record that is valid as a whole.

void setAt(google::protobuf::Timestamp* timestamp, std::chrono::system_clock::duration fromNow) {
  const auto since = (kNow + fromNow).time_since_epoch();
  const auto seconds = std::chrono::floor<std::chrono::seconds>(since);
  timestamp->set_seconds(seconds.count());
  timestamp->set_nanos(static_cast<std::int32_t>(std::chrono::nanoseconds(since - seconds).count()));
}

void setCount(cmn::SexAgeCount* count, int total, int women, int men, int girls, int boys, int unknown) {
  count->set_total(total);
  count->set_women(women);
  count->set_men(men);
  count->set_girls(girls);
  count->set_boys(boys);
  count->set_unknown(unknown);
}

// A record plus what the validator is given with it.
struct Fixture {
  RecordEnvelope envelope;
  std::optional<Screening> linked;  // the referral's screening
  Mode mode = Mode::Capture;
};

ValidationContext contextAt(std::chrono::system_clock::time_point now, Mode mode = Mode::Capture) {
  ValidationContext context;
  context.now = now;
  context.mode = mode;
  return context;
}

ValidationResult run(const Fixture& fixture) {
  auto context = contextAt(kNow, fixture.mode);
  if (fixture.linked) context.linkedScreening = &*fixture.linked;
  return validate(fixture.envelope, context);
}

std::string dump(const ValidationResult& result) {
  std::ostringstream out;
  for (const auto& issue : result.issues) {
    out << "\n  " << severityName(issue.severity) << "  " << issue.path << "  " << issue.code << "  "
        << issue.messageEn;
  }
  return out.str();
}

const FieldIssue* findIssue(const ValidationResult& result, std::string_view path, std::string_view code) {
  for (const auto& issue : result.issues) {
    if (issue.path == path && issue.code == code) return &issue;
  }
  return nullptr;
}

RecordEnvelope envelopeOf(wire::RecordKind kind) {
  RecordEnvelope envelope;
  envelope.set_id(kRecordId);
  envelope.set_kind(kind);
  envelope.set_author("mlopez");
  envelope.set_device_id("tab-tap-07");
  envelope.set_office_code("TAP");
  setAt(envelope.mutable_created_at(), -1h);
  setAt(envelope.mutable_modified_at(), -30min);
  return envelope;
}

Fixture detentionVisit() {
  Fixture f{envelopeOf(wire::RECORD_KIND_VISIT), {}, Mode::Capture};
  auto* visit = f.envelope.mutable_visit();
  visit->set_visit_type(rec::VISIT_TYPE_DETENTION);
  visit->set_site_id(kSiteId);
  setAt(visit->mutable_started_at(), -5h);
  setAt(visit->mutable_ended_at(), -2h);
  visit->set_access(rec::ACCESS_OBTAINED_YES);
  visit->set_people_interviewed(14);
  auto* location = visit->mutable_location();
  location->set_latitude(14.8869);
  location->set_longitude(-92.2829);
  location->set_horizontal_accuracy_m(12);
  location->set_source(cmn::POSITION_SOURCE_GNSS);
  auto* session = visit->add_information_sessions();
  session->add_topics(rec::INFORMATION_TOPIC_RIGHT_TO_ASYLUM);
  setCount(session->mutable_participants(), 36, 12, 24, 0, 0, 0);
  auto* detention = visit->mutable_detention();
  detention->set_official_capacity(960);
  setCount(detention->mutable_population(), 842, 210, 601, 0, 0, 31);
  detention->add_main_nationalities("HND");
  detention->add_main_nationalities("GTM");
  detention->set_longest_detention_days(47);
  detention->set_average_detention_days(9);
  detention->set_staff_count(58);
  detention->set_staff_women(17);
  return f;
}

Fixture shelterVisit() {
  Fixture f = detentionVisit();
  auto* visit = f.envelope.mutable_visit();
  visit->set_visit_type(rec::VISIT_TYPE_SHELTER);
  auto* shelter = visit->mutable_shelter();  // replaces the detention module
  shelter->set_capacity(120);
  setCount(shelter->mutable_occupancy(), 80, 30, 35, 8, 7, 0);
  shelter->set_unaccompanied_children(2);
  return f;
}

Fixture borderVisit() {
  Fixture f = detentionVisit();
  auto* visit = f.envelope.mutable_visit();
  visit->set_visit_type(rec::VISIT_TYPE_BORDER);
  auto* border = visit->mutable_border();
  border->set_direction(rec::MOVEMENT_DIRECTION_NORTHBOUND);
  border->set_individuals(300);
  border->set_family_groups(25);
  return f;
}

Fixture fieldMissionVisit() {
  Fixture f = detentionVisit();
  f.envelope.mutable_visit()->set_visit_type(rec::VISIT_TYPE_FIELD_MISSION);
  f.envelope.mutable_visit()->clear_module();
  return f;
}

rec::ConsentItem* addConsent(Screening* screening, rec::ConsentPurpose purpose, std::string_view agency = {}) {
  auto* item = screening->add_consents();
  item->set_id(sync::newRecordId());
  item->set_purpose(purpose);
  item->set_given(true);
  setAt(item->mutable_recorded_at(), -3h);
  item->set_agency_code(std::string(agency));
  return item;
}

rec::ConsentItem* consentOf(Screening* screening, rec::ConsentPurpose purpose) {
  for (auto& item : *screening->mutable_consents()) {
    if (item.purpose() == purpose) return &item;
  }
  ADD_FAILURE() << "the fixture has no consent item for purpose " << purpose;
  return screening->add_consents();  // never null, so edits stay safe
}

void removeConsent(Screening* screening, rec::ConsentPurpose purpose) {
  auto* items = screening->mutable_consents();
  for (int i = items->size() - 1; i >= 0; --i) {
    if (items->Get(i).purpose() == purpose) items->DeleteSubrange(i, 1);
  }
}

Fixture anonymousScreening() {
  Fixture f{envelopeOf(wire::RECORD_KIND_SCREENING), {}, Mode::Capture};
  auto* screening = f.envelope.mutable_screening();
  screening->set_visit_id(kVisitId);
  screening->set_mode(rec::SCREENING_MODE_ANONYMOUS);
  addConsent(screening, rec::CONSENT_PURPOSE_INTERVIEW);
  setAt(screening->mutable_interviewed_at(), -3h);
  auto* respondent = screening->mutable_respondent();
  respondent->set_sex(cmn::SEX_FEMALE);
  respondent->set_age_years(34);
  respondent->set_age_band(cmn::AGE_BAND_18_59);
  respondent->set_nationality("HND");
  respondent->set_habitual_residence("HND");
  auto* household = screening->mutable_household();
  household->set_travel_mode(rec::TRAVEL_MODE_WITH_FAMILY);
  household->set_adults(1);
  household->set_children(3);
  household->set_children_under_5(1);
  screening->set_date_left("2026-09-14");
  screening->mutable_journey()->add_countries_crossed("GTM");
  screening->mutable_intentions()->set_destination_country("MEX");
  auto* need = screening->add_specific_needs();
  need->set_code("SP-PT");
  need->set_status(rec::SPECIFIC_NEED_STATUS_ACTIVE);
  need->set_date_identified("2026-11-20");
  return f;
}

Fixture identifiedScreening() {
  Fixture f = anonymousScreening();
  auto* screening = f.envelope.mutable_screening();
  screening->set_mode(rec::SCREENING_MODE_IDENTIFIED);
  screening->set_legal_basis(rec::LEGAL_BASIS_CONSENT);
  screening->set_person_id(kPersonId);
  addConsent(screening, rec::CONSENT_PURPOSE_IDENTIFIED_RECORD);
  addConsent(screening, rec::CONSENT_PURPOSE_REFERRAL, "COMAR");
  addConsent(screening, rec::CONSENT_PURPOSE_DATA_SHARING, "COMAR");
  screening->mutable_respondent()->set_sex(cmn::SEX_MALE);
  screening->mutable_respondent()->set_age_years(27);
  screening->set_follow_up_needed(true);
  return f;
}

// A child respondent with assent and a guardian's consent.
Fixture childScreening() {
  Fixture f = anonymousScreening();
  auto* screening = f.envelope.mutable_screening();
  screening->mutable_respondent()->set_age_years(16);
  screening->mutable_respondent()->set_age_band(cmn::AGE_BAND_12_17);
  addConsent(screening, rec::CONSENT_PURPOSE_CHILD_ASSENT);
  addConsent(screening, rec::CONSENT_PURPOSE_GUARDIAN_CONSENT);
  return f;
}

Fixture referral() {
  Fixture f{envelopeOf(wire::RECORD_KIND_REFERRAL), identifiedScreening().envelope.screening(), Mode::Capture};
  auto* referral = f.envelope.mutable_referral();
  referral->set_referral_number("MEX-26-PRTAPA-0000042");
  referral->set_screening_id(kScreeningId);
  referral->set_person_id(kPersonId);
  referral->set_referral_type("legal");
  referral->set_agency_code("COMAR");
  referral->set_urgency(cmn::PRIORITY_URGENT);
  referral->set_consent_reference(consentOf(&*f.linked, rec::CONSENT_PURPOSE_REFERRAL)->id());
  referral->add_fields_shared("respondent.nationality");
  referral->add_fields_shared("person.given_names");
  referral->set_channel(rec::REFERRAL_CHANNEL_WRITTEN);
  referral->set_sent_on("2026-11-19");
  referral->set_status(rec::REFERRAL_STATUS_SENT);
  referral->set_supervisor_signoff_by("arodriguez");
  return f;
}

Fixture followUp() {
  Fixture f{envelopeOf(wire::RECORD_KIND_FOLLOW_UP), {}, Mode::Capture};
  auto* followUp = f.envelope.mutable_follow_up();
  followUp->set_screening_id(kScreeningId);
  followUp->set_referral_id(kReferralId);
  followUp->set_date("2026-11-19");
  followUp->set_channel(rec::FOLLOW_UP_CHANNEL_CALL);
  followUp->set_contact_achieved(true);
  followUp->set_case_status(rec::CASE_STATUS_IN_FOLLOW_UP);
  followUp->set_next_date("2026-11-27");
  return f;
}

Fixture incident() {
  Fixture f{envelopeOf(wire::RECORD_KIND_INCIDENT), {}, Mode::Capture};
  auto* incident = f.envelope.mutable_incident();
  incident->set_occurred_on("2026-11-10");
  incident->set_reported_on("2026-11-12");
  incident->set_region(rec::INCIDENT_REGION_TRANSIT);
  incident->set_country("GTM");
  incident->set_incident_type(rec::INCIDENT_TYPE_EXTORTION);
  incident->set_perpetrator(rec::PERPETRATOR_ORGANISED_CRIME);
  setCount(incident->mutable_victims(), 4, 1, 2, 1, 0, 0);
  incident->set_unaccompanied_children(1);
  incident->add_reported_to("FISCALIA");
  incident->set_screening_id(kScreeningId);
  incident->set_description("Cobro de cuota para cruzar");
  return f;
}

Fixture review() {
  Fixture f{envelopeOf(wire::RECORD_KIND_REVIEW), {}, Mode::Capture};
  f.envelope.mutable_review()->set_target_record_id(kOtherId);
  f.envelope.mutable_review()->set_verdict(rec::REVIEW_VERDICT_REVIEWED);
  return f;
}

Fixture person() {
  Fixture f{envelopeOf(wire::RECORD_KIND_PERSON), {}, Mode::Capture};
  auto* person = f.envelope.mutable_person();
  person->set_given_names("Test");
  person->set_family_names("Persona");
  person->set_date_of_birth("1991-05-02");
  person->set_nationality("HND");
  auto* contact = person->add_contacts();
  contact->set_channel(rec::CONTACT_CHANNEL_WHATSAPP);
  contact->set_value("+52 962 000 0000");
  return f;
}

Fixture site() {
  Fixture f{envelopeOf(wire::RECORD_KIND_SITE), {}, Mode::Capture};
  auto* site = f.envelope.mutable_site();
  site->set_name("EM Siglo XXI");
  site->set_site_type(rec::SITE_TYPE_DETENTION_CENTRE);
  site->set_office_code("TAP");
  site->set_official_capacity(960);
  site->mutable_location()->set_latitude(14.8869);
  site->mutable_location()->set_longitude(-92.2829);
  return f;
}

// Shorthands for edits.
rec::Visit* visitOf(Fixture& f) { return f.envelope.mutable_visit(); }
Screening* screeningOf(Fixture& f) { return f.envelope.mutable_screening(); }
rec::Referral* referralOf(Fixture& f) { return f.envelope.mutable_referral(); }
rec::FollowUp* followUpOf(Fixture& f) { return f.envelope.mutable_follow_up(); }
rec::Incident* incidentOf(Fixture& f) { return f.envelope.mutable_incident(); }
rec::Review* reviewOf(Fixture& f) { return f.envelope.mutable_review(); }
rec::Person* personOf(Fixture& f) { return f.envelope.mutable_person(); }
rec::Site* siteOf(Fixture& f) { return f.envelope.mutable_site(); }
cmn::SexAgeCount* populationOf(Fixture& f) { return visitOf(f)->mutable_detention()->mutable_population(); }

// ---------------------------------------------------------------------------
// One rule per row: a valid variant (no such finding, record ok) and an
// invalid variant (the finding at exactly this path with this code).

using Edit = std::function<void(Fixture&)>;

struct RuleCase {
  std::string name;
  std::function<Fixture()> base;
  Edit valid;    // edits that keep the rule satisfied (often none)
  Edit invalid;  // edits that break exactly this rule
  std::string path;
  std::string code;
  Severity severity = Severity::Error;
  Mode mode = Mode::Capture;
};

// Names the case in test listings instead of dumping its bytes.
void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }

const Edit kNoEdit = [](Fixture&) {};

std::vector<RuleCase> envelopeCases() {
  return {
      {"IdRequired", detentionVisit, kNoEdit, [](Fixture& f) { f.envelope.clear_id(); }, "id", "required"},
      {"IdIsUuidV7", detentionVisit, [](Fixture& f) { f.envelope.set_id(kOtherId); },
       [](Fixture& f) { f.envelope.set_id(kUuidV4); }, "id", "invalid_format"},
      {"KindRequired", detentionVisit, kNoEdit, [](Fixture& f) { f.envelope.set_kind(wire::RECORD_KIND_UNSPECIFIED); },
       "kind", "required"},
      {"KindMatchesBody", detentionVisit, kNoEdit,
       [](Fixture& f) { f.envelope.set_kind(wire::RECORD_KIND_SCREENING); }, "kind", "kind_mismatch"},
      {"KindKnown", detentionVisit, kNoEdit, [](Fixture& f) { f.envelope.set_kind(static_cast<wire::RecordKind>(77)); },
       "kind", "unknown_code"},
      {"BodyRequiredUnlessTombstone", detentionVisit,
       [](Fixture& f) {
         f.envelope.clear_body();
         f.envelope.set_deleted(true);
       },
       [](Fixture& f) { f.envelope.clear_body(); }, "body", "required"},
      {"OfficeRequired", detentionVisit, kNoEdit, [](Fixture& f) { f.envelope.clear_office_code(); }, "office_code",
       "required"},
      {"OfficeKnown", detentionVisit, [](Fixture& f) { f.envelope.set_office_code("CDMX"); },
       [](Fixture& f) { f.envelope.set_office_code("MTY"); }, "office_code", "unknown_code"},
      {"AuthorRequired", detentionVisit, kNoEdit, [](Fixture& f) { f.envelope.clear_author(); }, "author", "required"},
      {"CreatedAtRequired", detentionVisit, kNoEdit, [](Fixture& f) { f.envelope.clear_created_at(); }, "created_at",
       "required"},
      {"CreatedAtWithinClockSkew", detentionVisit,
       [](Fixture& f) {
         setAt(f.envelope.mutable_created_at(), 9min);
         setAt(f.envelope.mutable_modified_at(), 9min);
       },
       [](Fixture& f) {
         setAt(f.envelope.mutable_created_at(), 11min);
         setAt(f.envelope.mutable_modified_at(), 11min);
       },
       "created_at", "in_future"},
      {"ModifiedAtNotInFuture", detentionVisit, [](Fixture& f) { setAt(f.envelope.mutable_modified_at(), 5min); },
       [](Fixture& f) { setAt(f.envelope.mutable_modified_at(), 2h); }, "modified_at", "in_future"},
      {"ModifiedNotBeforeCreated", detentionVisit, [](Fixture& f) { setAt(f.envelope.mutable_modified_at(), -1h); },
       [](Fixture& f) { setAt(f.envelope.mutable_modified_at(), -2h); }, "modified_at", "out_of_order"},
      {"CreatedAtPlausible", detentionVisit, kNoEdit,
       [](Fixture& f) {
         f.envelope.mutable_created_at()->set_seconds(0);  // a device clock reset to 1970
         f.envelope.clear_modified_at();
       },
       "created_at", "implausible"},
      {"TimestampWellFormed", detentionVisit, kNoEdit, [](Fixture& f) { f.envelope.mutable_created_at()->set_nanos(-1); },
       "created_at", "invalid_format"},
      {"DataClassNotAnonymisedForSensitiveKinds", detentionVisit,
       [](Fixture& f) { f.envelope.set_data_class(cmn::DATA_CLASS_SENSITIVE); },
       [](Fixture& f) { f.envelope.set_data_class(cmn::DATA_CLASS_ANONYMISED_AGGREGATE); }, "data_class", "mismatch"},
      {"SignoffNotByAuthor", referral, kNoEdit, [](Fixture& f) { f.envelope.set_author("arodriguez"); },
       "referral.supervisor_signoff_by", "not_allowed"},
  };
}

std::vector<RuleCase> visitCases() {
  return {
      {"VisitTypeRequired", detentionVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->set_visit_type(rec::VISIT_TYPE_UNSPECIFIED); }, "visit.visit_type", "required"},
      {"VisitTypeKnown", detentionVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->set_visit_type(static_cast<rec::VisitType>(42)); }, "visit.visit_type",
       "unknown_code"},
      {"SiteRequired", detentionVisit, kNoEdit, [](Fixture& f) { visitOf(f)->clear_site_id(); }, "visit.site_id",
       "required"},
      {"SiteIsRecordId", detentionVisit, kNoEdit, [](Fixture& f) { visitOf(f)->set_site_id("siglo-xxi"); },
       "visit.site_id", "invalid_format"},
      {"StartedAtRequired", detentionVisit, kNoEdit,
       [](Fixture& f) {
         visitOf(f)->clear_started_at();
         visitOf(f)->clear_ended_at();
       },
       "visit.started_at", "required"},
      {"StartedAtNotInFuture", detentionVisit,
       [](Fixture& f) {
         setAt(visitOf(f)->mutable_started_at(), 5min);
         visitOf(f)->clear_ended_at();
       },
       [](Fixture& f) {
         setAt(visitOf(f)->mutable_started_at(), 3h);
         visitOf(f)->clear_ended_at();
       },
       "visit.started_at", "in_future"},
      {"EndedNotBeforeStarted", detentionVisit,
       [](Fixture& f) { *visitOf(f)->mutable_ended_at() = visitOf(f)->started_at(); },
       [](Fixture& f) { setAt(visitOf(f)->mutable_ended_at(), -6h); }, "visit.ended_at", "out_of_order"},
      {"AccessRequired", detentionVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->set_access(rec::ACCESS_OBTAINED_UNSPECIFIED); }, "visit.access", "required"},
      {"AccessDeniedNeedsReason", detentionVisit,
       [](Fixture& f) {
         visitOf(f)->set_access(rec::ACCESS_OBTAINED_DENIED);
         visitOf(f)->set_access_denied_reason("Sin autorización del INM ese día");
       },
       [](Fixture& f) { visitOf(f)->set_access(rec::ACCESS_OBTAINED_DENIED); }, "visit.access_denied_reason",
       "required"},
      {"AccessDeniedIsAlert", detentionVisit, [](Fixture& f) { visitOf(f)->set_access(rec::ACCESS_OBTAINED_PARTIAL); },
       [](Fixture& f) {
         visitOf(f)->set_access(rec::ACCESS_OBTAINED_DENIED);
         visitOf(f)->set_access_denied_reason("Sin autorización del INM ese día");
       },
       "visit.access", "access_denied", Severity::Alert},
      {"DetentionVisitNeedsModule", detentionVisit,
       [](Fixture& f) {  // nothing observed when access was denied
         visitOf(f)->clear_module();
         visitOf(f)->set_access(rec::ACCESS_OBTAINED_DENIED);
         visitOf(f)->set_access_denied_reason("Sin autorización del INM ese día");
       },
       [](Fixture& f) { visitOf(f)->clear_module(); }, "visit.detention", "required"},
      {"DetentionModuleOnlyOnDetentionVisits", detentionVisit,
       [](Fixture& f) {
         visitOf(f)->set_visit_type(rec::VISIT_TYPE_URBAN);
         visitOf(f)->clear_module();
       },
       [](Fixture& f) { visitOf(f)->set_visit_type(rec::VISIT_TYPE_URBAN); }, "visit.detention", "not_allowed"},
      {"ShelterVisitNeedsModule", shelterVisit, kNoEdit, [](Fixture& f) { visitOf(f)->clear_module(); },
       "visit.shelter", "required"},
      {"BorderVisitNeedsModule", borderVisit, kNoEdit, [](Fixture& f) { visitOf(f)->clear_module(); }, "visit.border",
       "required"},
      {"ShelterModuleNotOnBorderVisit", borderVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->mutable_shelter()->set_capacity(10); }, "visit.shelter", "not_allowed"},
      {"FieldMissionHasNoModule", fieldMissionVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->mutable_border()->set_individuals(5); }, "visit.border", "not_allowed"},
      {"PopulationAddsUp", detentionVisit, kNoEdit, [](Fixture& f) { populationOf(f)->set_women(212); },
       "visit.detention.population.total", "sum_mismatch"},
      {"PopulationBreakdownNeedsTotal", detentionVisit, kNoEdit, [](Fixture& f) { populationOf(f)->clear_total(); },
       "visit.detention.population.total", "required"},
      {"PopulationTotalOnlyIsFine", detentionVisit,
       [](Fixture& f) {
         populationOf(f)->Clear();
         populationOf(f)->set_total(842);
       },
       [](Fixture& f) { populationOf(f)->set_total(841); }, "visit.detention.population.total", "sum_mismatch"},
      {"PopulationPlausible", detentionVisit,
       [](Fixture& f) {
         populationOf(f)->Clear();
         populationOf(f)->set_total(5000);
       },
       [](Fixture& f) {
         populationOf(f)->Clear();
         populationOf(f)->set_total(5001);
       },
       "visit.detention.population.total", "implausible"},
      {"PopulationNotNegative", detentionVisit, kNoEdit, [](Fixture& f) { populationOf(f)->set_men(-1); },
       "visit.detention.population.men", "negative"},
      {"ChildrenInDetentionAlert", detentionVisit, kNoEdit,
       [](Fixture& f) {
         populationOf(f)->set_girls(2);
         populationOf(f)->set_boys(1);
         populationOf(f)->set_unknown(28);
       },
       "visit.detention.population", "children_in_detention", Severity::Alert},
      {"DetentionDaysNotNegative", detentionVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->mutable_detention()->set_longest_detention_days(-3); },
       "visit.detention.longest_detention_days", "negative"},
      {"AverageDetentionNotAboveLongest", detentionVisit,
       [](Fixture& f) { visitOf(f)->mutable_detention()->set_average_detention_days(47); },
       [](Fixture& f) { visitOf(f)->mutable_detention()->set_average_detention_days(48); },
       "visit.detention.average_detention_days", "out_of_range"},
      {"DetentionNationalitiesKnown", detentionVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->mutable_detention()->add_main_nationalities("XYZ"); },
       "visit.detention.main_nationalities[2]", "unknown_code"},
      {"SessionParticipantsAddUp", detentionVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->mutable_information_sessions(0)->mutable_participants()->set_total(40); },
       "visit.information_sessions[0].participants.total", "sum_mismatch"},
      {"ShelterOccupancyAddsUp", shelterVisit, kNoEdit,
       [](Fixture& f) { visitOf(f)->mutable_shelter()->mutable_occupancy()->set_boys(9); },
       "visit.shelter.occupancy.total", "sum_mismatch"},
      {"PeopleInterviewedNotNegative", detentionVisit, [](Fixture& f) { visitOf(f)->set_people_interviewed(0); },
       [](Fixture& f) { visitOf(f)->set_people_interviewed(-2); }, "visit.people_interviewed", "negative"},
      {"LatitudeInRange", detentionVisit, [](Fixture& f) { visitOf(f)->mutable_location()->set_latitude(-90); },
       [](Fixture& f) { visitOf(f)->mutable_location()->set_latitude(91); }, "visit.location.latitude",
       "out_of_range"},
  };
}

std::vector<RuleCase> siteCases() {
  return {
      {"NameRequired", site, kNoEdit, [](Fixture& f) { siteOf(f)->clear_name(); }, "site.name", "required"},
      {"SiteTypeRequired", site, kNoEdit, [](Fixture& f) { siteOf(f)->set_site_type(rec::SITE_TYPE_UNSPECIFIED); },
       "site.site_type", "required"},
      {"OfficeRequired", site, kNoEdit, [](Fixture& f) { siteOf(f)->clear_office_code(); }, "site.office_code",
       "required"},
      {"OfficeKnown", site, [](Fixture& f) { siteOf(f)->set_office_code("SAL"); },
       [](Fixture& f) { siteOf(f)->set_office_code("tap"); }, "site.office_code", "unknown_code"},
      {"CapacityNotNegative", site, kNoEdit, [](Fixture& f) { siteOf(f)->set_official_capacity(-1); },
       "site.official_capacity", "negative"},
  };
}

std::vector<RuleCase> screeningCases() {
  return {
      {"VisitRequired", anonymousScreening, kNoEdit, [](Fixture& f) { screeningOf(f)->clear_visit_id(); },
       "screening.visit_id", "required"},
      {"ModeRequired", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->set_mode(rec::SCREENING_MODE_UNSPECIFIED); }, "screening.mode", "required"},
      {"InterviewedAtRequired", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->clear_interviewed_at(); }, "screening.interviewed_at", "required"},
      {"InterviewConsentRequired", anonymousScreening, kNoEdit,
       [](Fixture& f) { removeConsent(screeningOf(f), rec::CONSENT_PURPOSE_INTERVIEW); }, "screening.consents",
       "consent_missing"},
      {"InterviewConsentMustBeGiven", anonymousScreening, kNoEdit,
       [](Fixture& f) { consentOf(screeningOf(f), rec::CONSENT_PURPOSE_INTERVIEW)->set_given(false); },
       "screening.consents", "consent_missing"},
      {"InterviewConsentNotWithdrawn", anonymousScreening,
       [](Fixture& f) {  // withdrawn, then given again
         setAt(consentOf(screeningOf(f), rec::CONSENT_PURPOSE_INTERVIEW)->mutable_withdrawn_at(), -2h);
         addConsent(screeningOf(f), rec::CONSENT_PURPOSE_INTERVIEW);
       },
       [](Fixture& f) {
         setAt(consentOf(screeningOf(f), rec::CONSENT_PURPOSE_INTERVIEW)->mutable_withdrawn_at(), -2h);
       },
       "screening.consents", "consent_withdrawn"},
      {"ConsentIsTimestamped", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_consents(0)->clear_recorded_at(); },
       "screening.consents[0].recorded_at", "required"},
      {"ConsentPurposeRequired", anonymousScreening,
       [](Fixture& f) { addConsent(screeningOf(f), rec::CONSENT_PURPOSE_CHILD_ASSENT); },
       [](Fixture& f) { addConsent(screeningOf(f), rec::CONSENT_PURPOSE_UNSPECIFIED); },
       "screening.consents[1].purpose", "required"},
      {"WithdrawalNotBeforeConsent", identifiedScreening,
       [](Fixture& f) { setAt(screeningOf(f)->mutable_consents(2)->mutable_withdrawn_at(), -1h); },
       [](Fixture& f) { setAt(screeningOf(f)->mutable_consents(2)->mutable_withdrawn_at(), -4h); },
       "screening.consents[2].withdrawn_at", "out_of_order"},
      {"ReferralConsentNamesAgency", identifiedScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_consents(2)->clear_agency_code(); },
       "screening.consents[2].agency_code", "required"},
      {"ConsentAgencyKnown", identifiedScreening,
       [](Fixture& f) { screeningOf(f)->mutable_consents(2)->set_agency_code("PARTNER_LEGAL"); },
       [](Fixture& f) { screeningOf(f)->mutable_consents(2)->set_agency_code("ACNUR"); },
       "screening.consents[2].agency_code", "unknown_code"},
      {"AnonymousHasNoPerson", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->set_person_id(kPersonId); }, "screening.person_id", "not_allowed"},
      {"AnonymousHasNoFollowUp", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->set_follow_up_needed(true); }, "screening.follow_up_needed", "not_allowed"},
      {"IdentifiedNeedsLegalBasis", identifiedScreening,
       [](Fixture& f) { screeningOf(f)->set_legal_basis(rec::LEGAL_BASIS_VITAL_INTEREST); },
       [](Fixture& f) { screeningOf(f)->set_legal_basis(rec::LEGAL_BASIS_UNSPECIFIED); }, "screening.legal_basis",
       "required"},
      {"IdentifiedNeedsPerson", identifiedScreening, kNoEdit, [](Fixture& f) { screeningOf(f)->clear_person_id(); },
       "screening.person_id", "required"},
      {"IdentifiedPersonIsRecordId", identifiedScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->set_person_id("persona-17"); }, "screening.person_id", "invalid_format"},
      {"ConsentBasisNeedsIdentifiedRecordConsent", identifiedScreening,
       [](Fixture& f) {  // another basis does not rest on this consent
         screeningOf(f)->set_legal_basis(rec::LEGAL_BASIS_MANDATE);
         removeConsent(screeningOf(f), rec::CONSENT_PURPOSE_IDENTIFIED_RECORD);
       },
       [](Fixture& f) { removeConsent(screeningOf(f), rec::CONSENT_PURPOSE_IDENTIFIED_RECORD); },
       "screening.consents", "consent_missing"},
      {"IdentifiedRecordConsentMustBeGiven", identifiedScreening, kNoEdit,
       [](Fixture& f) { consentOf(screeningOf(f), rec::CONSENT_PURPOSE_IDENTIFIED_RECORD)->set_given(false); },
       "screening.consents", "consent_missing"},
      {"AgeAtMost120", anonymousScreening,
       [](Fixture& f) {
         screeningOf(f)->mutable_respondent()->set_age_years(120);
         screeningOf(f)->mutable_respondent()->set_age_band(cmn::AGE_BAND_60_PLUS);
       },
       [](Fixture& f) {
         screeningOf(f)->mutable_respondent()->set_age_years(121);
         screeningOf(f)->mutable_respondent()->set_age_band(cmn::AGE_BAND_UNSPECIFIED);
       },
       "screening.respondent.age_years", "out_of_range"},
      {"AgeNotNegative", anonymousScreening, kNoEdit,
       [](Fixture& f) {
         screeningOf(f)->mutable_respondent()->set_age_years(-1);
         screeningOf(f)->mutable_respondent()->set_age_band(cmn::AGE_BAND_UNSPECIFIED);
       },
       "screening.respondent.age_years", "out_of_range"},
      {"AgeBandMatchesAge", anonymousScreening,
       [](Fixture& f) { screeningOf(f)->mutable_respondent()->set_age_band(cmn::AGE_BAND_UNSPECIFIED); },
       [](Fixture& f) { screeningOf(f)->mutable_respondent()->set_age_band(cmn::AGE_BAND_60_PLUS); },
       "screening.respondent.age_band", "mismatch"},
      {"NationalityKnown", anonymousScreening,
       [](Fixture& f) { screeningOf(f)->mutable_respondent()->set_nationality("VEN"); },
       [](Fixture& f) { screeningOf(f)->mutable_respondent()->set_nationality("HON"); },
       "screening.respondent.nationality", "unknown_code"},
      {"HabitualResidenceKnown", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_respondent()->set_habitual_residence("hnd"); },
       "screening.respondent.habitual_residence", "unknown_code"},
      {"CountriesCrossedKnown", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_journey()->add_countries_crossed("GUA"); },
       "screening.journey.countries_crossed[1]", "unknown_code"},
      {"DestinationKnown", anonymousScreening,
       [](Fixture& f) { screeningOf(f)->mutable_intentions()->set_destination_country("USA"); },
       [](Fixture& f) { screeningOf(f)->mutable_intentions()->set_destination_country("EUA"); },
       "screening.intentions.destination_country", "unknown_code"},
      {"ChildNeedsAssent", childScreening, kNoEdit,
       [](Fixture& f) { removeConsent(screeningOf(f), rec::CONSENT_PURPOSE_CHILD_ASSENT); }, "screening.consents",
       "consent_missing"},
      {"ChildByAgeBandNeedsAssent", childScreening,
       [](Fixture& f) { screeningOf(f)->mutable_respondent()->clear_age_years(); },
       [](Fixture& f) {
         screeningOf(f)->mutable_respondent()->clear_age_years();
         removeConsent(screeningOf(f), rec::CONSENT_PURPOSE_CHILD_ASSENT);
       },
       "screening.consents", "consent_missing"},
      {"ChildNeedsGuardianOrBestInterests", childScreening,
       [](Fixture& f) {
         removeConsent(screeningOf(f), rec::CONSENT_PURPOSE_GUARDIAN_CONSENT);
         screeningOf(f)->set_legal_basis(rec::LEGAL_BASIS_BEST_INTERESTS);
       },
       [](Fixture& f) { removeConsent(screeningOf(f), rec::CONSENT_PURPOSE_GUARDIAN_CONSENT); },
       "screening.consents", "consent_missing"},
      {"SeventeenIsStillAChild", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_respondent()->set_age_years(17); }, "screening.consents",
       "consent_missing"},
      {"SpecificNeedCodeRequired", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_specific_needs(0)->clear_code(); },
       "screening.specific_needs[0].code", "required"},
      {"SpecificNeedCodeKnown", anonymousScreening,
       [](Fixture& f) { screeningOf(f)->mutable_specific_needs(0)->set_code("DS-LBM"); },
       [](Fixture& f) { screeningOf(f)->mutable_specific_needs(0)->set_code("XX-99"); },
       "screening.specific_needs[0].code", "unknown_code"},
      {"LegacyCodeRejectedInCapture", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->add_specific_needs()->set_code("LP-TR"); },
       "screening.specific_needs[1].code", "legacy_code"},
      {"DateIdentifiedIsDate", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_specific_needs(0)->set_date_identified("20/11/2026"); },
       "screening.specific_needs[0].date_identified", "invalid_format"},
      {"DateLeftIsCalendarDate", anonymousScreening, [](Fixture& f) { screeningOf(f)->set_date_left("2024-02-29"); },
       [](Fixture& f) { screeningOf(f)->set_date_left("2026-02-29"); }, "screening.date_left", "invalid_format"},
      {"DateLeftNotInFuture", anonymousScreening,
       [](Fixture& f) { screeningOf(f)->set_date_left("2026-11-21"); },  // already 21 November in UTC+14
       [](Fixture& f) { screeningOf(f)->set_date_left("2026-11-22"); }, "screening.date_left", "in_future"},
      {"DateLeftPlausible", anonymousScreening, [](Fixture& f) { screeningOf(f)->set_date_left("1900-01-01"); },
       [](Fixture& f) { screeningOf(f)->set_date_left("1899-12-31"); }, "screening.date_left", "implausible"},
      {"HouseholdUnder5NotAboveChildren", anonymousScreening,
       [](Fixture& f) { screeningOf(f)->mutable_household()->set_children_under_5(3); },
       [](Fixture& f) { screeningOf(f)->mutable_household()->set_children_under_5(4); },
       "screening.household.children_under_5", "out_of_range"},
      {"HouseholdNotNegative", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->mutable_household()->set_adults(-1); }, "screening.household.adults",
       "negative"},
  };
}

std::vector<RuleCase> personCases() {
  return {
      {"NeedsAName", person, [](Fixture& f) { personOf(f)->clear_given_names(); },
       [](Fixture& f) {
         personOf(f)->clear_given_names();
         personOf(f)->clear_family_names();
       },
       "person.given_names", "required"},
      {"BirthNotInFuture", person, kNoEdit, [](Fixture& f) { personOf(f)->set_date_of_birth("2027-01-01"); },
       "person.date_of_birth", "in_future"},
      {"NationalityKnown", person, kNoEdit, [](Fixture& f) { personOf(f)->set_nationality("XX"); },
       "person.nationality", "unknown_code"},
      {"ContactValueRequired", person, kNoEdit, [](Fixture& f) { personOf(f)->mutable_contacts(0)->clear_value(); },
       "person.contacts[0].value", "required"},
      {"ContactChannelRequired", person, kNoEdit,
       [](Fixture& f) { personOf(f)->mutable_contacts(0)->set_channel(rec::CONTACT_CHANNEL_UNSPECIFIED); },
       "person.contacts[0].channel", "required"},
  };
}

// Consent items of the linked screening, by purpose.
rec::ConsentItem* linkedConsent(Fixture& f, rec::ConsentPurpose purpose) { return consentOf(&*f.linked, purpose); }

std::vector<RuleCase> referralCases() {
  return {
      {"ScreeningRequired", referral, kNoEdit, [](Fixture& f) { referralOf(f)->clear_screening_id(); },
       "referral.screening_id", "required"},
      {"ScreeningIsRecordId", referral, kNoEdit, [](Fixture& f) { referralOf(f)->set_screening_id(kUuidV4); },
       "referral.screening_id", "invalid_format"},
      {"AgencyRequired", referral, kNoEdit, [](Fixture& f) { referralOf(f)->clear_agency_code(); },
       "referral.agency_code", "required"},
      {"AgencyKnown", referral, kNoEdit, [](Fixture& f) { referralOf(f)->set_agency_code("ACNUR"); },
       "referral.agency_code", "unknown_code"},
      {"ConsentReferenceRequired", referral, kNoEdit, [](Fixture& f) { referralOf(f)->clear_consent_reference(); },
       "referral.consent_reference", "required"},
      {"ComarNeedsSignoff", referral,
       [](Fixture& f) {  // an agency without the sign-off rule
         referralOf(f)->set_agency_code("CNDH");
         referralOf(f)->clear_supervisor_signoff_by();
         linkedConsent(f, rec::CONSENT_PURPOSE_REFERRAL)->set_agency_code("CNDH");
         linkedConsent(f, rec::CONSENT_PURPOSE_DATA_SHARING)->set_agency_code("CNDH");
       },
       [](Fixture& f) { referralOf(f)->clear_supervisor_signoff_by(); }, "referral.supervisor_signoff_by",
       "required"},
      {"InmNeedsSignoff", referral,
       [](Fixture& f) {
         referralOf(f)->set_agency_code("INM");
         linkedConsent(f, rec::CONSENT_PURPOSE_REFERRAL)->set_agency_code("INM");
         linkedConsent(f, rec::CONSENT_PURPOSE_DATA_SHARING)->set_agency_code("INM");
       },
       [](Fixture& f) {
         referralOf(f)->set_agency_code("INM");
         referralOf(f)->clear_supervisor_signoff_by();
         linkedConsent(f, rec::CONSENT_PURPOSE_REFERRAL)->set_agency_code("INM");
         linkedConsent(f, rec::CONSENT_PURPOSE_DATA_SHARING)->set_agency_code("INM");
       },
       "referral.supervisor_signoff_by", "required"},
      {"LinkedReferralConsentRequired", referral, kNoEdit,
       [](Fixture& f) { removeConsent(&*f.linked, rec::CONSENT_PURPOSE_REFERRAL); }, "referral.consent_reference",
       "consent_missing"},
      {"LinkedReferralConsentForThisAgency", referral, kNoEdit,
       [](Fixture& f) { linkedConsent(f, rec::CONSENT_PURPOSE_REFERRAL)->set_agency_code("FISCALIA"); },
       "referral.consent_reference", "mismatch"},
      {"ConsentReferenceNamesAReferralConsent", referral, kNoEdit,
       [](Fixture& f) {
         referralOf(f)->set_consent_reference(linkedConsent(f, rec::CONSENT_PURPOSE_DATA_SHARING)->id());
       },
       "referral.consent_reference", "mismatch"},
      {"ConsentReferenceNamesAConsentOfTheCase", referral, kNoEdit,
       [](Fixture& f) { referralOf(f)->set_consent_reference(kOtherId); }, "referral.consent_reference",
       "consent_missing"},
      {"ConsentReferenceIsAnId", referral, kNoEdit,
       [](Fixture& f) { referralOf(f)->set_consent_reference("consents[2]"); }, "referral.consent_reference",
       "invalid_format"},
      {"LinkedReferralConsentGiven", referral, kNoEdit,
       [](Fixture& f) { linkedConsent(f, rec::CONSENT_PURPOSE_REFERRAL)->set_given(false); },
       "referral.consent_reference", "consent_missing"},
      {"WithdrawnConsentCannotBackReferral", referral, kNoEdit,
       [](Fixture& f) { setAt(linkedConsent(f, rec::CONSENT_PURPOSE_REFERRAL)->mutable_withdrawn_at(), -1h); },
       "referral.consent_reference", "consent_withdrawn"},
      {"DataShareNeedsSharingConsent", referral,
       [](Fixture& f) {  // a referral sharing no fields needs no sharing consent
         removeConsent(&*f.linked, rec::CONSENT_PURPOSE_DATA_SHARING);
         referralOf(f)->clear_fields_shared();
       },
       [](Fixture& f) { removeConsent(&*f.linked, rec::CONSENT_PURPOSE_DATA_SHARING); }, "referral.fields_shared",
       "consent_missing"},
      {"WithdrawnSharingConsentBlocksShare", referral, kNoEdit,
       [](Fixture& f) { setAt(linkedConsent(f, rec::CONSENT_PURPOSE_DATA_SHARING)->mutable_withdrawn_at(), -1h); },
       "referral.fields_shared", "consent_withdrawn"},
      {"OnlyIdentifiedCasesAreReferred", referral, kNoEdit,
       [](Fixture& f) { f.linked->set_mode(rec::SCREENING_MODE_ANONYMOUS); }, "referral.screening_id",
       "not_allowed"},
      {"ReferralNumberFormat", referral, [](Fixture& f) { referralOf(f)->clear_referral_number(); },
       [](Fixture& f) { referralOf(f)->set_referral_number("MEX-26-42"); }, "referral.referral_number",
       "invalid_format"},
      {"SentReferralHasSentDate", referral,
       [](Fixture& f) {
         referralOf(f)->set_status(rec::REFERRAL_STATUS_PENDING);
         referralOf(f)->clear_sent_on();
       },
       [](Fixture& f) { referralOf(f)->clear_sent_on(); }, "referral.sent_on", "required"},
      {"AnsweredNotBeforeSent", referral, [](Fixture& f) { referralOf(f)->set_answered_on("2026-11-19"); },
       [](Fixture& f) { referralOf(f)->set_answered_on("2026-11-18"); }, "referral.answered_on", "out_of_order"},
      {"RejectionHasReason", referral,
       [](Fixture& f) {
         referralOf(f)->set_status(rec::REFERRAL_STATUS_REJECTED);
         referralOf(f)->set_status_reason("Fuera de su competencia");
       },
       [](Fixture& f) { referralOf(f)->set_status(rec::REFERRAL_STATUS_REJECTED); }, "referral.status_reason",
       "required"},
  };
}

std::vector<RuleCase> followUpCases() {
  return {
      {"ScreeningRequired", followUp, kNoEdit, [](Fixture& f) { followUpOf(f)->clear_screening_id(); },
       "follow_up.screening_id", "required"},
      {"DateRequired", followUp, kNoEdit,
       [](Fixture& f) {
         followUpOf(f)->clear_date();
       },
       "follow_up.date", "required"},
      {"DateIsIsoDate", followUp, kNoEdit, [](Fixture& f) { followUpOf(f)->set_date("2026-11-31"); },
       "follow_up.date", "invalid_format"},
      {"DateNotInFuture", followUp, kNoEdit,
       [](Fixture& f) {
         followUpOf(f)->set_date("2026-12-01");
         followUpOf(f)->set_next_date("2026-12-08");
       },
       "follow_up.date", "in_future"},
      {"ChannelRequired", followUp, kNoEdit,
       [](Fixture& f) { followUpOf(f)->set_channel(rec::FOLLOW_UP_CHANNEL_UNSPECIFIED); }, "follow_up.channel",
       "required"},
      {"ClosedCaseHasReason", followUp,
       [](Fixture& f) {
         followUpOf(f)->set_case_status(rec::CASE_STATUS_CLOSED);
         followUpOf(f)->set_closure_reason(rec::CLOSURE_REASON_RESOLVED);
       },
       [](Fixture& f) { followUpOf(f)->set_case_status(rec::CASE_STATUS_CLOSED); }, "follow_up.closure_reason",
       "required"},
      {"ClosureReasonOnlyWhenClosed", followUp, kNoEdit,
       [](Fixture& f) { followUpOf(f)->set_closure_reason(rec::CLOSURE_REASON_DEPORTED); },
       "follow_up.closure_reason", "not_allowed"},
      {"NextDateNotBeforeDate", followUp, [](Fixture& f) { followUpOf(f)->set_next_date("2027-01-15"); },
       [](Fixture& f) { followUpOf(f)->set_next_date("2026-11-18"); }, "follow_up.next_date", "out_of_order"},
      {"ReferralStatusNeedsReferral", followUp,
       [](Fixture& f) { followUpOf(f)->set_referral_status(rec::REFERRAL_STATUS_ACCEPTED); },
       [](Fixture& f) {
         followUpOf(f)->set_referral_status(rec::REFERRAL_STATUS_ACCEPTED);
         followUpOf(f)->clear_referral_id();
       },
       "follow_up.referral_id", "required"},
      {"UpdatedNeedsKnown", followUp,
       [](Fixture& f) { followUpOf(f)->add_updated_specific_needs()->set_code("SM-CI"); },
       [](Fixture& f) { followUpOf(f)->add_updated_specific_needs()->set_code("SM-XX"); },
       "follow_up.updated_specific_needs[0].code", "unknown_code"},
  };
}

std::vector<RuleCase> incidentCases() {
  return {
      {"OccurredOnRequired", incident, kNoEdit,
       [](Fixture& f) {
         incidentOf(f)->clear_occurred_on();
       },
       "incident.occurred_on", "required"},
      {"OccurredOnNotInFuture", incident, kNoEdit,
       [](Fixture& f) {
         incidentOf(f)->set_occurred_on("2026-12-24");
         incidentOf(f)->clear_reported_on();
       },
       "incident.occurred_on", "in_future"},
      {"IncidentTypeRequired", incident, kNoEdit,
       [](Fixture& f) { incidentOf(f)->set_incident_type(rec::INCIDENT_TYPE_UNSPECIFIED); }, "incident.incident_type",
       "required"},
      {"SexualViolenceCodeOnly", incident,
       [](Fixture& f) {
         incidentOf(f)->set_incident_type(rec::INCIDENT_TYPE_SEXUAL_VIOLENCE);
         incidentOf(f)->clear_description();
       },
       [](Fixture& f) { incidentOf(f)->set_incident_type(rec::INCIDENT_TYPE_SEXUAL_VIOLENCE); },
       "incident.description", "not_allowed"},
      {"ReportedNotBeforeOccurred", incident, [](Fixture& f) { incidentOf(f)->set_reported_on("2026-11-10"); },
       [](Fixture& f) { incidentOf(f)->set_reported_on("2026-11-09"); }, "incident.reported_on", "out_of_order"},
      {"VictimsAddUp", incident, kNoEdit, [](Fixture& f) { incidentOf(f)->mutable_victims()->set_total(5); },
       "incident.victims.total", "sum_mismatch"},
      {"VictimsNotNegative", incident, kNoEdit, [](Fixture& f) { incidentOf(f)->mutable_victims()->set_boys(-1); },
       "incident.victims.boys", "negative"},
      {"CountryKnown", incident, kNoEdit, [](Fixture& f) { incidentOf(f)->set_country("Guatemala"); },
       "incident.country", "unknown_code"},
      {"MexicoRegionMeansMexico", incident,
       [](Fixture& f) {
         incidentOf(f)->set_region(rec::INCIDENT_REGION_MEXICO);
         incidentOf(f)->set_country("MEX");
       },
       [](Fixture& f) { incidentOf(f)->set_region(rec::INCIDENT_REGION_MEXICO); }, "incident.country", "mismatch"},
      {"ReportedToKnownAgency", incident, kNoEdit, [](Fixture& f) { incidentOf(f)->add_reported_to("MP"); },
       "incident.reported_to[1]", "unknown_code"},
      {"UnaccompaniedNotAboveChildVictims", incident, kNoEdit,
       [](Fixture& f) { incidentOf(f)->set_unaccompanied_children(2); }, "incident.unaccompanied_children",
       "out_of_range"},
      {"LinkedPersonIsRecordId", incident, [](Fixture& f) { incidentOf(f)->set_person_id(kPersonId); },
       [](Fixture& f) { incidentOf(f)->set_person_id("ana"); }, "incident.person_id", "invalid_format"},
  };
}

std::vector<RuleCase> reviewCases() {
  return {
      {"TargetRequired", review, kNoEdit, [](Fixture& f) { reviewOf(f)->clear_target_record_id(); },
       "review.target_record_id", "required"},
      {"TargetIsRecordId", review, kNoEdit, [](Fixture& f) { reviewOf(f)->set_target_record_id("visit-12"); },
       "review.target_record_id", "invalid_format"},
      {"VerdictRequired", review, kNoEdit,
       [](Fixture& f) { reviewOf(f)->set_verdict(rec::REVIEW_VERDICT_UNSPECIFIED); }, "review.verdict", "required"},
      {"FlaggedNeedsComment", review,
       [](Fixture& f) {
         reviewOf(f)->set_verdict(rec::REVIEW_VERDICT_FLAGGED);
         reviewOf(f)->set_comment("Revisar conteo de población");
       },
       [](Fixture& f) { reviewOf(f)->set_verdict(rec::REVIEW_VERDICT_FLAGGED); }, "review.comment", "required"},
      {"FollowUpRequestNeedsDueDate", review,
       [](Fixture& f) {
         reviewOf(f)->set_verdict(rec::REVIEW_VERDICT_FOLLOW_UP_REQUESTED);
         reviewOf(f)->set_follow_up_due("2026-12-05");  // a deadline may lie in the future
       },
       [](Fixture& f) { reviewOf(f)->set_verdict(rec::REVIEW_VERDICT_FOLLOW_UP_REQUESTED); }, "review.follow_up_due",
       "required"},
      {"FollowUpDueIsDate", review, kNoEdit,
       [](Fixture& f) {
         reviewOf(f)->set_verdict(rec::REVIEW_VERDICT_FOLLOW_UP_REQUESTED);
         reviewOf(f)->set_follow_up_due("next week");
       },
       "review.follow_up_due", "invalid_format"},
  };
}

std::vector<RuleCase> importCases() {
  return {
      {"LegacyCodeIsWarningOnImport", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->add_specific_needs()->set_code("WR-HR"); },
       "screening.specific_needs[1].code", "legacy_code", Severity::Warning, Mode::Import},
      {"UnknownCodeStillErrorOnImport", anonymousScreening, kNoEdit,
       [](Fixture& f) { screeningOf(f)->add_specific_needs()->set_code("ZZ-ZZ"); },
       "screening.specific_needs[1].code", "unknown_code", Severity::Error, Mode::Import},
  };
}

class ValidationRuleTest : public ::testing::TestWithParam<RuleCase> {
protected:
  Fixture make(const Edit& edit) const {
    Fixture fixture = GetParam().base();
    fixture.mode = GetParam().mode;
    edit(fixture);
    return fixture;
  }
};

TEST_P(ValidationRuleTest, ValidVariantHasNoFinding) {
  const auto& rule = GetParam();
  const auto result = run(make(rule.valid));
  EXPECT_FALSE(result.has(rule.path, rule.code)) << dump(result);
  EXPECT_TRUE(result.ok()) << dump(result);
}

TEST_P(ValidationRuleTest, InvalidVariantIsReportedAtPath) {
  const auto& rule = GetParam();
  const auto result = run(make(rule.invalid));
  const FieldIssue* issue = findIssue(result, rule.path, rule.code);
  ASSERT_NE(issue, nullptr) << "expected " << rule.path << " " << rule.code << dump(result);
  EXPECT_EQ(issue->severity, rule.severity) << dump(result);
  // Only errors block; alerts and warnings leave the record acceptable.
  EXPECT_EQ(result.ok(), rule.severity != Severity::Error) << dump(result);
}

TEST_P(ValidationRuleTest, InvalidVariantHasBothMessages) {
  const auto result = run(make(GetParam().invalid));
  ASSERT_FALSE(result.issues.empty());
  for (const auto& issue : result.issues) {
    SCOPED_TRACE(issue.path + " " + issue.code);
    EXPECT_FALSE(issue.messageEn.empty());
    EXPECT_FALSE(issue.messageEs.empty());
    EXPECT_NE(issue.messageEn, issue.messageEs);
    // No unfilled placeholder and no raw field name leaking into the text.
    for (const auto* text : {&issue.messageEn, &issue.messageEs}) {
      EXPECT_EQ(text->find('{'), std::string::npos) << *text;
      EXPECT_EQ(text->find('_'), std::string::npos) << *text;
    }
  }
}

std::string caseName(const ::testing::TestParamInfo<RuleCase>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(ValidationEnvelope, ValidationRuleTest, ::testing::ValuesIn(envelopeCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationVisit, ValidationRuleTest, ::testing::ValuesIn(visitCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationSite, ValidationRuleTest, ::testing::ValuesIn(siteCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationScreening, ValidationRuleTest, ::testing::ValuesIn(screeningCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationPerson, ValidationRuleTest, ::testing::ValuesIn(personCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationReferral, ValidationRuleTest, ::testing::ValuesIn(referralCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationFollowUp, ValidationRuleTest, ::testing::ValuesIn(followUpCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationIncident, ValidationRuleTest, ::testing::ValuesIn(incidentCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationReview, ValidationRuleTest, ::testing::ValuesIn(reviewCases()), caseName);
INSTANTIATE_TEST_SUITE_P(ValidationImport, ValidationRuleTest, ::testing::ValuesIn(importCases()), caseName);

// ---------------------------------------------------------------------------

TEST(ValidationTest, ValidBaseRecordsHaveNoFindings) {
  for (const auto& build : {detentionVisit, shelterVisit, borderVisit, fieldMissionVisit, anonymousScreening,
                            identifiedScreening, childScreening, referral, followUp, incident, review, person, site}) {
    const auto result = run(build());
    EXPECT_TRUE(result.issues.empty()) << dump(result);
  }
}

TEST(ValidationTest, ReturnsAllErrorsAtOnce) {
  Fixture f = detentionVisit();
  f.envelope.clear_author();                                         // 1
  visitOf(f)->clear_site_id();                                       // 2
  setAt(visitOf(f)->mutable_ended_at(), -6h);                        // 3
  populationOf(f)->set_women(300);                                   // 4
  visitOf(f)->mutable_detention()->add_main_nationalities("XYZ");   // 5
  const auto result = run(f);

  ASSERT_EQ(result.issues.size(), 5u) << dump(result);
  EXPECT_TRUE(result.has("author", "required"));
  EXPECT_TRUE(result.has("visit.site_id", "required"));
  EXPECT_TRUE(result.has("visit.ended_at", "out_of_order"));
  EXPECT_TRUE(result.has("visit.detention.population.total", "sum_mismatch"));
  EXPECT_TRUE(result.has("visit.detention.main_nationalities[2]", "unknown_code"));
  EXPECT_EQ(result.errors().size(), 5u);
  EXPECT_FALSE(result.ok());
}

TEST(ValidationTest, SumMismatchMessageGivesBothNumbers) {
  Fixture f = detentionVisit();
  setCount(populationOf(f), 40, 10, 30, 0, 0, 2);
  const auto result = run(f);
  const auto* issue = findIssue(result, "visit.detention.population.total", "sum_mismatch");
  ASSERT_NE(issue, nullptr) << dump(result);
  EXPECT_EQ(issue->messageEn, "Women, men, girls, boys and unknown add up to 42, not the total 40.");
  EXPECT_NE(issue->messageEs.find("42"), std::string::npos);
  EXPECT_NE(issue->messageEs.find("40"), std::string::npos);
}

TEST(ValidationTest, ChildrenInDetentionIsAnAlertNamingTheReform) {
  Fixture f = detentionVisit();
  setCount(populationOf(f), 842, 210, 598, 2, 1, 31);
  const auto result = run(f);

  EXPECT_TRUE(result.ok()) << dump(result);
  ASSERT_EQ(result.alerts().size(), 1u) << dump(result);
  const FieldIssue alert = result.alerts().front();
  EXPECT_EQ(alert.code, "children_in_detention");
  EXPECT_NE(alert.messageEn.find("2020 reform"), std::string::npos) << alert.messageEn;
  EXPECT_NE(alert.messageEs.find("reforma de 2020"), std::string::npos) << alert.messageEs;
  EXPECT_NE(alert.messageEs.find('3'), std::string::npos) << alert.messageEs;
  EXPECT_TRUE(result.errors().empty());
  EXPECT_TRUE(result.warnings().empty());
}

TEST(ValidationTest, AlertsAndWarningsDoNotMakeARecordInvalid) {
  Fixture f = anonymousScreening();
  screeningOf(f)->add_specific_needs()->set_code("SC-UM");  // legacy: warning on import
  f.mode = Mode::Import;
  auto result = run(f);
  EXPECT_TRUE(result.ok()) << dump(result);
  EXPECT_EQ(result.warnings().size(), 1u);

  Fixture visit = detentionVisit();
  visitOf(visit)->set_access(rec::ACCESS_OBTAINED_DENIED);
  visitOf(visit)->set_access_denied_reason("Sin autorización del INM ese día");
  result = run(visit);
  EXPECT_TRUE(result.ok()) << dump(result);
  EXPECT_EQ(result.alerts().size(), 1u);
}

TEST(ValidationTest, LegacyCodesDependOnMode) {
  Fixture f = anonymousScreening();
  screeningOf(f)->mutable_specific_needs(0)->set_code("LP-TR");

  f.mode = Mode::Capture;
  const auto capture = run(f);
  const auto* captured = findIssue(capture, "screening.specific_needs[0].code", "legacy_code");
  ASSERT_NE(captured, nullptr) << dump(capture);
  EXPECT_EQ(captured->severity, Severity::Error);
  EXPECT_FALSE(capture.ok());

  f.mode = Mode::Import;
  const auto imported = run(f);
  const auto* warned = findIssue(imported, "screening.specific_needs[0].code", "legacy_code");
  ASSERT_NE(warned, nullptr) << dump(imported);
  EXPECT_EQ(warned->severity, Severity::Warning);
  EXPECT_TRUE(imported.ok());

  // A current code is fine in both modes.
  screeningOf(f)->mutable_specific_needs(0)->set_code("LP-RR");
  EXPECT_TRUE(run(f).issues.empty());
}

TEST(ValidationTest, TimeRulesUseTheContextClock) {
  const Fixture f = detentionVisit();  // created one hour before kNow
  EXPECT_TRUE(validate(f.envelope, contextAt(kNow)).ok());

  // Seen from a clock three hours earlier, the same record lies in the future.
  const auto earlier = validate(f.envelope, contextAt(kNow - 3h));
  EXPECT_TRUE(earlier.has("created_at", "in_future")) << dump(earlier);
  EXPECT_TRUE(earlier.has("visit.ended_at", "in_future")) << dump(earlier);
}

TEST(ValidationTest, ClockSkewIsInclusive) {
  Fixture f = detentionVisit();
  auto context = contextAt(kNow);
  context.clockSkew = 10min;
  setAt(f.envelope.mutable_created_at(), 10min);
  setAt(f.envelope.mutable_modified_at(), 10min);
  EXPECT_FALSE(validate(f.envelope, context).has("created_at", "in_future"));
  setAt(f.envelope.mutable_created_at(), 10min + 1s);
  EXPECT_TRUE(validate(f.envelope, context).has("created_at", "in_future"));
  context.clockSkew = 0s;
  setAt(f.envelope.mutable_created_at(), 1s);
  EXPECT_TRUE(validate(f.envelope, context).has("created_at", "in_future"));
}

TEST(ValidationTest, EmptyEnvelopeDoesNotThrowAndReportsEverything) {
  ValidationResult result;
  EXPECT_NO_THROW(result = validate(RecordEnvelope{}, contextAt(kNow)));
  for (const auto* path : {"id", "kind", "body", "office_code", "author", "created_at"}) {
    EXPECT_TRUE(result.has(path, "required")) << path << dump(result);
  }
  EXPECT_FALSE(result.ok());
}

TEST(ValidationTest, EmptyBodiesDoNotThrow) {
  const auto context = contextAt(kNow);
  EXPECT_NO_THROW(validateSite({}, context));
  EXPECT_NO_THROW(validateVisit({}, context));
  EXPECT_NO_THROW(validateScreening({}, context));
  EXPECT_NO_THROW(validatePerson({}, context));
  EXPECT_NO_THROW(validateReferral({}, context));
  EXPECT_NO_THROW(validateFollowUp({}, context));
  EXPECT_NO_THROW(validateIncident({}, context));
  EXPECT_NO_THROW(validateReview({}, context));
  EXPECT_FALSE(validateVisit({}, context).ok());
  EXPECT_FALSE(validateScreening({}, context).ok());
}

TEST(ValidationTest, TombstoneBodyIsNotChecked) {
  Fixture f = detentionVisit();
  visitOf(f)->clear_site_id();
  f.envelope.set_deleted(true);
  const auto result = run(f);
  EXPECT_TRUE(result.ok()) << dump(result);
}

TEST(ValidationTest, BodyValidatorsUseTheSamePaths) {
  Fixture f = detentionVisit();
  populationOf(f)->set_women(1);
  const auto alone = validateVisit(f.envelope.visit(), contextAt(kNow));
  const auto inEnvelope = run(f);
  EXPECT_TRUE(alone.has("visit.detention.population.total", "sum_mismatch")) << dump(alone);
  EXPECT_TRUE(inEnvelope.has("visit.detention.population.total", "sum_mismatch")) << dump(inEnvelope);

  Fixture s = identifiedScreening();
  screeningOf(s)->clear_legal_basis();
  EXPECT_TRUE(validateScreening(s.envelope.screening(), contextAt(kNow)).has("screening.legal_basis", "required"));

  Fixture r = referral();
  referralOf(r)->clear_agency_code();
  EXPECT_TRUE(validateReferral(r.envelope.referral(), contextAt(kNow)).has("referral.agency_code", "required"));
}

TEST(ValidationTest, ReferralConsentIsCheckedOnlyWithTheLinkedScreening) {
  Fixture f = referral();
  removeConsent(&*f.linked, rec::CONSENT_PURPOSE_REFERRAL);
  EXPECT_FALSE(run(f).ok());
  f.linked.reset();  // the caller does not have the screening: the sync layer checks later
  const auto result = run(f);
  EXPECT_TRUE(result.ok()) << dump(result);
}

TEST(ValidationTest, ConsentRefusedForOneAgencyDoesNotBlockAnother) {
  Fixture f = referral();
  auto* refused = addConsent(&*f.linked, rec::CONSENT_PURPOSE_REFERRAL, "CONSULATE");
  refused->set_given(false);
  EXPECT_TRUE(run(f).ok());
  referralOf(f)->set_agency_code("CONSULATE");
  referralOf(f)->set_consent_reference(refused->id());
  referralOf(f)->clear_fields_shared();
  const auto result = run(f);
  EXPECT_TRUE(result.has("referral.consent_reference", "consent_missing")) << dump(result);
}

TEST(ValidationTest, MessagesNeverEchoRecordValues) {
  Fixture p = person();
  personOf(p)->mutable_contacts(0)->set_channel(static_cast<rec::ContactChannel>(99));
  personOf(p)->set_date_of_birth("02/05/1991");
  personOf(p)->set_nationality("ZZQ");
  Fixture i = incident();
  incidentOf(i)->set_incident_type(rec::INCIDENT_TYPE_SEXUAL_VIOLENCE);
  incidentOf(i)->set_description("Narrativa restringida");
  for (const auto& fixture : {p, i}) {
    const auto result = run(fixture);
    ASSERT_FALSE(result.ok());
    for (const auto& issue : result.issues) {
      for (const auto& secret : {"Test", "Persona", "+52", "02/05/1991", "ZZQ", "Narrativa"}) {
        EXPECT_EQ(issue.messageEn.find(secret), std::string::npos) << issue.messageEn;
        EXPECT_EQ(issue.messageEs.find(secret), std::string::npos) << issue.messageEs;
      }
    }
  }
}

TEST(ValidationTest, ToFieldErrorsKeepsPathCodeSeverityAndBothMessages) {
  Fixture f = detentionVisit();
  populationOf(f)->set_girls(1);
  populationOf(f)->set_unknown(30);
  visitOf(f)->clear_site_id();
  const auto result = run(f);
  const auto errors = toFieldErrors(result);
  ASSERT_EQ(errors.size(), result.issues.size());
  ASSERT_EQ(errors.size(), 2u) << dump(result);
  for (std::size_t i = 0; i < errors.size(); ++i) {
    EXPECT_EQ(errors[i].path(), result.issues[i].path);
    EXPECT_EQ(errors[i].code(), result.issues[i].code);
    EXPECT_EQ(errors[i].message(), result.issues[i].messageEn);
    EXPECT_EQ(errors[i].message_es(), result.issues[i].messageEs);
    EXPECT_EQ(errors[i].severity(), result.issues[i].severity == Severity::Alert ? wire::SEVERITY_ALERT
                                                                                 : wire::SEVERITY_ERROR);
  }
  EXPECT_EQ(severityName(Severity::Warning), "warning");
}

// ---------------------------------------------------------------------------
// The example envelopes shipped for the demo parse and validate as named.

std::string readExample(const std::string& name) {
  std::ifstream in(std::string(AMPARO_TEST_DATA_DIR) + "/examples/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

RecordEnvelope parseExample(const std::string& name) {
  RecordEnvelope envelope;
  amparo::wire::DecodeError error;
  EXPECT_TRUE(amparo::wire::fromJson(readExample(name), envelope, &error)) << name << ": " << error.message;
  return envelope;
}

// The examples were recorded on 20 and 21 November 2026.
const auto kExampleNow = std::chrono::sys_days{std::chrono::year{2026} / 12 / 1} + 0h;

TEST(ValidationExamplesTest, DetentionVisitIsValidWithChildrenAlert) {
  const auto result = validate(parseExample("detention-visit-valid.json"), contextAt(kExampleNow));
  EXPECT_TRUE(result.ok()) << dump(result);
  EXPECT_TRUE(result.has("visit.detention.population", "children_in_detention")) << dump(result);
}

TEST(ValidationExamplesTest, AnonymousScreeningIsValid) {
  const auto result = validate(parseExample("screening-anonymous-valid.json"), contextAt(kExampleNow));
  EXPECT_TRUE(result.issues.empty()) << dump(result);
}

TEST(ValidationExamplesTest, IdentifiedScreeningHasSeveralErrors) {
  const auto result = validate(parseExample("screening-identified-invalid.json"), contextAt(kExampleNow));
  EXPECT_FALSE(result.ok());
  EXPECT_GE(result.errors().size(), 5u) << dump(result);
  EXPECT_TRUE(result.has("screening.legal_basis", "required")) << dump(result);
  EXPECT_TRUE(result.has("screening.respondent.age_band", "mismatch")) << dump(result);
  EXPECT_TRUE(result.has("screening.specific_needs[1].code", "legacy_code")) << dump(result);
}

TEST(ValidationExamplesTest, ReferralIsValidAgainstItsScreening) {
  const auto screening = parseExample("screening-identified-valid.json");
  EXPECT_TRUE(validate(screening, contextAt(kExampleNow)).issues.empty());
  const auto referralEnvelope = parseExample("referral-valid.json");
  ASSERT_EQ(referralEnvelope.referral().screening_id(), screening.id());
  auto context = contextAt(kExampleNow);
  context.linkedScreening = &screening.screening();
  const auto result = validate(referralEnvelope, context);
  EXPECT_TRUE(result.issues.empty()) << dump(result);
}

}  // namespace
}  // namespace amparo::validation
