#pragma once
// The one class that owns RocksDB. Thin on purpose: column families, point
// reads, range scans and synced batch writes. What the bytes mean lives in
// record_store / account_store. RocksDB types stay out of this header.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/result.hpp"

namespace amparo::server::storage {

enum class ColumnFamilyId : std::uint8_t {
  Default,        // RocksDB's own; unused but always present
  Meta,           // schema version, flags ("demo_seeded")
  Records,        // lp(record id) + revision → RecordEnvelope (binary), every revision kept
  Revisions,      // record id → RecordMeta: revision tree, author, office, kind
  Changes,        // big-endian server sequence → ChangeEntry (the pull feed)
  Accounts,       // username → Account
  Devices,        // SHA-256(token) → Device
  Audit,          // big-endian sequence → AuditEntry (append-only)
  OfficeRecords,  // lp(office code) + record id → "" (records of an office, in id order)
  Reviews,        // lp(reviewed record id) + review record id → "" (reviews of a record)
  StatsFacts,     // statistics projection, derived from the feed (server/src/reports/stats_facts.hpp)
};
inline constexpr std::size_t kColumnFamilyCount = 11;
std::string_view columnFamilyName(ColumnFamilyId id);

struct StoreOptions {
  // 0 keeps RocksDB's default; tests use a tiny buffer to force flushes.
  std::size_t writeBufferSize = 0;
};

// Changes staged for one atomic write across column families; made by
// Store::batch(), so it knows the store's column families.
class WriteBatch {
public:
  ~WriteBatch();
  WriteBatch(WriteBatch&&) noexcept;
  WriteBatch& operator=(WriteBatch&&) noexcept;

  void put(ColumnFamilyId cf, std::string_view key, std::string_view value);
  void remove(ColumnFamilyId cf, std::string_view key);
  std::size_t count() const;
  bool empty() const { return count() == 0; }

private:
  friend class Store;
  struct Impl;
  explicit WriteBatch(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

class Store {
public:
  // Opens (creating if missing) the database and every column family.
  static Result<std::unique_ptr<Store>> open(const std::filesystem::path& dir, const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  WriteBatch batch() const;
  // A batch whose buffer is sized up front for about `reserveBytes` of keys
  // and values, so staging a big push does not regrow it.
  WriteBatch batch(std::size_t reserveBytes) const;

  Result<std::optional<std::string>> get(ColumnFamilyId cf, std::string_view key) const;
  // Several point reads of one column family in one call (RocksDB's batched
  // MultiGet): values in the order of `keys`, nullopt where absent.
  Result<std::vector<std::optional<std::string>>> multiGet(ColumnFamilyId cf,
                                                           const std::vector<std::string_view>& keys) const;

  // One atomic write, synced to disk before it returns: what it acknowledges
  // survives a crash.
  Status write(WriteBatch& batch);
  // One atomic write handed to the OS but not yet synced: it survives the
  // process dying, not the machine. Readers see it at once, so nothing may
  // acknowledge it, or show it to anyone who could, before `syncWal`.
  Status writeUnsynced(WriteBatch& batch);
  // Syncs everything written so far to disk. Runs alongside other writes
  // (RocksDB's SyncWAL), which is what lets a commit's fsync overlap the
  // staging of the next one.
  Status syncWal();

  // Visits keys in [lower, upper) in order until `visit` returns false. An
  // empty upper means "to the end". Big scans skip the block cache.
  using Visitor = std::function<bool(std::string_view key, std::string_view value)>;
  Status scan(ColumnFamilyId cf, std::string_view lower, std::string_view upper, const Visitor& visit,
              bool fillCache = true) const;
  Status scanPrefix(ColumnFamilyId cf, std::string_view prefix, const Visitor& visit) const;
  // The same range, greatest key first.
  Status scanReverse(ColumnFamilyId cf, std::string_view lower, std::string_view upper, const Visitor& visit) const;

  // The greatest key of the column family, if any.
  Result<std::optional<std::string>> lastKey(ColumnFamilyId cf) const;

  // A consistent copy of the whole database in `dir` (which must not exist),
  // taken while it runs: hard links where possible, so it is quick and small.
  Status checkpoint(const std::filesystem::path& dir) const;

  // Flushes memtables and closes. Also done by the destructor; explicit so a
  // graceful shutdown can report failure.
  Status close();

private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace amparo::server::storage
