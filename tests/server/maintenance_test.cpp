// Backup while running, verify and restore on a stopped server.

#include <gtest/gtest.h>

#include <set>

#include "amparo/admin/v1/admin.pb.h"
#include "server_fixture.hpp"
#include "storage/entities.hpp"
#include "storage/store.hpp"
#include "test_records.hpp"

namespace amparo::server::testing {
namespace {

namespace v1 = amparo::sync::v1;
using MaintenanceTest = ServerFixture;

v1::PushRequest batchOf(std::initializer_list<domain::RecordEnvelope> records) {
  v1::PushRequest request;
  for (const auto& record : records) *request.add_records() = record;
  return request;
}

TEST_F(MaintenanceTest, BackupWhileRunningThenVerifyAndRestoreOnAStoppedServer) {
  ASSERT_TRUE(auth::createAccount(app().accounts(), "root", "correct horse battery", storage::Role::Admin, {},
                                  auth::PasswordCost::minimal(), "test")
                  .ok());
  const auto admin = enroll("root", "correct horse battery");
  const auto monitor = enroll("mon-a", "pw-a");
  const auto before = makeVisit("mon-a", "TAP");
  push(monitor, batchOf({before, editVisit(before, 4)}));

  const auto response = client().request("POST", "/v1/admin/backup", {}, {{"Authorization", "Bearer " + admin}});
  ASSERT_EQ(response.status, 200) << response.body;
  amparo::admin::v1::BackupResponse backup;
  ASSERT_TRUE(wire::fromBinary(response.body, backup));
  EXPECT_EQ(backup.records(), 1);
  EXPECT_EQ(client().request("POST", "/v1/admin/backup", {}, {{"Authorization", "Bearer " + monitor}}).status, 403);

  const auto after = makeVisit("mon-a", "TAP");  // not in the backup
  push(monitor, batchOf({after}));
  stopServer();

  auto report = verifyDatabase(dataDir() / "db");
  EXPECT_TRUE(report.problems.empty()) << report.problems.front();
  EXPECT_EQ(report.records, 2u);
  EXPECT_EQ(report.revisions, 3u);
  EXPECT_EQ(report.changes, 3u);

  const auto replaced = restoreDatabase(dataDir(), backup.directory());
  EXPECT_TRUE(std::filesystem::exists(replaced / "CURRENT"));
  startServer();
  EXPECT_EQ(app().records().recordCount(), 1u);
  std::set<std::string> ids;
  const auto page = pull(monitor);
  for (const auto& record : page.records()) ids.insert(record.id() + " " + record.revision());
  EXPECT_EQ(ids.size(), 2u);  // both revisions of `before`, nothing of `after`
  EXPECT_EQ(ids.count(before.id() + " " + before.revision()), 1u);
}

TEST_F(MaintenanceTest, VerifyNamesAMissingRevision) {
  const auto monitor = enroll("mon-a", "pw-a");
  const auto record = makeVisit("mon-a", "TAP");
  push(monitor, batchOf({record}));
  stopServer();
  {
    auto store = storage::Store::open(dataDir() / "db");
    ASSERT_TRUE(store.ok());
    auto batch = (*store)->batch();
    batch.remove(storage::ColumnFamilyId::Records, storage::recordKey(record.id(), record.revision()));
    ASSERT_TRUE((*store)->write(batch).ok());
  }
  const auto report = verifyDatabase(dataDir() / "db");
  ASSERT_EQ(report.problems.size(), 2u);  // the tree's node and the feed entry
  EXPECT_NE(report.problems[0].find(record.id()), std::string::npos);
  EXPECT_THROW(restoreDatabase(dataDir(), dataDir() / "no-such-backup"), std::runtime_error);
  startServer();  // TearDown stops it
}

}  // namespace
}  // namespace amparo::server::testing
