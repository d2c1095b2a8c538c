// Personal data stays on the server until a coordinator asks for it with a
// reason: the record list and the record view withhold it; a reveal returns
// it and is audited.

#include <gtest/gtest.h>

#include <set>

#include "amparo/query/v1/query.pb.h"
#include "case_records.hpp"
#include "server_fixture.hpp"
#include "test_records.hpp"

namespace amparo::server::testing {
namespace {

namespace v1 = amparo::sync::v1;
using RevealTest = ServerFixture;

std::size_t auditCount(App& app, const std::string& action, const std::string& subject, const std::string& detail) {
  auto entries = app.audit().entries();
  EXPECT_TRUE(entries.ok());
  std::size_t count = 0;
  for (const auto& entry : *entries) {
    if (entry.action == action && entry.subject == subject && (detail.empty() || entry.detail == detail)) ++count;
  }
  return count;
}

class RevealFixture : public RevealTest {
protected:
  void SetUp() override {
    RevealTest::SetUp();
    const auto monitor = enroll("mon-a", "pw-a");
    m_coord = enroll("coord", "pw-c");
    const auto visit = makeVisit("mon-a", "TAP");
    m_person = makePerson("mon-a", "TAP");
    m_screening = makeScreening("mon-a", "TAP", visit.id(), m_person.id());
    v1::PushRequest batch;
    for (const auto& record : {visit, m_person, m_screening}) *batch.add_records() = record;
    const auto pushed = push(monitor, batch);
    for (const auto& result : pushed.results()) ASSERT_EQ(result.outcome(), v1::PUSH_OUTCOME_ACCEPTED);
  }

  HttpResponse get(const std::string& target) const {
    return client().request("GET", target, {}, {{"Authorization", "Bearer " + m_coord}});
  }

  std::string m_coord;
  domain::RecordEnvelope m_person;
  domain::RecordEnvelope m_screening;
};

TEST_F(RevealFixture, TheListAndTheRecordViewWithholdPersonalData) {
  const auto listed = get("/v1/records");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(listed.body.find("Marisol"), std::string::npos);
  EXPECT_EQ(listed.body.find("555 0199"), std::string::npos);
  amparo::query::v1::ListRecordsResponse list;
  ASSERT_TRUE(wire::fromBinary(listed.body, list));
  EXPECT_EQ(list.records_size(), 3);
  EXPECT_EQ(std::set<std::string>(list.personal_data_withheld_ids().begin(), list.personal_data_withheld_ids().end()),
            (std::set<std::string>{m_person.id(), m_screening.id()}));
  for (const auto& record : list.records()) {
    if (record.has_person()) {
      EXPECT_TRUE(record.person().given_names().empty());
      EXPECT_EQ(record.person().contacts_size(), 0);
      EXPECT_EQ(record.person().date_of_birth(), "1991");
    }
    if (record.has_screening()) {
      EXPECT_FALSE(record.screening().respondent().has_age_years());
      EXPECT_EQ(record.screening().respondent().age_band(), amparo::common::v1::AGE_BAND_18_59);
    }
  }

  const auto one = get("/v1/records/" + m_screening.id());
  ASSERT_EQ(one.status, 200) << one.body;
  amparo::query::v1::GetRecordResponse detail;
  ASSERT_TRUE(wire::fromBinary(one.body, detail));
  EXPECT_TRUE(detail.personal_data_withheld());
  EXPECT_FALSE(detail.record().screening().respondent().has_age_years());
  EXPECT_FALSE(detail.has_person());
  EXPECT_EQ(auditCount(app(), "read.personal", m_screening.id(), ""), 0u);
}

TEST_F(RevealFixture, ARevealWithAReasonReturnsTheRecordAndItsPersonAndIsAudited) {
  const auto revealed = get("/v1/records/" + m_screening.id() + "?reveal=personal&reason=case_management");
  ASSERT_EQ(revealed.status, 200) << revealed.body;
  amparo::query::v1::GetRecordResponse detail;
  ASSERT_TRUE(wire::fromBinary(revealed.body, detail));
  EXPECT_FALSE(detail.personal_data_withheld());
  EXPECT_EQ(detail.record().screening().respondent().age_years(), 34);
  ASSERT_TRUE(detail.has_person());
  EXPECT_EQ(detail.person().id(), m_person.id());
  EXPECT_EQ(detail.person().person().given_names(), "Marisol");
  EXPECT_EQ(detail.person().person().contacts(0).value(), "+52 962 555 0199");
  // One entry per record read, actor and reason, never a name.
  EXPECT_EQ(auditCount(app(), "read.personal", m_screening.id(), "case_management"), 1u);
  EXPECT_EQ(auditCount(app(), "read.personal", m_person.id(), "case_management"), 1u);
  auto entries = app().audit().entries();
  ASSERT_TRUE(entries.ok());
  for (const auto& entry : *entries) {
    EXPECT_EQ(entry.detail.find("Marisol"), std::string::npos);
    if (entry.action == "read.personal") {
      EXPECT_EQ(entry.actor, "coord");
    }
  }

  // The Person record itself, for a data-subject request.
  const auto person = get("/v1/records/" + m_person.id() + "?reveal=personal&reason=data_subject_request");
  ASSERT_EQ(person.status, 200);
  ASSERT_TRUE(wire::fromBinary(person.body, detail));
  EXPECT_EQ(detail.record().person().document_number(), "HN0801199112345");
  EXPECT_EQ(auditCount(app(), "read.personal", m_person.id(), "data_subject_request"), 1u);
}

TEST_F(RevealFixture, ARevealWithoutAKnownReasonIs400AndReadsNothing) {
  for (const std::string query :
       {"?reveal=personal", "?reveal=personal&reason=curiosity", "?reveal=everything&reason=referral"}) {
    const auto refused = get("/v1/records/" + m_screening.id() + query);
    ASSERT_EQ(refused.status, 400) << query;
    const auto error = errorOf(refused);
    ASSERT_EQ(error.field_errors_size(), 1);
    EXPECT_EQ(error.field_errors(0).path(), query.find("everything") != std::string::npos ? "reveal" : "reason");
    EXPECT_EQ(refused.body.find("Marisol"), std::string::npos);
  }
  EXPECT_EQ(auditCount(app(), "read.personal", m_screening.id(), ""), 0u);
}

TEST_F(RevealFixture, ARevealOfAnotherOfficesRecordIs403AndAudited) {
  ASSERT_TRUE(auth::createAccount(app().accounts(), "coord-sal", "pw", storage::Role::Coordinator, {"SAL"},
                                  auth::PasswordCost::minimal(), "t")
                  .ok());
  const auto other = enroll("coord-sal", "pw");
  const auto refused = client().request("GET", "/v1/records/" + m_person.id() + "?reveal=personal&reason=referral", {},
                                        {{"Authorization", "Bearer " + other}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.body.find("Marisol"), std::string::npos);
  EXPECT_EQ(auditCount(app(), "forbidden", m_person.id(), "records:get"), 1u);
  EXPECT_EQ(auditCount(app(), "read.personal", m_person.id(), ""), 0u);
}

}  // namespace
}  // namespace amparo::server::testing
