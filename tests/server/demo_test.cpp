// --demo-activity: the made-up activity passes the same rules as anything
// pushed, lands in the demo coordinator's offices, and is seeded only once.

#include <gtest/gtest.h>

#include <map>

#include "amparo/validation/validator.hpp"
#include "demo.hpp"
#include "demo_activity.hpp"
#include "handlers/cursor.hpp"
#include "server_fixture.hpp"

namespace amparo::server::testing {
namespace {

namespace v1 = amparo::sync::v1;
using DemoTest = ServerFixture;

TEST_F(DemoTest, ActivityIsValidDeterministicAndOnlyInTheCoordinatorsOffices) {
  ASSERT_TRUE(seedDemo(app().store(), app().accounts(), app().records(), auth::PasswordCost::minimal(), true));
  EXPECT_FALSE(seedDemo(app().store(), app().accounts(), app().records(), auth::PasswordCost::minimal(), true));
  const auto seeded = app().records().recordCount();

  const auto coordinator = enroll("demo-coordinator", "amparo-coordinator");
  std::map<int, int> kinds;
  std::string cursor;
  for (;;) {
    const auto page =
        pull(coordinator, "?limit=1000" + (cursor.empty() ? "" : "&cursor=" + handlers::cursorToParam(cursor)));
    for (const auto& record : page.records()) {
      ++kinds[record.kind()];
      EXPECT_TRUE(record.office_code() == "TAP" || record.office_code() == "TEN") << record.office_code();
      EXPECT_TRUE(validation::validate(record).ok()) << record.id();
      if (record.kind() == v1::RECORD_KIND_SCREENING) {
        EXPECT_EQ(record.screening().mode(), amparo::records::v1::SCREENING_MODE_ANONYMOUS);  // no names at all
      }
    }
    if (!page.has_more()) break;
    cursor = page.next_cursor();
  }
  EXPECT_GT(kinds[v1::RECORD_KIND_VISIT], 30);
  EXPECT_GT(kinds[v1::RECORD_KIND_SCREENING], kinds[v1::RECORD_KIND_VISIT]);

  // The same sites and clock give the same activity (ids aside: they are
  // fresh UUIDv7s).
  std::vector<domain::RecordEnvelope> sites(1);
  sites[0].set_id("0193a1b2-0000-7000-8000-00000000000a");
  sites[0].set_office_code("TAP");
  sites[0].mutable_site()->set_site_type(amparo::records::v1::SITE_TYPE_SHELTER);
  sites[0].mutable_site()->set_official_capacity(100);
  const auto now = std::chrono::system_clock::now();
  const auto first = demoActivity(sites, now);
  const auto second = demoActivity(sites, now);
  ASSERT_EQ(first.size(), second.size());
  auto withoutIds = [](domain::RecordEnvelope record) {
    record.clear_id();
    record.clear_revision();
    record.clear_content_hash();
    if (record.has_screening()) record.mutable_screening()->clear_visit_id();
    return record.SerializeAsString();
  };
  for (std::size_t i = 0; i < first.size(); ++i) EXPECT_EQ(withoutIds(first[i]), withoutIds(second[i])) << i;
  EXPECT_GT(seeded, 100u);
}

}  // namespace
}  // namespace amparo::server::testing
