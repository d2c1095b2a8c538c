// Storage on a real RocksDB in a fresh temp folder per test, with a tiny
// write buffer so flushes to SST files happen during the test.

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

#include "storage/account_store.hpp"
#include "storage/audit_log.hpp"
#include "storage/entities.hpp"
#include "storage/key_codec.hpp"
#include "storage/store.hpp"
#include "temp_dir.hpp"

namespace amparo::server::storage {
namespace {

using testing::TempDir;

std::unique_ptr<Store> openStore(const TempDir& dir) {
  StoreOptions options;
  options.writeBufferSize = 64 * 1024;
  auto store = Store::open(dir.path() / "db", options);
  EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().message);
  return std::move(*store);
}

TEST(EntitiesTest, FeedEntriesKeepThePushingDeviceAndOlderEntriesStillDecode) {
  ChangeEntry entry{7, "0193a1b2-0000-7000-8000-000000000001", "1-0123456789abcdef0123456789abcdef", 3, "TAP",
                    "mon-a", "", "device-1"};
  const auto decoded = decodeChangeEntry(7, encode(entry));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->pushedBy, "device-1");
  EXPECT_EQ(decoded->author, "mon-a");
  // Written before the field existed (or by the server itself): no device.
  entry.pushedBy.clear();
  const auto older = decodeChangeEntry(7, encode(entry));
  ASSERT_TRUE(older);
  EXPECT_TRUE(older->pushedBy.empty());
  EXPECT_EQ(older->revision, entry.revision);
  EXPECT_FALSE(decodeChangeEntry(7, encode(entry) + "x"));  // trailing garbage
}

TEST(KeyCodecTest, BigEndianKeysSortInNumericOrder) {
  const std::uint64_t values[] = {
      0, 1, 255, 256, 65535, 1ull << 32, (1ull << 63) + 5, std::numeric_limits<std::uint64_t>::max()};
  for (std::size_t i = 0; i + 1 < std::size(values); ++i) {
    EXPECT_LT(u64Key(values[i]), u64Key(values[i + 1])) << values[i];
  }
  std::string signedLow, signedHigh;
  putI64(signedLow, -5);
  putI64(signedHigh, 3);
  EXPECT_LT(signedLow, signedHigh);
}

TEST(KeyCodecTest, RoundTripsAndFailsOnShortInput) {
  std::string bytes;
  putU32(bytes, 0xdeadbeef);
  putU64(bytes, 42);
  putI64(bytes, -7);
  putBytes(bytes, "hola");
  std::string_view in = bytes;
  std::uint32_t a = 0;
  std::uint64_t b = 0;
  std::int64_t c = 0;
  std::string d;
  ASSERT_TRUE(getU32(in, a) && getU64(in, b) && getI64(in, c) && getBytes(in, d));
  EXPECT_EQ(a, 0xdeadbeefu);
  EXPECT_EQ(b, 42u);
  EXPECT_EQ(c, -7);
  EXPECT_EQ(d, "hola");
  EXPECT_TRUE(in.empty());

  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    std::string_view shortIn(bytes.data(), cut);
    const bool all = getU32(shortIn, a) && getU64(shortIn, b) && getI64(shortIn, c) && getBytes(shortIn, d);
    EXPECT_FALSE(all) << "decoded from " << cut << " of " << bytes.size() << " bytes";
  }
  std::uint64_t key = 0;
  EXPECT_FALSE(parseU64Key(std::string(7, '\0'), key));
  EXPECT_FALSE(parseU64Key(std::string(9, '\0'), key));
  EXPECT_EQ(prefixSuccessor("ab"), "ac");
  EXPECT_EQ(prefixSuccessor(std::string("a\xff", 2)), "b");
  EXPECT_EQ(prefixSuccessor(std::string("\xff\xff", 2)), "");
}

TEST(EntitiesTest, DecodersRejectTruncatedValues) {
  Account account{"ana", "$argon2id$...", Role::Coordinator, {"TAP", "TEN"}, false, 1234};
  const auto bytes = encode(account);
  auto back = decodeAccount(bytes);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->offices, account.offices);
  EXPECT_EQ(back->role, Role::Coordinator);
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) EXPECT_FALSE(decodeAccount(bytes.substr(0, cut))) << cut;
  EXPECT_FALSE(decodeAccount(bytes + "x"));

  RecordMeta meta{"id-1", 2, "TAP", "ana", "", {{"1-aa", "", false}, {"2-bb", "1-aa", true}}};
  const auto metaBytes = encode(meta);
  auto metaBack = decodeRecordMeta(metaBytes);
  ASSERT_TRUE(metaBack);
  ASSERT_EQ(metaBack->nodes.size(), 2u);
  EXPECT_EQ(metaBack->nodes[1].parent, "1-aa");
  EXPECT_TRUE(metaBack->nodes[1].deleted);
  for (std::size_t cut = 0; cut < metaBytes.size(); ++cut) EXPECT_FALSE(decodeRecordMeta(metaBytes.substr(0, cut)));
}

TEST(StoreTest, BatchIsAtomicAcrossColumnFamiliesAndScansInOrder) {
  TempDir dir;
  auto store = openStore(dir);
  auto batch = store->batch();
  for (std::uint64_t i = 300; i > 0; --i) batch.put(ColumnFamilyId::Changes, u64Key(i), std::string(200, 'x'));
  batch.put(ColumnFamilyId::Meta, "k", "v");
  ASSERT_TRUE(store->write(batch).ok());

  std::vector<std::uint64_t> seen;
  ASSERT_TRUE(store
                  ->scan(ColumnFamilyId::Changes, u64Key(250), {},
                         [&](std::string_view key, std::string_view) {
                           std::uint64_t v = 0;
                           EXPECT_TRUE(parseU64Key(key, v));
                           seen.push_back(v);
                           return true;
                         })
                  .ok());
  ASSERT_EQ(seen.size(), 51u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_EQ(seen.front(), 250u);
  auto last = store->lastKey(ColumnFamilyId::Changes);
  ASSERT_TRUE(last.ok() && last->has_value());
  EXPECT_EQ(**last, u64Key(300));
  // Column families are separate key spaces.
  auto missing = store->get(ColumnFamilyId::Records, u64Key(1));
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST(StoreTest, ReopenKeepsEverySyncedWrite) {
  TempDir dir;
  {
    auto store = openStore(dir);
    for (int i = 0; i < 50; ++i) {
      auto batch = store->batch();
      batch.put(ColumnFamilyId::Accounts, "user-" + std::to_string(i), std::string(4096, 'a'));
      ASSERT_TRUE(store->write(batch).ok());
    }
    ASSERT_TRUE(store->close().ok());
  }
  auto store = openStore(dir);
  int count = 0;
  ASSERT_TRUE(store
                  ->scanPrefix(ColumnFamilyId::Accounts, "user-",
                               [&](std::string_view, std::string_view value) {
                                 EXPECT_EQ(value.size(), 4096u);
                                 ++count;
                                 return true;
                               })
                  .ok());
  EXPECT_EQ(count, 50);
}

TEST(StoreTest, SecondOpenOfTheSameDirectoryFailsWithOurError) {
  TempDir dir;
  auto first = openStore(dir);
  auto second = Store::open(dir.path() / "db");
  ASSERT_FALSE(second.ok());
  EXPECT_FALSE(second.error().message.empty());
}

TEST(AccountStoreTest, AccountsDevicesAndAuditLandTogether) {
  TempDir dir;
  auto store = openStore(dir);
  AuditLog audit(*store);
  ASSERT_TRUE(audit.recover().ok());
  AccountStore accounts(*store, audit);
  ASSERT_TRUE(accounts.putAccount({"ana", "hash", Role::Monitor, {"TAP"}, false, 1}, "admin").ok());
  ASSERT_TRUE(accounts.addDevice(std::string(32, '\x01'), {"dev-1", "ana", "Tablet", 1, 2, false}).ok());
  auto device = accounts.deviceByTokenHash(std::string(32, '\x01'));
  ASSERT_TRUE(device.ok() && device->has_value());
  EXPECT_EQ((*device)->username, "ana");
  auto entries = audit.entries();
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].action, "account.put");
  EXPECT_EQ((*entries)[1].action, "device.enroll");

  // The audit sequence continues after a reopen instead of overwriting.
  store.reset();
  store = openStore(dir);
  AuditLog reopened(*store);
  ASSERT_TRUE(reopened.recover().ok());
  ASSERT_TRUE(reopened.record({5, "login.failed", "ana", "", "enroll"}).ok());
  auto after = reopened.entries();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->size(), 3u);
}

}  // namespace
}  // namespace amparo::server::storage
