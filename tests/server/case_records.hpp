#pragma once
// Valid, sealed case records (person, screenings, sites) for the export,
// reveal and resolve tests; header-only beside test_records.hpp.

#include <google/protobuf/util/time_util.h>

#include <string>

#include "amparo/domain/records.hpp"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"

namespace amparo::server::testing {

inline void fillCaseEnvelope(domain::RecordEnvelope& envelope, const std::string& author, const std::string& office,
                             amparo::sync::v1::RecordKind kind) {
  using google::protobuf::util::TimeUtil;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(kind);
  envelope.set_author(author);
  envelope.set_device_id("test-device");
  envelope.set_office_code(office);
  const auto created = TimeUtil::GetCurrentTime() - TimeUtil::SecondsToDuration(3600);
  *envelope.mutable_created_at() = created;
  *envelope.mutable_modified_at() = created;
}

// Someone with a name, a phone number and a document: all personal data.
inline domain::RecordEnvelope makePerson(const std::string& author, const std::string& office) {
  domain::RecordEnvelope envelope;
  fillCaseEnvelope(envelope, author, office, amparo::sync::v1::RECORD_KIND_PERSON);
  auto& person = *envelope.mutable_person();
  person.set_given_names("Marisol");
  person.set_family_names("Quintanilla Reyes");
  person.set_sex(amparo::common::v1::SEX_FEMALE);
  person.set_date_of_birth("1991-07-14");
  person.set_nationality("HND");
  person.set_document_number("HN0801199112345");
  auto& contact = *person.add_contacts();
  contact.set_channel(amparo::records::v1::CONTACT_CHANNEL_PHONE);
  contact.set_value("+52 962 555 0199");
  sync::seal(envelope);
  return envelope;
}

// A screening of `visitId`: identified (with the person's id and an exact
// age) when `personId` is given, else anonymous with an age band only.
inline domain::RecordEnvelope makeScreening(const std::string& author, const std::string& office,
                                            const std::string& visitId, const std::string& personId = {}) {
  namespace rec = amparo::records::v1;
  domain::RecordEnvelope envelope;
  fillCaseEnvelope(envelope, author, office, amparo::sync::v1::RECORD_KIND_SCREENING);
  auto& screening = *envelope.mutable_screening();
  screening.set_visit_id(visitId);
  *screening.mutable_interviewed_at() = envelope.created_at();
  auto& consent = *screening.add_consents();
  consent.set_purpose(rec::CONSENT_PURPOSE_INTERVIEW);
  consent.set_given(true);
  *consent.mutable_recorded_at() = envelope.created_at();
  auto& respondent = *screening.mutable_respondent();
  respondent.set_sex(amparo::common::v1::SEX_FEMALE);
  respondent.set_nationality("HND");
  if (personId.empty()) {
    screening.set_mode(rec::SCREENING_MODE_ANONYMOUS);
    respondent.set_age_band(amparo::common::v1::AGE_BAND_18_59);
  } else {
    screening.set_mode(rec::SCREENING_MODE_IDENTIFIED);
    screening.set_legal_basis(rec::LEGAL_BASIS_MANDATE);
    screening.set_person_id(personId);
    respondent.set_age_years(34);
  }
  screening.add_flight_reasons(rec::FLIGHT_REASON_THREATS);
  screening.add_flight_reasons(rec::FLIGHT_REASON_GENERAL_VIOLENCE);
  auto& need = *screening.add_specific_needs();
  need.set_code("WR-WR");
  need.set_status(rec::SPECIFIC_NEED_STATUS_ACTIVE);
  need.set_date_identified("2026-01-15");
  auto& second = *screening.add_specific_needs();
  second.set_code("SC-UC");
  second.set_status(rec::SPECIFIC_NEED_STATUS_ACTIVE);
  sync::seal(envelope);
  return envelope;
}

}  // namespace amparo::server::testing
