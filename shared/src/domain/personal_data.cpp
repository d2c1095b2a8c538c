#include "amparo/domain/personal_data.hpp"

namespace amparo::domain {

namespace {

bool personIdentifies(const Person& person) {
  return !person.given_names().empty() || !person.family_names().empty() || person.contacts_size() > 0 ||
         person.date_of_birth().size() > 4 || !person.document_number().empty();
}

}  // namespace

bool holdsPersonalData(const RecordEnvelope& envelope) {
  switch (bodyKind(envelope)) {
    case amparo::sync::v1::RECORD_KIND_PERSON:
      return personIdentifies(envelope.person());
    case amparo::sync::v1::RECORD_KIND_SCREENING:
      return envelope.screening().respondent().has_age_years();
    default:
      return false;
  }
}

void stripPersonalData(RecordEnvelope& envelope) {
  switch (bodyKind(envelope)) {
    case amparo::sync::v1::RECORD_KIND_PERSON: {
      Person& person = *envelope.mutable_person();
      person.clear_given_names();
      person.clear_family_names();
      person.clear_contacts();
      person.clear_document_number();
      // "1994-03-12" → "1994": the year is enough for an age band.
      if (person.date_of_birth().size() > 4) person.set_date_of_birth(person.date_of_birth().substr(0, 4));
      break;
    }
    case amparo::sync::v1::RECORD_KIND_SCREENING: {
      auto& respondent = *envelope.mutable_screening()->mutable_respondent();
      if (respondent.has_age_years()) {
        if (respondent.age_band() == cmn::AGE_BAND_UNSPECIFIED) {
          respondent.set_age_band(ageBandFor(respondent.age_years()));
        }
        respondent.clear_age_years();
      }
      break;
    }
    default:
      break;
  }
}

}  // namespace amparo::domain
