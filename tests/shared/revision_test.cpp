#include "amparo/sync/revision.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "amparo/sync/record_id.hpp"
#include "amparo/wire/codec.hpp"

namespace amparo::sync {
namespace {

std::string rev(int generation, char fill) {
  return std::to_string(generation) + "-" + std::string(32, fill);
}

RevisionNode node(int generation, char fill, std::string parent = {}, bool deleted = false) {
  return {rev(generation, fill), std::move(parent), deleted};
}

struct TreeCase {
  const char* name;
  std::vector<RevisionNode> existing;
  RevisionNode incoming;
  Outcome outcome;
  Reason reason;
  std::string winner;
  bool conflictAfter;
};

void PrintTo(const TreeCase& c, std::ostream* os) {
  *os << c.name;
}

class RevisionTreeTest : public ::testing::TestWithParam<TreeCase> {};

TEST_P(RevisionTreeTest, DecidesAndApplies) {
  const auto& c = GetParam();
  RevisionTree tree(c.existing);
  const auto before = tree.nodes().size();
  const auto decision = tree.apply(c.incoming);
  EXPECT_EQ(outcomeName(decision.outcome), outcomeName(c.outcome));
  EXPECT_EQ(reasonName(decision.reason), reasonName(c.reason));
  EXPECT_EQ(decision.winner, c.winner);
  EXPECT_EQ(tree.winner(), c.winner);
  EXPECT_EQ(tree.inConflict(), c.conflictAfter);
  const bool kept = c.outcome == Outcome::Accepted || c.outcome == Outcome::Conflict;
  EXPECT_EQ(tree.nodes().size(), before + (kept ? 1 : 0));
}

const RevisionNode kA = node(1, 'a');
const RevisionNode kB = node(2, 'b', rev(1, 'a'));
const RevisionNode kC = node(2, 'c', rev(1, 'a'));
const RevisionNode kD = node(3, 'd', rev(2, 'b'));

INSTANTIATE_TEST_SUITE_P(
    Rules, RevisionTreeTest,
    ::testing::Values(
        TreeCase{"FirstRevision", {}, kA, Outcome::Accepted, Reason::ChildOfHead, rev(1, 'a'), false},
        TreeCase{"SameRevisionTwice", {kA, kB}, kB, Outcome::AlreadyHad, Reason::None, rev(2, 'b'), false},
        TreeCase{"ChildOfHead", {kA, kB}, kD, Outcome::Accepted, Reason::ChildOfHead, rev(3, 'd'), false},
        // Sibling: both kept; same generation, so the greater hash wins.
        TreeCase{"Sibling", {kA, kB}, kC, Outcome::Conflict, Reason::Sibling, rev(2, 'c'), true},
        TreeCase{"SiblingThatLoses", {kA, kC}, kB, Outcome::Conflict, Reason::Sibling, rev(2, 'c'), true},
        // Stale parent: written against an older revision; the deeper head wins.
        TreeCase{"StaleParent", {kA, kB, kD}, kC, Outcome::Conflict, Reason::StaleParent, rev(3, 'd'), true},
        TreeCase{"UnknownParent",
                 {kA},
                 node(2, 'e', rev(1, 'f')),
                 Outcome::Rejected,
                 Reason::UnknownParent,
                 rev(1, 'a'),
                 false},
        TreeCase{"UnknownParentOnNewRecord",
                 {},
                 node(2, 'e', rev(1, 'f')),
                 Outcome::Rejected,
                 Reason::UnknownParent,
                 "",
                 false},
        TreeCase{"GenerationSkipsAhead",
                 {kA},
                 node(5, 'e', rev(1, 'a')),
                 Outcome::Rejected,
                 Reason::BadGeneration,
                 rev(1, 'a'),
                 false},
        TreeCase{"RootWithLaterGeneration", {}, node(2, 'e'), Outcome::Rejected, Reason::BadGeneration, "", false},
        TreeCase{"MalformedRevision",
                 {kA},
                 RevisionNode{"2-XYZ", rev(1, 'a'), false},
                 Outcome::Rejected,
                 Reason::BadRevision,
                 rev(1, 'a'),
                 false},
        TreeCase{"SecondRootForSameId", {kA}, node(1, 'f'), Outcome::Conflict, Reason::SecondRoot, rev(1, 'f'), true},
        TreeCase{"ChildOfOneHeadWhileInConflict",
                 {kA, kB, kC},
                 kD,
                 Outcome::Conflict,
                 Reason::ExtendsConflict,
                 rev(3, 'd'),
                 true},
        // Resolving: the losing branch gets a tombstone, leaving one live head.
        TreeCase{"TombstoneResolvesConflict",
                 {kA, kB, kC, kD},
                 node(3, 'e', rev(2, 'c'), true),
                 Outcome::Accepted,
                 Reason::ExtendsConflict,
                 rev(3, 'd'),
                 false},
        TreeCase{"DeletingTheOnlyHead",
                 {kA},
                 node(2, 'e', rev(1, 'a'), true),
                 Outcome::Accepted,
                 Reason::ChildOfHead,
                 rev(2, 'e'),
                 false}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

TEST(RevisionWinnerTest, WinnerDoesNotDependOnArrivalOrder) {
  std::vector<RevisionNode> nodes = {kA, kB, kC, node(3, '1', rev(2, 'c')), kD};
  const auto expected = RevisionTree(nodes).winner();
  EXPECT_EQ(expected, rev(3, 'd'));  // same generation: 'd' > '1'
  std::sort(nodes.begin(), nodes.end(), [](const auto& x, const auto& y) { return x.revision < y.revision; });
  do {
    EXPECT_EQ(RevisionTree(nodes).winner(), expected);
  } while (std::next_permutation(nodes.begin(), nodes.end(),
                                 [](const auto& x, const auto& y) { return x.revision < y.revision; }));
}

TEST(RevisionWinnerTest, HigherGenerationBeatsGreaterHash) {
  EXPECT_TRUE(revisionWins(rev(10, '0'), rev(9, 'f')));  // numeric, not text, comparison
  EXPECT_FALSE(revisionWins(rev(9, 'f'), rev(10, '0')));
  EXPECT_TRUE(revisionWins(rev(2, 'b'), rev(2, 'a')));
}

TEST(RevisionIdTest, ParsesOnlyWellFormedRevisions) {
  const auto parsed = parseRevision(rev(12, 'e'));
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->generation, 12);
  EXPECT_EQ(parsed->hash, std::string(32, 'e'));
  for (const char* bad : {"", "-",
                          "0-"
                          "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                          "x-eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "1-eeee", "1-EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE",
                          "1eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"}) {
    EXPECT_FALSE(parseRevision(bad).has_value()) << bad;
  }
}

domain::RecordEnvelope sampleVisit() {
  domain::RecordEnvelope envelope;
  envelope.set_id(newRecordId());
  envelope.set_kind(amparo::sync::v1::RECORD_KIND_VISIT);
  envelope.set_author("demo-monitor");
  envelope.set_office_code("TAP");
  auto* visit = envelope.mutable_visit();
  visit->set_visit_type(amparo::records::v1::VISIT_TYPE_DETENTION);
  visit->set_site_id(newRecordId());
  visit->mutable_detention()->mutable_population()->set_total(120);
  return envelope;
}

TEST(SealTest, SameChangeSentTwiceHasTheSameRevision) {
  auto first = sampleVisit();
  auto second = first;
  second.mutable_modified_at()->set_seconds(1764633600);  // metadata outside the content
  second.set_device_id("another-device");
  seal(first);
  seal(second);
  EXPECT_EQ(first.revision(), second.revision());
  EXPECT_EQ(first.content_hash(), second.content_hash());
  EXPECT_EQ(first.revision().substr(0, 2), "1-");
}

TEST(SealTest, DifferentContentOrParentGivesDifferentRevision) {
  auto base = sampleVisit();
  seal(base);
  auto edited = base;
  edited.mutable_visit()->mutable_detention()->mutable_population()->set_total(121);
  seal(edited);
  EXPECT_NE(base.content_hash(), edited.content_hash());
  EXPECT_NE(base.revision(), edited.revision());

  auto child = nextRevision(base);
  seal(child);  // same content, new parent: a new revision one generation deeper
  EXPECT_EQ(child.content_hash(), base.content_hash());
  EXPECT_NE(child.revision(), base.revision());
  EXPECT_EQ(child.parent_revision(), base.revision());
  EXPECT_EQ(parseRevision(child.revision())->generation, 2);

  auto tombstone = nextRevision(base);
  tombstone.set_deleted(true);
  seal(tombstone);
  EXPECT_NE(tombstone.revision(), child.revision());
}

TEST(SealTest, HashingTheBodyBytesAsSentMatchesHashingTheBody) {
  auto visit = sampleVisit();
  seal(visit);
  const auto bodies = wire::lengthDelimitedFields(wire::toBinary(visit), visit.body_case());
  ASSERT_TRUE(bodies.has_value());
  ASSERT_EQ(bodies->size(), 1u);
  EXPECT_EQ(contentHashOfBody(visit.body_case(), bodies->front()), visit.content_hash());
  // Other bytes for the same body (a field sent twice) hash differently:
  // callers fall back to contentHash, which serialises the parsed body.
  EXPECT_NE(contentHashOfBody(visit.body_case(), std::string(bodies->front()) + std::string(bodies->front())),
            visit.content_hash());
}

TEST(SealTest, TheSameBodyBytesUnderAnotherKindHashDifferently) {
  domain::RecordEnvelope a;
  a.mutable_person();
  domain::RecordEnvelope b;
  b.mutable_review();
  EXPECT_NE(contentHash(a), contentHash(b));
}

TEST(SealTest, CheckSealFindsTampering) {
  auto envelope = sampleVisit();
  seal(envelope);
  EXPECT_EQ(checkSeal(envelope), SealProblem::None);

  auto tampered = envelope;
  tampered.mutable_visit()->set_narrative("changed after sealing");
  EXPECT_EQ(checkSeal(tampered), SealProblem::ContentHashMismatch);

  auto forged = envelope;
  forged.set_revision(rev(1, 'a'));
  EXPECT_EQ(checkSeal(forged), SealProblem::RevisionMismatch);

  auto garbled = envelope;
  garbled.set_revision("banana");
  EXPECT_EQ(checkSeal(garbled), SealProblem::BadRevisionFormat);

  auto reparented = envelope;
  reparented.set_parent_revision(rev(1, 'a'));
  EXPECT_EQ(checkSeal(reparented), SealProblem::RevisionMismatch);
}

TEST(SealTest, SealedRevisionsBuildAConsistentTree) {
  auto v1 = sampleVisit();
  seal(v1);
  auto v2 = nextRevision(v1);
  v2.mutable_visit()->set_people_interviewed(4);
  seal(v2);
  auto fork = nextRevision(v1);
  fork.mutable_visit()->set_people_interviewed(5);
  seal(fork);

  RevisionTree tree;
  EXPECT_EQ(tree.apply({v1.revision(), v1.parent_revision(), false}).outcome, Outcome::Accepted);
  EXPECT_EQ(tree.apply({v2.revision(), v2.parent_revision(), false}).outcome, Outcome::Accepted);
  const auto conflict = tree.apply({fork.revision(), fork.parent_revision(), false});
  EXPECT_EQ(conflict.outcome, Outcome::Conflict);
  EXPECT_EQ(conflict.reason, Reason::Sibling);
  EXPECT_EQ(conflict.winner, revisionWins(v2.revision(), fork.revision()) ? v2.revision() : fork.revision());
}

}  // namespace
}  // namespace amparo::sync
