#pragma once
// Validation of records: returns every field-level finding at once, in
// English and Spanish, and never throws on bad data.
//
// Paths are dotted proto field names with the kind's body field first
// ("visit.detention.population.total", "screening.specific_needs[2].code");
// envelope fields have no prefix ("id", "office_code", "created_at").
// Messages never echo record values (names, narrative, codes of a person):
// only field labels, aggregate counts and limits, so they are safe to log.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "amparo/domain/records.hpp"

namespace amparo::domain {
class ReferenceData;
}

namespace amparo::validation {

enum class Severity {
  Error,    // blocks finalising; the server rejects the record
  Warning,  // accepted, shown to the user (e.g. a legacy v3 code on import)
  Alert,    // accepted, raised to coordinators (e.g. children in detention)
};

// "error", "warning", "alert".
std::string_view severityName(Severity severity);

enum class Language { En, Es };

struct FieldIssue {
  std::string path;  // dotted proto field path, e.g. "visit.detention.population.total"
  std::string code;  // stable machine code, e.g. "required"
  Severity severity = Severity::Error;
  std::string messageEn;
  std::string messageEs;

  const std::string& message(Language language) const {
    return language == Language::Es ? messageEs : messageEn;
  }
};

struct ValidationResult {
  std::vector<FieldIssue> issues;

  bool ok() const;  // no issue of severity Error
  std::vector<FieldIssue> errors() const;
  std::vector<FieldIssue> alerts() const;
  std::vector<FieldIssue> warnings() const;
  bool has(std::string_view path, std::string_view code) const;
};

enum class Mode {
  Capture,  // new data from the app: only current codes
  Import,   // bulk import of older data: legacy v3 codes accepted, flagged
};

struct ValidationContext {
  const domain::ReferenceData* reference = nullptr;  // null: ReferenceData::builtin()
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
  std::chrono::seconds clockSkew{std::chrono::minutes(10)};
  Mode mode = Mode::Capture;
  // Detention population above this is implausible for one centre.
  int maxDetentionPopulation = 5000;
  // The screening a referral points at (referral.screening_id), when the
  // caller has it: its consent items are then checked for the referral's
  // agency (data-protection rule 8: consent checked at the moment of sending).
  // Without it the cross-record consent rules are skipped.
  const domain::Screening* linkedScreening = nullptr;
};

// Validates the envelope's metadata and its body. The envelope's own
// identity fields (id format, kind matching the body, office) are checked too.
// A tombstone (deleted) needs no body; a body it still carries is not checked.
ValidationResult validate(const domain::RecordEnvelope& envelope, const ValidationContext& context = {});

// Validates just a body, with paths relative to the kind (e.g. "visit.site_id").
ValidationResult validateSite(const domain::Site& site, const ValidationContext& context = {});
ValidationResult validateVisit(const domain::Visit& visit, const ValidationContext& context = {});
ValidationResult validateScreening(const domain::Screening& screening, const ValidationContext& context = {});
ValidationResult validatePerson(const domain::Person& person, const ValidationContext& context = {});
ValidationResult validateReferral(const domain::Referral& referral, const ValidationContext& context = {});
ValidationResult validateFollowUp(const domain::FollowUp& followUp, const ValidationContext& context = {});
ValidationResult validateIncident(const domain::Incident& incident, const ValidationContext& context = {});
ValidationResult validateReview(const domain::Review& review, const ValidationContext& context = {});

// Whether a record is raised to coordinators until someone reviews it: the
// monitor's own alert flag, an emergency case priority, or an alert finding
// of validate() (children in detention, access denied). One rule for the
// server's figures and filters and the app's visit log.
bool raisesAlert(const domain::RecordEnvelope& record);

// The findings as the wire's FieldError, for PushResult / Error responses.
amparo::sync::v1::FieldError toFieldError(const FieldIssue& issue);
std::vector<amparo::sync::v1::FieldError> toFieldErrors(const ValidationResult& result);

}  // namespace amparo::validation
