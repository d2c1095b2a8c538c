#include "amparo/wire/codec.hpp"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "amparo/domain/records.hpp"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"

namespace amparo::wire {
namespace {

using google::protobuf::util::MessageDifferencer;

domain::RecordEnvelope screeningEnvelope() {
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(amparo::sync::v1::RECORD_KIND_SCREENING);
  envelope.set_author("demo-monitor");
  envelope.set_office_code("TAP");
  envelope.mutable_created_at()->set_seconds(1764633600);
  auto* s = envelope.mutable_screening();
  s->set_visit_id(sync::newRecordId());
  s->set_mode(amparo::records::v1::SCREENING_MODE_ANONYMOUS);
  s->mutable_respondent()->set_age_years(0);  // explicit zero must survive (optional field)
  s->mutable_respondent()->set_nationality("HND");
  s->add_flight_reasons(amparo::records::v1::FLIGHT_REASON_THREATS);
  s->add_flight_reasons(amparo::records::v1::FLIGHT_REASON_GENERAL_VIOLENCE);
  auto* need = s->add_specific_needs();
  need->set_code("SC-UC");
  s->mutable_intentions()->set_intends_to_seek_asylum(amparo::common::v1::ANSWER_DOES_NOT_KNOW);
  sync::seal(envelope);
  return envelope;
}

TEST(WireTest, BinaryRoundTripKeepsEveryField) {
  const auto original = screeningEnvelope();
  domain::RecordEnvelope decoded;
  ASSERT_TRUE(fromBinary(toBinary(original), decoded));
  EXPECT_TRUE(MessageDifferencer::Equals(original, decoded));
  EXPECT_TRUE(decoded.screening().respondent().has_age_years());
  EXPECT_EQ(decoded.screening().respondent().age_years(), 0);
}

TEST(WireTest, BinaryIsDeterministic) {
  const auto envelope = screeningEnvelope();
  EXPECT_EQ(toBinary(envelope), toBinary(envelope));
  domain::RecordEnvelope copy;
  ASSERT_TRUE(fromBinary(toBinary(envelope), copy));
  EXPECT_EQ(toBinary(copy), toBinary(envelope));
}

TEST(WireTest, MalformedBinaryIsRejectedWithAMessage) {
  domain::RecordEnvelope out;
  out.set_id("stale");
  DecodeError error;
  EXPECT_FALSE(fromBinary(std::string("\x0a\xff\xff\xff", 4), out, &error));  // length beyond the data
  EXPECT_NE(error.message.find("amparo.sync.v1.RecordEnvelope"), std::string::npos) << error.message;
  EXPECT_TRUE(out.id().empty()) << "nothing half-decoded is left behind";
}

TEST(WireTest, JsonRoundTripUsesCanonicalMapping) {
  const auto original = screeningEnvelope();
  const auto json = toJson(original);
  EXPECT_NE(json.find("\"kind\":\"RECORD_KIND_SCREENING\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"visitId\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"createdAt\":\"2025-12-02T00:00:00Z\""), std::string::npos) << json;
  domain::RecordEnvelope decoded;
  ASSERT_TRUE(fromJson(json, decoded));
  EXPECT_TRUE(MessageDifferencer::Equals(original, decoded));
  EXPECT_EQ(sync::checkSeal(decoded), sync::SealProblem::None);
}

TEST(WireTest, JsonWithProtoFieldNamesParsesToo) {
  const auto original = screeningEnvelope();
  const auto json = toJson(original, {.pretty = true, .protoFieldNames = true});
  EXPECT_NE(json.find("\"visit_id\""), std::string::npos);
  domain::RecordEnvelope decoded;
  ASSERT_TRUE(fromJson(json, decoded));
  EXPECT_TRUE(MessageDifferencer::Equals(original, decoded));
}

TEST(WireTest, JsonRejectsUnknownFieldsAndBadValues) {
  domain::RecordEnvelope out;
  DecodeError error;
  EXPECT_FALSE(fromJson(R"({"id":"x","favouriteColour":"blue"})", out, &error));
  EXPECT_NE(error.message.find("favouriteColour"), std::string::npos) << error.message;
  EXPECT_FALSE(fromJson(R"({"kind":"RECORD_KIND_NOPE"})", out, &error));
  EXPECT_FALSE(fromJson(R"({"id": )", out, &error));
  EXPECT_FALSE(error.message.empty());
}

TEST(WireTest, FindsEveryOccurrenceOfALengthDelimitedFieldWithoutParsing) {
  const auto envelope = screeningEnvelope();
  const auto bytes = toBinary(envelope);
  const auto ids = lengthDelimitedFields(bytes, 1);  // RecordEnvelope.id
  ASSERT_TRUE(ids.has_value());
  ASSERT_EQ(ids->size(), 1u);
  EXPECT_EQ(ids->front(), envelope.id());

  amparo::sync::v1::PushRequest push;
  *push.add_records() = envelope;
  *push.add_records() = envelope;
  const auto records = lengthDelimitedFields(toBinary(push), 1);
  ASSERT_TRUE(records.has_value());
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ(records->at(1), bytes);

  EXPECT_FALSE(lengthDelimitedFields(bytes.substr(0, bytes.size() - 1), 1).has_value());  // cut short
  EXPECT_FALSE(lengthDelimitedFields("\x0f", 1).has_value());                             // wire type 7
}

}  // namespace
}  // namespace amparo::wire
