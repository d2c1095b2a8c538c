#include "storage/audit_log.hpp"

#include <chrono>

#include "storage/key_codec.hpp"

namespace amparo::server::storage {

std::int64_t nowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

AuditLog::AuditLog(Store& store) : m_store(store) {}

Status AuditLog::recover() {
  auto last = m_store.lastKey(ColumnFamilyId::Audit);
  if (!last) return last.error();
  std::uint64_t sequence = 0;
  if (last->has_value() && !parseU64Key(**last, sequence)) {
    return Error{ErrorKind::Corruption, "audit: malformed key"};
  }
  m_lastSequence = sequence;
  return okStatus();
}

void AuditLog::append(WriteBatch& batch, const AuditEntry& entry) {
  const auto sequence = ++m_lastSequence;
  batch.put(ColumnFamilyId::Audit, u64Key(sequence), encode(entry));
}

Status AuditLog::record(const AuditEntry& entry) {
  auto batch = m_store.batch();
  append(batch, entry);
  return m_store.write(batch);
}

Status AuditLog::recordAll(const std::vector<AuditEntry>& entries) {
  if (entries.empty()) return okStatus();
  auto batch = m_store.batch();
  for (const auto& entry : entries) append(batch, entry);
  return m_store.write(batch);
}

Result<std::vector<AuditEntry>> AuditLog::entries(std::uint64_t after, std::size_t limit) const {
  auto sequenced = page(after, limit);
  if (!sequenced) return sequenced.error();
  std::vector<AuditEntry> out;
  for (auto& [sequence, entry] : *sequenced) out.push_back(std::move(entry));
  return out;
}

Result<std::vector<std::pair<std::uint64_t, AuditEntry>>> AuditLog::page(std::uint64_t after, std::size_t limit) const {
  std::vector<std::pair<std::uint64_t, AuditEntry>> out;
  bool corrupt = false;
  auto status =
      m_store.scan(ColumnFamilyId::Audit, u64Key(after + 1), {}, [&](std::string_view key, std::string_view value) {
        std::uint64_t sequence = 0;
        auto entry = parseU64Key(key, sequence) ? decodeAuditEntry(value) : std::nullopt;
        if (!entry) {
          corrupt = true;
          return false;
        }
        out.emplace_back(sequence, std::move(*entry));
        return out.size() < limit;
      });
  if (!status) return status.error();
  if (corrupt) return Error{ErrorKind::Corruption, "audit: malformed entry"};
  return out;
}

}  // namespace amparo::server::storage
