#include "amparo/domain/personal_data.hpp"

#include <gtest/gtest.h>

namespace amparo::domain {
namespace {

RecordEnvelope identifiedPerson() {
  RecordEnvelope envelope;
  envelope.set_id("0193a1b2-0000-7000-8000-000000000001");
  auto& person = *envelope.mutable_person();
  person.set_given_names("María José");
  person.set_family_names("Pérez López");
  person.set_sex(cmn::SEX_FEMALE);
  person.set_date_of_birth("1994-03-12");
  person.set_nationality("HND");
  person.set_document_number("HN-0801-1994");
  auto& contact = *person.add_contacts();
  contact.set_channel(rec::CONTACT_CHANNEL_WHATSAPP);
  contact.set_value("+504 9999 0000");
  return envelope;
}

TEST(PersonalDataTest, StripsWhatIdentifiesAPersonAndKeepsWhatStatisticsNeed) {
  auto envelope = identifiedPerson();
  ASSERT_TRUE(holdsPersonalData(envelope));
  stripPersonalData(envelope);
  EXPECT_FALSE(holdsPersonalData(envelope));
  const auto& person = envelope.person();
  EXPECT_TRUE(person.given_names().empty());
  EXPECT_TRUE(person.family_names().empty());
  EXPECT_EQ(person.contacts_size(), 0);
  EXPECT_TRUE(person.document_number().empty());
  EXPECT_EQ(person.date_of_birth(), "1994");
  EXPECT_EQ(person.sex(), cmn::SEX_FEMALE);
  EXPECT_EQ(person.nationality(), "HND");
  EXPECT_EQ(envelope.id(), "0193a1b2-0000-7000-8000-000000000001");
}

TEST(PersonalDataTest, ScreeningKeepsTheAgeBandNotTheExactAge) {
  RecordEnvelope envelope;
  auto& screening = *envelope.mutable_screening();
  screening.set_mode(rec::SCREENING_MODE_IDENTIFIED);
  screening.mutable_respondent()->set_age_years(16);
  screening.mutable_respondent()->set_nationality("GTM");
  ASSERT_TRUE(holdsPersonalData(envelope));
  stripPersonalData(envelope);
  EXPECT_FALSE(holdsPersonalData(envelope));
  EXPECT_FALSE(envelope.screening().respondent().has_age_years());
  EXPECT_EQ(envelope.screening().respondent().age_band(), cmn::AGE_BAND_12_17);
  EXPECT_EQ(envelope.screening().respondent().nationality(), "GTM");
}

TEST(PersonalDataTest, StrippingTwiceChangesNothingMore) {
  auto once = identifiedPerson();
  stripPersonalData(once);
  auto twice = once;
  stripPersonalData(twice);
  EXPECT_EQ(once.SerializeAsString(), twice.SerializeAsString());
}

TEST(PersonalDataTest, RecordsWithoutPersonalDataAreLeftAlone) {
  RecordEnvelope envelope;
  envelope.mutable_visit()->set_narrative("Acceso parcial; 40 personas en el patio.");
  EXPECT_FALSE(holdsPersonalData(envelope));
  const auto before = envelope.SerializeAsString();
  stripPersonalData(envelope);
  EXPECT_EQ(envelope.SerializeAsString(), before);
}

}  // namespace
}  // namespace amparo::domain
