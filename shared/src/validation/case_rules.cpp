// Case work: referrals, follow-ups, incidents and coordinators' reviews.

#include <algorithm>

#include "validation/consent.hpp"
#include "validation/rules.hpp"

namespace amparo::validation::detail {
namespace {

namespace rec = amparo::records::v1;

// proGres v4 referral numbers: "NAI-21-PRTITV-0000001" → AAA-99-AAAAAA-9999999.
bool isReferralNumber(std::string_view text) {
  constexpr std::string_view kShape = "AAA-99-AAAAAA-9999999";
  if (text.size() != kShape.size()) return false;
  for (std::size_t i = 0; i < kShape.size(); ++i) {
    const char c = text[i];
    const bool fits = kShape[i] == 'A'   ? (c >= 'A' && c <= 'Z')
                      : kShape[i] == '9' ? (c >= '0' && c <= '9')
                                         : c == kShape[i];
    if (!fits) return false;
  }
  return true;
}

// Statuses reached only after the referral went out.
bool isSentOrLater(rec::ReferralStatus status) {
  switch (status) {
    case rec::REFERRAL_STATUS_SENT:
    case rec::REFERRAL_STATUS_ACCEPTED:
    case rec::REFERRAL_STATUS_REJECTED:
    case rec::REFERRAL_STATUS_DELIVERY_FAILED:
    case rec::REFERRAL_STATUS_IN_PROGRESS:
    case rec::REFERRAL_STATUS_CLOSED:
      return true;
    default:
      return false;
  }
}

// Rule 8: consent checked at the moment of sending, against the case itself.
void checkLinkedConsent(const Checker& c, const domain::Referral& referral, const domain::Screening& screening) {
  if (screening.mode() != rec::SCREENING_MODE_IDENTIFIED) {
    c.error("screening_id", "not_allowed", "not_allowed.anonymous_referral");
  }
  if (referral.agency_code().empty()) return;  // already reported as required

  // The reference must name a consent item of the case: a referral consent
  // for this very agency, given and not withdrawn.
  const auto& items = screening.consents();
  const auto named = std::find_if(items.begin(), items.end(),
                                  [&](const rec::ConsentItem& item) { return item.id() == referral.consent_reference(); });
  if (named == items.end()) {
    if (!referral.consent_reference().empty()) {
      c.error("consent_reference", "consent_missing", "consent_missing.referral_reference");
    }
  } else if (named->purpose() != rec::CONSENT_PURPOSE_REFERRAL || named->agency_code() != referral.agency_code()) {
    c.error("consent_reference", "mismatch", "mismatch.consent_reference");
  } else if (!named->given()) {
    c.error("consent_reference", "consent_missing", "consent_missing.referral");
  } else if (named->has_withdrawn_at()) {
    c.error("consent_reference", "consent_withdrawn", "consent_withdrawn.referral");
  }
  // Sending fields to the agency is a data share: it needs its own consent.
  if (referral.fields_shared_size() > 0) {
    switch (consentState(screening, rec::CONSENT_PURPOSE_DATA_SHARING, referral.agency_code())) {
      case ConsentState::Given: break;
      case ConsentState::Withdrawn:
        c.error("fields_shared", "consent_withdrawn", "consent_withdrawn.data_sharing");
        break;
      case ConsentState::Refused:
      case ConsentState::Missing:
        c.error("fields_shared", "consent_missing", "consent_missing.data_sharing");
        break;
    }
  }
}

}  // namespace

void checkReferral(const Checker& c, const domain::Referral& referral) {
  c.recordId("screening_id", referral.screening_id(), true);
  c.recordId("person_id", referral.person_id(), false);
  if (!referral.referral_number().empty() && !isReferralNumber(referral.referral_number())) {
    c.error("referral_number", "invalid_format", "invalid_format.referral_number");
  }

  if (c.requiredText("agency_code", referral.agency_code()) && c.agency("agency_code", referral.agency_code())) {
    // Rule 8: nothing to INM or COMAR without a supervisor's sign-off.
    const auto* agency = c.reference().findAgency(referral.agency_code());
    if (agency && agency->requires_supervisor_signoff()) {
      c.requiredText("supervisor_signoff_by", referral.supervisor_signoff_by(), "required.supervisor_signoff");
    }
  }
  c.recordId("consent_reference", referral.consent_reference(), true, "invalid_format.consent_reference");
  c.knownEnum("urgency", referral.urgency(), amparo::common::v1::Priority_IsValid);
  c.knownEnum("channel", referral.channel(), rec::ReferralChannel_IsValid);

  const auto sent = c.isoDate("sent_on", referral.sent_on(), false, true);
  const auto answered = c.isoDate("answered_on", referral.answered_on(), false, true);
  c.notBefore("answered_on", answered, "sent_on", sent);

  c.knownEnum("status", referral.status(), rec::ReferralStatus_IsValid);
  if (isSentOrLater(referral.status()) && referral.sent_on().empty()) {
    c.error("sent_on", "required", "required.sent_on");
  }
  // Rejections carry a reason and closures an outcome (DOMAIN 1.5).
  if (referral.status() == rec::REFERRAL_STATUS_REJECTED || referral.status() == rec::REFERRAL_STATUS_CLOSED) {
    c.requiredText("status_reason", referral.status_reason(), "required.status_reason");
  }

  if (c.context().linkedScreening) checkLinkedConsent(c, referral, *c.context().linkedScreening);
}

void checkFollowUp(const Checker& c, const domain::FollowUp& followUp) {
  c.recordId("screening_id", followUp.screening_id(), true);
  c.recordId("referral_id", followUp.referral_id(), false);
  const auto date = c.isoDate("date", followUp.date(), true, true);
  c.requiredEnum("channel", followUp.channel(), rec::FollowUpChannel_IsValid);

  c.knownEnum("case_status", followUp.case_status(), rec::CaseStatus_IsValid);
  c.knownEnum("closure_reason", followUp.closure_reason(), rec::ClosureReason_IsValid);
  const bool closed = followUp.case_status() == rec::CASE_STATUS_CLOSED;
  if (closed && followUp.closure_reason() == rec::CLOSURE_REASON_UNSPECIFIED) {
    c.error("closure_reason", "required", "required.closure_reason");
  }
  if (!closed && followUp.closure_reason() != rec::CLOSURE_REASON_UNSPECIFIED) {
    c.error("closure_reason", "not_allowed", "not_allowed.closure_reason");
  }

  // The next date is planned, so it may (and usually does) lie in the future.
  const auto next = c.isoDate("next_date", followUp.next_date(), false, false);
  c.notBefore("next_date", next, "date", date);

  c.knownEnum("referral_status", followUp.referral_status(), rec::ReferralStatus_IsValid);
  if (followUp.referral_status() != rec::REFERRAL_STATUS_UNSPECIFIED && followUp.referral_id().empty()) {
    c.error("referral_id", "required", "required.referral_id");
  }
  for (int i = 0; i < followUp.updated_specific_needs_size(); ++i) {
    c.specificNeed("updated_specific_needs", static_cast<std::size_t>(i), followUp.updated_specific_needs(i));
  }
}

void checkIncident(const Checker& c, const domain::Incident& incident) {
  const auto occurred = c.isoDate("occurred_on", incident.occurred_on(), true, true);
  const auto reported = c.isoDate("reported_on", incident.reported_on(), false, true);
  c.notBefore("reported_on", reported, "occurred_on", occurred);

  c.requiredEnum("incident_type", incident.incident_type(), rec::IncidentType_IsValid);
  // Sexual violence is restricted: code only, never a narrative (rule 3).
  if (incident.incident_type() == rec::INCIDENT_TYPE_SEXUAL_VIOLENCE && !incident.description().empty()) {
    c.error("description", "not_allowed", "not_allowed.restricted_description");
  }
  c.knownEnum("perpetrator", incident.perpetrator(), rec::Perpetrator_IsValid);

  c.knownEnum("region", incident.region(), rec::IncidentRegion_IsValid);
  c.country("country", incident.country());
  if (incident.region() == rec::INCIDENT_REGION_MEXICO && !incident.country().empty() &&
      incident.country() != "MEX") {
    c.error("country", "mismatch", "mismatch.country_region");
  }

  if (incident.has_victims()) c.sexAgeCount("victims", incident.victims());
  c.nonNegative("unaccompanied_children", incident.has_unaccompanied_children(), incident.unaccompanied_children());
  const auto& victims = incident.victims();
  if ((victims.has_girls() || victims.has_boys()) && victims.girls() >= 0 && victims.boys() >= 0) {
    c.notMoreThan("unaccompanied_children", incident.has_unaccompanied_children(), incident.unaccompanied_children(),
                  "child_victims", true, std::int64_t{victims.girls()} + victims.boys());
  }
  for (int i = 0; i < incident.reported_to_size(); ++i) {
    c.at("reported_to", static_cast<std::size_t>(i)).agency("", incident.reported_to(i));
  }

  c.recordId("site_id", incident.site_id(), false);
  c.recordId("referral_id", incident.referral_id(), false);
  c.recordId("person_id", incident.person_id(), false);
  c.recordId("visit_id", incident.visit_id(), false);
  c.recordId("screening_id", incident.screening_id(), false);
}

void checkReview(const Checker& c, const domain::Review& review) {
  c.recordId("target_record_id", review.target_record_id(), true);
  c.requiredEnum("verdict", review.verdict(), rec::ReviewVerdict_IsValid);
  if (review.verdict() == rec::REVIEW_VERDICT_FLAGGED) {
    c.requiredText("comment", review.comment(), "required.comment");
  }
  // A due date is a deadline: the future is where it belongs.
  const bool followUpRequested = review.verdict() == rec::REVIEW_VERDICT_FOLLOW_UP_REQUESTED;
  if (followUpRequested && review.follow_up_due().empty()) {
    c.error("follow_up_due", "required", "required.follow_up_due");
  }
  c.isoDate("follow_up_due", review.follow_up_due(), false, false);
}

}  // namespace amparo::validation::detail
