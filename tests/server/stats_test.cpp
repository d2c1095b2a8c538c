// GET /v1/stats through the real server over TLS, on the fixed dataset
// tests/data/stats/dataset.json. Every expected figure is counted by hand from
// the dataset (tables in tests/data/stats/README.md); the arithmetic is in
// the comments. Counts of people from 1 to 4 leave as 0, suppressed.

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "amparo/query/v1/stats.pb.h"
#include "amparo/sync/revision.hpp"
#include "server_fixture.hpp"
#include "stats_dataset.hpp"

namespace amparo::server::testing {
namespace {

namespace q = amparo::query::v1;
namespace v1 = amparo::sync::v1;

class StatsTest : public ServerFixture {
protected:
  void SetUp() override {
    ServerFixture::SetUp();
    const auto cost = auth::PasswordCost::minimal();
    ASSERT_TRUE(
        auth::createAccount(app().accounts(), "coord-sal", "pw-s", storage::Role::Coordinator, {"SAL"}, cost, "test")
            .ok());
    ASSERT_TRUE(auth::createAccount(app().accounts(), "root", "pw-root", storage::Role::Admin, {}, cost, "test").ok());
    m_dataset = loadStatsDataset();
    ASSERT_EQ(m_dataset.size(), 45u);
    for (const auto& [user, password] : std::map<std::string, std::string>{
             {"mon-a", "pw-a"}, {"mon-b", "pw-b"}, {"mon-ten", "pw-t"}, {"coord", "pw-c"}}) {
      m_tokens[user] = enroll(user, password);
    }
    pushAll(m_dataset);
  }

  // Each author's records in file order; the coordinator's (sites, reviews) last.
  void pushAll(const std::vector<domain::RecordEnvelope>& records) {
    for (const auto* author : {"mon-a", "mon-b", "mon-ten", "coord"}) {
      v1::PushRequest request;
      for (const auto& record : records) {
        if (record.author() == author) *request.add_records() = record;
      }
      if (request.records_size() == 0) continue;
      const auto response = push(m_tokens.at(author), request);
      ASSERT_EQ(response.results_size(), request.records_size());
      for (const auto& result : response.results()) {
        EXPECT_TRUE(result.outcome() == v1::PUSH_OUTCOME_ACCEPTED || result.outcome() == v1::PUSH_OUTCOME_CONFLICT)
            << result.record_id() << " " << v1::PushOutcome_Name(result.outcome()) << " "
            << (result.field_errors_size() > 0 ? result.field_errors(0).path() + " " + result.field_errors(0).code()
                                               : result.error().message());
      }
    }
  }

  HttpResponse statsRaw(const std::string& token, const std::string& query = {}) {
    return client().request("GET", "/v1/stats" + query, {},
                            {{"Authorization", "Bearer " + token}, {"Accept", kProtobuf}});
  }

  q::StatsResponse stats(const std::string& token, const std::string& query = {}) {
    const auto response = statsRaw(token, query);
    EXPECT_EQ(response.status, 200) << response.body;
    q::StatsResponse body;
    EXPECT_TRUE(wire::fromBinary(response.body, body));
    return body;
  }
  q::StatsResponse coordStats(const std::string& query = {}) { return stats(m_tokens.at("coord"), query); }

  std::vector<domain::RecordEnvelope> m_dataset;
  std::map<std::string, std::string> m_tokens;
};

// The cell with these keys, or a zero cell when it is absent (left out as 0).
q::CountCell cellOf(const q::Breakdown& breakdown, const std::vector<std::string>& keys) {
  for (const auto& cell : breakdown.cells()) {
    if (std::vector<std::string>(cell.keys().begin(), cell.keys().end()) == keys) return cell;
  }
  return {};
}

void expectCell(const q::CountCell& cell, std::int64_t count, bool suppressed, const std::string& what) {
  EXPECT_EQ(cell.count(), count) << what;
  EXPECT_EQ(cell.suppressed(), suppressed) << what;
}

const q::ReferralAgencyStats* agencyOf(const q::StatsResponse& stats, const std::string& code) {
  for (const auto& agency : stats.referrals()) {
    if (agency.agency_code() == code) return &agency;
  }
  return nullptr;
}

const std::string kSite1 = datasetId(0x11);  // EM Siglo XXI (TAP), detention centre
const std::string kSite2 = datasetId(0x12);  // Albergue Belén (TAP), shelter
const std::string kSite4 = datasetId(0x14);  // a TEN detention centre without a Site record
const std::string kVisit1 = datasetId(0x21);
const std::string kVisit2 = datasetId(0x22);
const std::string kVisit4 = datasetId(0x24);

TEST_F(StatsTest, EveryFigureEqualsTheHandComputedExpectation) {
  const auto s = coordStats();  // TAP + TEN, no filter

  // Visits V1..V5; V3 denied. Sessions: V1, V2, V5 → 3, participants 36 + 12 + 3 = 51.
  const auto& a = s.activity();
  EXPECT_EQ(a.visits(), 5);
  EXPECT_EQ(a.access_denied(), 1);
  EXPECT_EQ(a.screenings(), 25);
  // People: V1 4+3+1+1+1+3+1+1 = 15; V2 3+2+1+1+4+1 = 12; V4 1+1+1+2+1+1 = 7;
  // V5 5+5+1+1 = 12; S25 (visit unknown) 2 → 48.
  expectCell(a.people_covered(), 48, false, "people covered");
  EXPECT_EQ(a.information_sessions(), 3);
  expectCell(a.information_participants(), 51, false, "participants");
  // SC needs: S05 SC-UC, S12 SC-SC, S24 SC-UC → 3, suppressed.
  expectCell(a.unaccompanied_or_separated_children(), 0, true, "USC");

  // Visits are not people: never suppressed.
  ASSERT_EQ(s.visits_by_type().dimensions_size(), 1);
  ASSERT_EQ(s.visits_by_type().cells_size(), 4);
  expectCell(cellOf(s.visits_by_type(), {"VISIT_TYPE_BORDER"}), 1, false, "border");
  expectCell(cellOf(s.visits_by_type(), {"VISIT_TYPE_DETENTION"}), 2, false, "detention");
  expectCell(cellOf(s.visits_by_type(), {"VISIT_TYPE_SHELTER"}), 1, false, "shelter");
  expectCell(cellOf(s.visits_by_type(), {"VISIT_TYPE_URBAN"}), 1, false, "urban");
  EXPECT_EQ(s.visits_by_type().cells(0).keys(0), "VISIT_TYPE_BORDER");  // sorted by keys

  // Respondents by nationality × sex × band, 9 cells: HND F 18-59 = S01 S02 S06
  // S08 S09 S10 S18 S21 S25 = 9; GTM M 18-59 = S04 S15 S16 S19 S20 = 5; HND M
  // 18-59 = S03 S13 S17 S22 = 4; GTM F 12-17 = S05 S12 = 2; one each: VEN M
  // 18-59, SLV M 18-59, VEN F 60+, VEN F 18-59, HTI M 12-17. 9+5+4+2+5 = 25.
  const auto& people = s.people_by_nationality_sex_age();
  ASSERT_EQ(people.dimensions_size(), 3);
  EXPECT_EQ(people.dimensions(0), "nationality");
  EXPECT_EQ(people.cells_size(), 9);
  expectCell(cellOf(people, {"HND", "SEX_FEMALE", "AGE_BAND_18_59"}), 9, false, "HND F adult");
  expectCell(cellOf(people, {"GTM", "SEX_MALE", "AGE_BAND_18_59"}), 5, false, "GTM M adult");
  expectCell(cellOf(people, {"HND", "SEX_MALE", "AGE_BAND_18_59"}), 0, true, "HND M adult (4)");
  expectCell(cellOf(people, {"GTM", "SEX_FEMALE", "AGE_BAND_12_17"}), 0, true, "GTM F child (2)");
  expectCell(cellOf(people, {"VEN", "SEX_FEMALE", "AGE_BAND_60_PLUS"}), 0, true, "VEN F older (1)");
  expectCell(cellOf(people, {"HTI", "SEX_MALE", "AGE_BAND_12_17"}), 0, true, "HTI M child (1)");
  expectCell(cellOf(people, {"CUB", "SEX_MALE", "AGE_BAND_18_59"}), 0, false, "absent");
  EXPECT_EQ(people.cells(0).keys(0), "GTM");  // GTM < HND < HTI < SLV < VEN

  // Needs (people with the code): LP-DA = S01 S03 S04 S15 S16 S17 S20 = 7;
  // SP-PT 3, WR-WR 2, SC-UC 2, WR-LC, SC-SC, ER-NF, LP-RR 1 each.
  const auto& needs = s.specific_needs();
  EXPECT_EQ(needs.cells_size(), 8);
  expectCell(cellOf(needs, {"LP", "LP-DA"}), 7, false, "LP-DA");
  expectCell(cellOf(needs, {"SP", "SP-PT"}), 0, true, "SP-PT (3)");
  expectCell(cellOf(needs, {"SC", "SC-UC"}), 0, true, "SC-UC (2)");
  expectCell(cellOf(needs, {"ER", "ER-NF"}), 0, true, "ER-NF (1)");
  EXPECT_EQ(needs.cells(0).keys(1), "ER-NF");  // ER < LP < SC < SP < WR

  // Referrals. COMAR: R1 R4 R6 accepted, R2 in progress, R3 rejected, R5
  // closed, R7 sent → 7; answered 6, accepted 3 + 1 + 1 = 5 → 5/6. Days:
  // 10, 14, 7, 5, 8, 2 → sorted 2 5 7 8 10 14 → median (7 + 8) / 2 = 7.5.
  ASSERT_EQ(s.referrals_size(), 2);
  EXPECT_EQ(s.referrals(0).agency_code(), "COMAR");
  const auto* comar = agencyOf(s, "COMAR");
  ASSERT_NE(comar, nullptr);
  expectCell(comar->total(), 7, false, "COMAR total");
  ASSERT_EQ(comar->by_status_size(), 5);
  for (const auto& cell : comar->by_status()) expectCell(cell, 0, true, "COMAR " + cell.keys(0));
  ASSERT_TRUE(comar->has_acceptance_rate());
  EXPECT_DOUBLE_EQ(comar->acceptance_rate(), 5.0 / 6.0);
  ASSERT_TRUE(comar->has_median_days_to_answer());
  EXPECT_DOUBLE_EQ(comar->median_days_to_answer(), 7.5);
  expectCell(comar->delivery_failures(), 0, false, "COMAR failures");
  // DIF: R8 delivery failed, R9 accepted (2 days): 2, one answered → no rate.
  const auto* dif = agencyOf(s, "DIF");
  ASSERT_NE(dif, nullptr);
  expectCell(dif->total(), 0, true, "DIF total (2)");
  EXPECT_FALSE(dif->has_acceptance_rate());
  EXPECT_FALSE(dif->has_median_days_to_answer());
  expectCell(dif->delivery_failures(), 0, true, "DIF failures (1)");

  // Detention: V1 (site 1) with 2 girls + 1 boy → alert; V4 (site 4) none.
  ASSERT_EQ(s.detention_size(), 2);
  const auto& d1 = s.detention(0);
  EXPECT_EQ(d1.site_id(), kSite1);
  EXPECT_EQ(d1.visit_id(), kVisit1);
  EXPECT_EQ(d1.date(), "2026-10-05");
  EXPECT_EQ(d1.capacity(), 960);
  EXPECT_EQ(d1.population(), 842);
  EXPECT_EQ(d1.children_present(), 3);
  EXPECT_EQ(d1.families_present(), 2);
  EXPECT_EQ(d1.longest_detention_days(), 47);
  EXPECT_TRUE(d1.alert());
  const auto& d4 = s.detention(1);
  EXPECT_EQ(d4.site_id(), kSite4);
  EXPECT_EQ(d4.date(), "2026-11-10");
  EXPECT_EQ(d4.capacity(), 200);
  EXPECT_EQ(d4.population(), 150);
  EXPECT_EQ(d4.children_present(), 0);
  EXPECT_FALSE(d4.has_families_present());
  EXPECT_FALSE(d4.alert());

  // Shelter: V2, 135 in a place for 120, 4 refused.
  ASSERT_EQ(s.shelters_size(), 1);
  EXPECT_EQ(s.shelters(0).site_id(), kSite2);
  EXPECT_EQ(s.shelters(0).visit_id(), kVisit2);
  EXPECT_EQ(s.shelters(0).date(), "2026-10-12");
  EXPECT_EQ(s.shelters(0).capacity(), 120);
  EXPECT_EQ(s.shelters(0).occupancy(), 135);
  EXPECT_EQ(s.shelters(0).refusals_of_entry(), 4);

  // Trend: October V1 V2 and S01–S14; November V3 V4 V5 and S15–S25.
  ASSERT_EQ(s.trend_size(), 2);
  EXPECT_EQ(s.trend(0).period(), "2026-10");
  EXPECT_EQ(s.trend(0).visits(), 2);
  EXPECT_EQ(s.trend(0).screenings(), 14);
  EXPECT_EQ(s.trend(1).period(), "2026-11");
  EXPECT_EQ(s.trend(1).visits(), 3);
  EXPECT_EQ(s.trend(1).screenings(), 11);

  // Alerts: V1 (children), V3 (denied, but reviewed), S06 (emergency) → 2 open.
  EXPECT_EQ(s.open_alerts(), 2);
  EXPECT_EQ(s.suppression_threshold(), 5);
  EXPECT_EQ(s.records_considered(), 5 + 25 + 9);
  EXPECT_EQ(s.as_of_sequence(), app().records().lastSequence());
}

TEST_F(StatsTest, FiltersNarrowEveryFigure) {
  // Tapachula: V1 V2 V3, S01–S14: people 15 + 12 = 27; participants 36 + 12.
  auto s = coordStats("?office=TAP");
  EXPECT_EQ(s.activity().visits(), 3);
  EXPECT_EQ(s.activity().screenings(), 14);
  expectCell(s.activity().people_covered(), 27, false, "TAP people");
  expectCell(s.activity().information_participants(), 48, false, "TAP participants");
  // COMAR R1 R2 R3 R6: 4 → suppressed, 4 answered → no rate.
  expectCell(agencyOf(s, "COMAR")->total(), 0, true, "TAP COMAR (4)");
  EXPECT_FALSE(agencyOf(s, "COMAR")->has_acceptance_rate());
  EXPECT_EQ(s.open_alerts(), 2);

  // Tenosique: V4 V5, S15–S25: people 7 + 12 + 2 = 21; 3 participants → suppressed.
  s = coordStats("?office=TEN");
  EXPECT_EQ(s.activity().visits(), 2);
  EXPECT_EQ(s.activity().screenings(), 11);
  expectCell(s.activity().people_covered(), 21, false, "TEN people");
  expectCell(s.activity().information_participants(), 0, true, "TEN participants (3)");
  EXPECT_EQ(s.open_alerts(), 0);

  // Detention visits V1 V4 and their screenings (8 + 6); S25 has no known visit.
  s = coordStats("?visit_type=detention");
  EXPECT_EQ(s.activity().visits(), 2);
  EXPECT_EQ(s.activity().screenings(), 14);
  expectCell(s.activity().people_covered(), 22, false, "detention people 15 + 7");
  // Referrals of S01 S06 S15 S20 (COMAR R1 R2 R4 R7) → 4.
  expectCell(agencyOf(s, "COMAR")->total(), 0, true, "detention COMAR (4)");
  EXPECT_EQ(agencyOf(s, "DIF"), nullptr);

  // Site type: V1's site is a detention centre; V4's site has no record, so
  // its visit type stands in. Same figures as visit_type=detention.
  s = coordStats("?site_type=detention_centre");
  EXPECT_EQ(s.activity().visits(), 2);
  EXPECT_EQ(s.activity().screenings(), 14);

  // One site: the shelter, V2 with S09–S14.
  s = coordStats("?site=" + kSite2);
  EXPECT_EQ(s.activity().visits(), 1);
  EXPECT_EQ(s.activity().screenings(), 6);
  expectCell(s.activity().people_covered(), 12, false, "shelter people");
  ASSERT_EQ(s.shelters_size(), 1);
  EXPECT_EQ(s.detention_size(), 0);

  // November: V3 V4 V5, S15–S25 (S25 by its interview date); referrals of
  // S15 S20 S21 (COMAR R4 R7 R5) and S24 (DIF R9).
  s = coordStats("?from=2026-11-01&to=2026-11-30");
  EXPECT_EQ(s.activity().visits(), 3);
  EXPECT_EQ(s.activity().screenings(), 11);
  expectCell(s.activity().people_covered(), 21, false, "November people");
  EXPECT_EQ(s.records_considered(), 3 + 11 + 4);
  // The last day is included: V1 started on 2026-10-05.
  s = coordStats("?from=2026-10-05&to=2026-10-05");
  EXPECT_EQ(s.activity().visits(), 1);
  EXPECT_EQ(s.activity().screenings(), 8);

  // A monitor's own records: mon-b made V3 only.
  s = coordStats("?author=mon-b");
  EXPECT_EQ(s.activity().visits(), 1);
  EXPECT_EQ(s.activity().access_denied(), 1);
  EXPECT_EQ(s.activity().screenings(), 0);

  // Review status: S02 is flagged; V3 reviewed.
  s = coordStats("?review_status=flagged");
  EXPECT_EQ(s.activity().visits(), 0);
  EXPECT_EQ(s.activity().screenings(), 1);
  s = coordStats("?review_status=reviewed");
  EXPECT_EQ(s.activity().visits(), 1);
  EXPECT_EQ(s.activity().screenings(), 0);

  // Alerts: V1 and V3 (reviewed, still an alert); S06.
  s = coordStats("?alert=true");
  EXPECT_EQ(s.activity().visits(), 2);
  EXPECT_EQ(s.activity().screenings(), 1);
  EXPECT_EQ(s.open_alerts(), 2);

  // Bad values: 400 with a clear code.
  for (const auto* bad : {"?visit_type=boat", "?site_type=garden", "?from=2026-13-01", "?review_status=maybe"}) {
    const auto response = statsRaw(m_tokens.at("coord"), bad);
    EXPECT_EQ(response.status, 400) << bad;
    EXPECT_EQ(errorOf(response).code(), v1::ERROR_CODE_INVALID_ARGUMENT) << bad;
  }
}

TEST_F(StatsTest, ScopedToTheCallersOffices) {
  // A coordinator of Saltillo sees nothing of Tapachula or Tenosique.
  const auto sal = enroll("coord-sal", "pw-s");
  auto s = stats(sal);
  EXPECT_EQ(s.activity().visits(), 0);
  EXPECT_EQ(s.activity().screenings(), 0);
  EXPECT_EQ(s.records_considered(), 0);
  EXPECT_EQ(s.open_alerts(), 0);

  // Asking for an office outside its own: 403, audited.
  const auto refused = statsRaw(sal, "?office=TAP");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(errorOf(refused).code(), v1::ERROR_CODE_PERMISSION_DENIED);
  auto entries = app().audit().entries();
  ASSERT_TRUE(entries.ok());
  bool audited = false;
  for (const auto& entry : *entries) {
    audited = audited || (entry.action == "forbidden" && entry.actor == "coord-sal" && entry.detail == "stats:TAP");
  }
  EXPECT_TRUE(audited);

  // Monitors get no statistics.
  EXPECT_EQ(statsRaw(m_tokens.at("mon-a")).status, 403);

  // An admin sees every office: the same figures as the TAP + TEN coordinator.
  const auto root = enroll("root", "pw-root");
  const auto all = stats(root);
  const auto coord = coordStats();
  EXPECT_EQ(all.activity().visits(), coord.activity().visits());
  EXPECT_EQ(all.activity().screenings(), coord.activity().screenings());
  EXPECT_EQ(all.records_considered(), coord.records_considered());
  EXPECT_EQ(stats(root, "?office=TEN").activity().screenings(), 11);
}

TEST_F(StatsTest, FollowsLaterPushesReviewsDeletionsAndConflicts) {
  const auto before = coordStats();
  ASSERT_EQ(before.activity().screenings(), 25);

  // A new screening in V2 (2 people), a review clearing V1's alert, S07 withdrawn.
  auto added = datasetRecord(m_dataset, datasetId(0x110));  // S16: GTM M, alone
  added.set_id(datasetId(0x11a));
  added.set_office_code("TAP");
  added.set_author("mon-a");
  added.mutable_screening()->set_visit_id(kVisit2);
  added.mutable_screening()->mutable_respondent()->set_nationality("VEN");
  sync::seal(added);
  auto withdrawn = sync::nextRevision(datasetRecord(m_dataset, datasetId(0x107)));  // S07: VEN M
  withdrawn.set_deleted(true);
  sync::seal(withdrawn);
  pushAll({added, withdrawn});
  auto review = datasetRecord(m_dataset, datasetId(0x301));
  review.set_id(datasetId(0x303));
  review.mutable_review()->set_target_record_id(kVisit1);
  review.mutable_review()->set_target_revision(datasetRecord(m_dataset, kVisit1).revision());
  sync::seal(review);
  pushAll({review});

  auto s = coordStats();
  EXPECT_EQ(s.activity().screenings(), 25 + 1 - 1);
  expectCell(s.activity().people_covered(), 48 + 1 - 1, false, "people");
  EXPECT_EQ(s.open_alerts(), 1);  // S06 only
  // VEN M 18-59: S07 out, the new one in → still 1 (suppressed, present).
  expectCell(cellOf(s.people_by_nationality_sex_age(), {"VEN", "SEX_MALE", "AGE_BAND_18_59"}), 0, true, "VEN M");
  EXPECT_EQ(s.as_of_sequence(), app().records().lastSequence());

  // A conflict on S11 (SLV M): two children of its first revision, one making
  // the respondent NIC, the other COL. The figures follow the winner.
  const auto& s11 = datasetRecord(m_dataset, datasetId(0x10b));
  auto left = sync::nextRevision(s11);
  left.mutable_screening()->mutable_respondent()->set_nationality("NIC");
  sync::seal(left);
  auto right = sync::nextRevision(s11);
  right.mutable_screening()->mutable_respondent()->set_nationality("COL");
  sync::seal(right);
  pushAll({left});
  pushAll({right});
  const bool leftWins = sync::revisionWins(left.revision(), right.revision());
  s = coordStats();
  EXPECT_EQ(s.activity().screenings(), 25);
  const auto& people = s.people_by_nationality_sex_age();
  expectCell(cellOf(people, {leftWins ? "NIC" : "COL", "SEX_MALE", "AGE_BAND_18_59"}), 0, true, "winner");
  EXPECT_EQ(cellOf(people, {leftWins ? "COL" : "NIC", "SEX_MALE", "AGE_BAND_18_59"}).suppressed(), false);
  EXPECT_EQ(cellOf(people, {"SLV", "SEX_MALE", "AGE_BAND_18_59"}).suppressed(), false);
}

TEST_F(StatsTest, ARestartKeepsTheProjectionAndCarriesOn) {
  const auto before = coordStats();
  const auto sequence = before.as_of_sequence();
  restartServer();
  EXPECT_GE(app().stats().indexedSequence(), sequence);  // read back, not rebuilt from 0 on the request
  const auto after = coordStats();
  EXPECT_EQ(after.SerializeAsString(), before.SerializeAsString());

  // Pushes after the restart are indexed from where it stopped.
  m_tokens["mon-ten"] = enroll("mon-ten", "pw-t");
  auto added = datasetRecord(m_dataset, datasetId(0x117));  // S23 in V5
  added.set_id(datasetId(0x11b));
  sync::seal(added);
  pushAll({added});
  const auto later = coordStats("?office=TEN");
  EXPECT_EQ(later.activity().screenings(), 12);
  EXPECT_GT(later.as_of_sequence(), sequence);
}

TEST_F(StatsTest, AnswersInJsonToo) {
  const auto response =
      client().request("GET", "/v1/stats?office=TAP", {},
                       {{"Authorization", "Bearer " + m_tokens.at("coord")}, {"Accept", "application/json"}});
  ASSERT_EQ(response.status, 200);
  q::StatsResponse body;
  ASSERT_TRUE(wire::fromJson(response.body, body)) << response.body;
  EXPECT_EQ(body.activity().visits(), 3);
}

}  // namespace
}  // namespace amparo::server::testing
