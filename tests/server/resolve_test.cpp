// A record edited on two devices has two live heads: coordinators find it in
// the conflicts queue and resolve it by choosing or merging; the resolution
// is an ordinary revision that reaches the monitor's devices.

#include <gtest/gtest.h>

#include "amparo/query/v1/query.pb.h"
#include "server_fixture.hpp"
#include "test_records.hpp"

namespace amparo::server::testing {
namespace {

namespace v1 = amparo::sync::v1;
using amparo::query::v1::GetRecordResponse;
using amparo::query::v1::ListRecordsResponse;
using amparo::query::v1::ResolveConflictRequest;
using amparo::query::v1::ResolveConflictResponse;

class ResolveTest : public ServerFixture {
protected:
  void SetUp() override {
    ServerFixture::SetUp();
    m_tablet = enroll("mon-a", "pw-a");
    const auto secondTablet = enroll("mon-a", "pw-a");
    m_coord = enroll("coord", "pw-c");
    m_base = makeVisit("mon-a", "TAP");
    v1::PushRequest first;
    *first.add_records() = m_base;
    ASSERT_EQ(push(m_tablet, first).results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
    // Both tablets edit the same revision while offline.
    m_left = editVisit(m_base, 5);
    m_right = editVisit(m_base, 7);
    v1::PushRequest left;
    *left.add_records() = m_left;
    v1::PushRequest right;
    *right.add_records() = m_right;
    ASSERT_EQ(push(m_tablet, left).results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
    ASSERT_EQ(push(secondTablet, right).results(0).outcome(), v1::PUSH_OUTCOME_CONFLICT);
  }

  HttpResponse resolve(const ResolveConflictRequest& body, const std::string& token = {}) const {
    return client().request(
        "POST", "/v1/records/" + m_base.id() + "/resolve", wire::toBinary(body),
        {{"Content-Type", kProtobuf}, {"Authorization", "Bearer " + (token.empty() ? m_coord : token)}});
  }

  GetRecordResponse record() const {
    const auto response =
        client().request("GET", "/v1/records/" + m_base.id(), {}, {{"Authorization", "Bearer " + m_coord}});
    EXPECT_EQ(response.status, 200) << response.body;
    GetRecordResponse body;
    EXPECT_TRUE(wire::fromBinary(response.body, body));
    return body;
  }

  ListRecordsResponse conflicts() const {
    const auto response =
        client().request("GET", "/v1/records?conflict=true", {}, {{"Authorization", "Bearer " + m_coord}});
    EXPECT_EQ(response.status, 200) << response.body;
    ListRecordsResponse body;
    EXPECT_TRUE(wire::fromBinary(response.body, body));
    return body;
  }

  std::string m_tablet;
  std::string m_coord;
  domain::RecordEnvelope m_base;
  domain::RecordEnvelope m_left;
  domain::RecordEnvelope m_right;
};

TEST_F(ResolveTest, ChoosingAHeadWritesANewRevisionThatEndsTheConflictAndReachesTheMonitor) {
  // The conflicts queue lists the record, and only it.
  v1::PushRequest unrelated;
  *unrelated.add_records() = makeVisit("mon-a", "TAP");
  push(m_tablet, unrelated);
  auto queue = conflicts();
  ASSERT_EQ(queue.records_size(), 1);
  EXPECT_EQ(queue.records(0).id(), m_base.id());
  const auto before = record();
  ASSERT_TRUE(before.in_conflict());
  ASSERT_EQ(before.conflicting_heads_size(), 1);

  // Keep the branch that lost the deterministic choice.
  const auto loser = sync::revisionWins(m_left.revision(), m_right.revision()) ? m_right : m_left;
  ResolveConflictRequest body;
  body.set_chosen_revision(loser.revision());
  body.add_seen_heads(m_left.revision());
  body.add_seen_heads(m_right.revision());
  const auto response = resolve(body);
  ASSERT_EQ(response.status, 200) << response.body;
  ResolveConflictResponse resolved;
  ASSERT_TRUE(wire::fromBinary(response.body, resolved));
  ASSERT_EQ(resolved.closed_revisions_size(), 1);

  const auto after = record();
  EXPECT_FALSE(after.in_conflict());
  EXPECT_EQ(after.conflicting_heads_size(), 0);
  EXPECT_EQ(after.record().revision(), resolved.revision());
  EXPECT_EQ(after.record().parent_revision(), loser.revision());
  EXPECT_EQ(after.record().visit().people_interviewed(), loser.visit().people_interviewed());
  EXPECT_EQ(after.record().author(), "mon-a");  // still the monitor's record
  EXPECT_EQ(sync::checkSeal(after.record()), sync::SealProblem::None);
  EXPECT_EQ(after.revisions_size(), 5);  // base, two branches, resolution, tombstone
  EXPECT_EQ(conflicts().records_size(), 0);

  // The monitor's tablet pulls the resolution and the tombstone.
  bool gotResolution = false;
  bool gotTombstone = false;
  const auto pulledPage = pull(m_tablet);
  for (const auto& pulled : pulledPage.records()) {
    if (pulled.revision() == resolved.revision()) gotResolution = true;
    if (pulled.revision() == resolved.closed_revisions(0)) gotTombstone = pulled.deleted();
  }
  EXPECT_TRUE(gotResolution);
  EXPECT_TRUE(gotTombstone);

  // Audited: who resolved, and the revisions written in their name.
  auto entries = app().audit().entries();
  ASSERT_TRUE(entries.ok());
  bool audited = false;
  for (const auto& entry : *entries) {
    if (entry.action == "record.resolve" && entry.actor == "coord" && entry.subject == m_base.id() &&
        entry.detail == "chosen") {
      audited = true;
    }
  }
  EXPECT_TRUE(audited);

  // Resolved already: a second attempt is a conflict of its own (409).
  EXPECT_EQ(resolve(body).status, 409);
}

TEST_F(ResolveTest, MergedContentBecomesTheNewRevision) {
  ResolveConflictRequest body;
  auto& merged = *body.mutable_merged();
  *merged.mutable_visit() = m_left.visit();
  merged.mutable_visit()->set_people_interviewed(12);
  const auto response = resolve(body);
  ASSERT_EQ(response.status, 200) << response.body;
  const auto after = record();
  EXPECT_FALSE(after.in_conflict());
  EXPECT_EQ(after.record().visit().people_interviewed(), 12);
  EXPECT_EQ(after.record().id(), m_base.id());
  EXPECT_EQ(after.record().office_code(), "TAP");
}

TEST_F(ResolveTest, AnInvalidMergeIsRejectedWithFieldErrorsAndNothingIsStored) {
  const auto stored = app().records().meta(m_base.id());
  ASSERT_TRUE(stored.ok() && stored->has_value());
  const auto revisionsBefore = (*stored)->nodes.size();

  ResolveConflictRequest body;
  auto& merged = *body.mutable_merged();
  *merged.mutable_visit() = m_left.visit();
  merged.mutable_visit()->set_people_interviewed(-3);
  const auto response = resolve(body);
  ASSERT_EQ(response.status, 400) << response.body;
  const auto error = errorOf(response);
  ASSERT_GT(error.field_errors_size(), 0);
  EXPECT_EQ(error.field_errors(0).path(), "merged.visit.people_interviewed");

  // Of another kind, or neither chosen nor merged: 400 as well.
  ResolveConflictRequest wrongKind;
  wrongKind.mutable_merged()->mutable_review()->set_target_record_id(m_base.id());
  EXPECT_EQ(resolve(wrongKind).status, 400);
  EXPECT_EQ(resolve(ResolveConflictRequest{}).status, 400);
  ResolveConflictRequest unknown;
  unknown.set_chosen_revision(m_base.revision());  // an ancestor, not a head
  EXPECT_EQ(resolve(unknown).status, 400);

  const auto after = app().records().meta(m_base.id());
  ASSERT_TRUE(after.ok() && after->has_value());
  EXPECT_EQ((*after)->nodes.size(), revisionsBefore);
  EXPECT_TRUE(record().in_conflict());
}

TEST_F(ResolveTest, StaleHeadsAnotherOfficeAndMonitorsAreRefused) {
  ResolveConflictRequest stale;
  stale.set_chosen_revision(m_left.revision());
  stale.add_seen_heads(m_left.revision());  // the other head was not seen
  EXPECT_EQ(resolve(stale).status, 409);

  ASSERT_TRUE(auth::createAccount(app().accounts(), "coord-sal", "pw", storage::Role::Coordinator, {"SAL"},
                                  auth::PasswordCost::minimal(), "t")
                  .ok());
  ResolveConflictRequest body;
  body.set_chosen_revision(m_left.revision());
  EXPECT_EQ(resolve(body, enroll("coord-sal", "pw")).status, 403);
  EXPECT_EQ(resolve(body, m_tablet).status, 403);  // monitors never resolve
  EXPECT_TRUE(record().in_conflict());
}

}  // namespace
}  // namespace amparo::server::testing
