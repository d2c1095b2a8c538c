#include "amparo/validation/validator.hpp"

#include <algorithm>

#include "amparo/domain/reference_data.hpp"
#include "validation/checker.hpp"
#include "validation/rules.hpp"

namespace amparo::validation {
namespace {

namespace cmn = amparo::common::v1;
namespace wire = amparo::sync::v1;
using detail::Checker;

const domain::ReferenceData& referenceOf(const ValidationContext& context) {
  return context.reference ? *context.reference : domain::ReferenceData::builtin();
}

std::vector<FieldIssue> withSeverity(const ValidationResult& result, Severity severity) {
  std::vector<FieldIssue> out;
  std::copy_if(result.issues.begin(), result.issues.end(), std::back_inserter(out),
               [severity](const FieldIssue& issue) { return issue.severity == severity; });
  return out;
}

// Whether a record is treated as anonymised: the one downgrade that matters,
// because anonymised aggregates are exported and published freely. Personal
// and sensitive are not ordered against each other here.
bool isAnonymised(cmn::DataClass dataClass) { return dataClass == cmn::DATA_CLASS_ANONYMISED_AGGREGATE; }

template <typename Body, typename Rule>
ValidationResult validateBody(std::string_view kind, const Body& body, const ValidationContext& context, Rule rule) {
  ValidationResult result;
  rule(Checker(result, context, referenceOf(context), std::string(kind)), body);
  return result;
}

void checkBody(const Checker& root, const domain::RecordEnvelope& envelope) {
  using Body = domain::RecordEnvelope::BodyCase;
  const Checker c = root.at(domain::kindName(domain::bodyKind(envelope)));
  switch (envelope.body_case()) {
    case Body::kSite: detail::checkSite(c, envelope.site()); break;
    case Body::kVisit: detail::checkVisit(c, envelope.visit()); break;
    case Body::kScreening: detail::checkScreening(c, envelope.screening()); break;
    case Body::kPerson: detail::checkPerson(c, envelope.person()); break;
    case Body::kReferral: detail::checkReferral(c, envelope.referral()); break;
    case Body::kFollowUp: detail::checkFollowUp(c, envelope.follow_up()); break;
    case Body::kIncident: detail::checkIncident(c, envelope.incident()); break;
    case Body::kReview: detail::checkReview(c, envelope.review()); break;
    case Body::BODY_NOT_SET: break;
  }
}

}  // namespace

std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Alert: return "alert";
  }
  return "error";
}

bool ValidationResult::ok() const {
  return std::none_of(issues.begin(), issues.end(),
                      [](const FieldIssue& issue) { return issue.severity == Severity::Error; });
}

std::vector<FieldIssue> ValidationResult::errors() const { return withSeverity(*this, Severity::Error); }
std::vector<FieldIssue> ValidationResult::alerts() const { return withSeverity(*this, Severity::Alert); }
std::vector<FieldIssue> ValidationResult::warnings() const { return withSeverity(*this, Severity::Warning); }

bool ValidationResult::has(std::string_view path, std::string_view code) const {
  return std::any_of(issues.begin(), issues.end(),
                     [&](const FieldIssue& issue) { return issue.path == path && issue.code == code; });
}

ValidationResult validate(const domain::RecordEnvelope& envelope, const ValidationContext& context) {
  ValidationResult result;
  const Checker c(result, context, referenceOf(context), std::string());

  c.recordId("id", envelope.id(), true, "invalid_format.id");

  const bool hasBody = envelope.body_case() != domain::RecordEnvelope::BODY_NOT_SET;
  if (c.requiredEnum("kind", envelope.kind(), wire::RecordKind_IsValid) && hasBody &&
      envelope.kind() != domain::bodyKind(envelope)) {
    c.error("kind", "kind_mismatch");
  }
  // A tombstone only names the record it withdraws.
  if (!hasBody && !envelope.deleted()) c.error("body", "required", "required.body");

  if (c.requiredText("office_code", envelope.office_code()) && !c.reference().findOffice(envelope.office_code())) {
    c.error("office_code", "unknown_code", "unknown_code.office");
  }
  c.requiredText("author", envelope.author());
  const auto created = c.timestamp("created_at", envelope.has_created_at(), envelope.created_at(), true);
  const auto modified = c.timestamp("modified_at", envelope.has_modified_at(), envelope.modified_at(), false);
  c.notBefore("modified_at", modified, "created_at", created);
  // revision, parent_revision and content_hash belong to the sync layer.

  c.knownEnum("data_class", envelope.data_class(), cmn::DataClass_IsValid);
  const auto defaultClass = domain::defaultDataClass(envelope);
  if (hasBody && isAnonymised(envelope.data_class()) && defaultClass != cmn::DATA_CLASS_UNSPECIFIED &&
      !isAnonymised(defaultClass)) {
    c.error("data_class", "mismatch", "mismatch.data_class");
  }

  if (hasBody && !envelope.deleted()) {
    checkBody(c, envelope);
    // Four eyes: whoever writes a referral to INM or COMAR cannot sign it off.
    if (envelope.has_referral() && !envelope.referral().supervisor_signoff_by().empty() &&
        envelope.referral().supervisor_signoff_by() == envelope.author()) {
      c.at("referral").error("supervisor_signoff_by", "not_allowed", "not_allowed.self_signoff");
    }
  }
  return result;
}

ValidationResult validateSite(const domain::Site& site, const ValidationContext& context) {
  return validateBody("site", site, context, detail::checkSite);
}
ValidationResult validateVisit(const domain::Visit& visit, const ValidationContext& context) {
  return validateBody("visit", visit, context, detail::checkVisit);
}
ValidationResult validateScreening(const domain::Screening& screening, const ValidationContext& context) {
  return validateBody("screening", screening, context, detail::checkScreening);
}
ValidationResult validatePerson(const domain::Person& person, const ValidationContext& context) {
  return validateBody("person", person, context, detail::checkPerson);
}
ValidationResult validateReferral(const domain::Referral& referral, const ValidationContext& context) {
  return validateBody("referral", referral, context, detail::checkReferral);
}
ValidationResult validateFollowUp(const domain::FollowUp& followUp, const ValidationContext& context) {
  return validateBody("follow_up", followUp, context, detail::checkFollowUp);
}
ValidationResult validateIncident(const domain::Incident& incident, const ValidationContext& context) {
  return validateBody("incident", incident, context, detail::checkIncident);
}
ValidationResult validateReview(const domain::Review& review, const ValidationContext& context) {
  return validateBody("review", review, context, detail::checkReview);
}

wire::FieldError toFieldError(const FieldIssue& issue) {
  wire::FieldError out;
  out.set_path(issue.path);
  out.set_code(issue.code);
  out.set_message(issue.messageEn);
  out.set_message_es(issue.messageEs);
  switch (issue.severity) {
    case Severity::Error: out.set_severity(wire::SEVERITY_ERROR); break;
    case Severity::Warning: out.set_severity(wire::SEVERITY_WARNING); break;
    case Severity::Alert: out.set_severity(wire::SEVERITY_ALERT); break;
  }
  return out;
}

std::vector<wire::FieldError> toFieldErrors(const ValidationResult& result) {
  std::vector<wire::FieldError> out;
  out.reserve(result.issues.size());
  for (const auto& issue : result.issues) out.push_back(toFieldError(issue));
  return out;
}

bool raisesAlert(const domain::RecordEnvelope& record) {
  if (record.has_visit() && record.visit().alert()) return true;
  if (record.has_screening() && record.screening().case_priority() == amparo::common::v1::PRIORITY_EMERGENCY) {
    return true;
  }
  return !validate(record).alerts().empty();
}

}  // namespace amparo::validation
