#pragma once
// The append-only audit log: its own column family, keyed by a big-endian
// sequence. Entries ride in the same WriteBatch as the change they describe,
// so an audited write and its audit entry land together or not at all.

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

#include "storage/entities.hpp"
#include "storage/store.hpp"

namespace amparo::server::storage {

class AuditLog {
public:
  explicit AuditLog(Store& store);

  // Finds the last sequence; call once after opening.
  Status recover();

  // Stages an entry. Sequences of failed writes are simply skipped: the log
  // has gaps, never reordering (nothing reads it by cursor while it grows).
  void append(WriteBatch& batch, const AuditEntry& entry);
  // Writes one entry on its own (synced).
  Status record(const AuditEntry& entry);
  // Writes several entries in one synced batch; nothing when empty.
  Status recordAll(const std::vector<AuditEntry>& entries);

  Result<std::vector<AuditEntry>> entries(std::uint64_t after = 0, std::size_t limit = 1000) const;
  // The same with each entry's sequence, for paging.
  Result<std::vector<std::pair<std::uint64_t, AuditEntry>>> page(std::uint64_t after, std::size_t limit) const;

private:
  Store& m_store;
  std::atomic<std::uint64_t> m_lastSequence{0};
};

std::int64_t nowMs();

}  // namespace amparo::server::storage
