#include "storage/entities.hpp"

#include "storage/key_codec.hpp"

namespace amparo::server::storage {
namespace {

constexpr std::uint8_t kFormat = 1;

bool getFormat(std::string_view& in) {
  std::uint8_t format = 0;
  return getU8(in, format) && format == kFormat;
}

void putStrings(std::string& out, const std::vector<std::string>& values) {
  putU32(out, static_cast<std::uint32_t>(values.size()));
  for (const auto& v : values) putBytes(out, v);
}

bool getStrings(std::string_view& in, std::vector<std::string>& values) {
  std::uint32_t count = 0;
  if (!getU32(in, count) || count > in.size()) return false;  // each needs ≥ 4 bytes
  values.resize(count);
  for (auto& v : values) {
    if (!getBytes(in, v)) return false;
  }
  return true;
}

void putBool(std::string& out, bool value) {
  putU8(out, value ? 1 : 0);
}
bool getBool(std::string_view& in, bool& value) {
  std::uint8_t raw = 0;
  if (!getU8(in, raw) || raw > 1) return false;
  value = raw == 1;
  return true;
}

void putInt(std::string& out, int value) {
  putU32(out, static_cast<std::uint32_t>(value));
}
bool getInt(std::string_view& in, int& value) {
  std::uint32_t raw = 0;
  if (!getU32(in, raw)) return false;
  value = static_cast<int>(raw);
  return true;
}

}  // namespace

std::string_view roleName(Role role) {
  switch (role) {
    case Role::Monitor:
      return "monitor";
    case Role::Coordinator:
      return "coordinator";
    case Role::Admin:
      return "admin";
  }
  return "unknown";
}

std::optional<Role> roleFromName(std::string_view name) {
  if (name == "monitor") return Role::Monitor;
  if (name == "coordinator") return Role::Coordinator;
  if (name == "admin") return Role::Admin;
  return std::nullopt;
}

std::string encode(const Account& account) {
  std::string out;
  putU8(out, kFormat);
  putBytes(out, account.username);
  putBytes(out, account.passwordHash);
  putU8(out, static_cast<std::uint8_t>(account.role));
  putStrings(out, account.offices);
  putBool(out, account.disabled);
  putI64(out, account.createdAtMs);
  return out;
}

std::optional<Account> decodeAccount(std::string_view in) {
  Account a;
  std::uint8_t role = 0;
  if (!getFormat(in) || !getBytes(in, a.username) || !getBytes(in, a.passwordHash) || !getU8(in, role) ||
      !getStrings(in, a.offices) || !getBool(in, a.disabled) || !getI64(in, a.createdAtMs) || !in.empty()) {
    return std::nullopt;
  }
  if (role < 1 || role > 3) return std::nullopt;
  a.role = static_cast<Role>(role);
  return a;
}

std::string encode(const Device& device) {
  std::string out;
  putU8(out, kFormat);
  putBytes(out, device.deviceId);
  putBytes(out, device.username);
  putBytes(out, device.label);
  putI64(out, device.createdAtMs);
  putI64(out, device.expiresAtMs);
  putBool(out, device.revoked);
  return out;
}

std::optional<Device> decodeDevice(std::string_view in) {
  Device d;
  if (!getFormat(in) || !getBytes(in, d.deviceId) || !getBytes(in, d.username) || !getBytes(in, d.label) ||
      !getI64(in, d.createdAtMs) || !getI64(in, d.expiresAtMs) || !getBool(in, d.revoked) || !in.empty()) {
    return std::nullopt;
  }
  return d;
}

std::string encode(const RecordMeta& meta) {
  std::string out;
  putU8(out, kFormat);
  putBytes(out, meta.id);
  putInt(out, meta.kind);
  putBytes(out, meta.officeCode);
  putBytes(out, meta.author);
  putBytes(out, meta.targetAuthor);
  putU32(out, static_cast<std::uint32_t>(meta.nodes.size()));
  for (const auto& node : meta.nodes) {
    putBytes(out, node.revision);
    putBytes(out, node.parent);
    putBool(out, node.deleted);
  }
  return out;
}

std::optional<RecordMeta> decodeRecordMeta(std::string_view in) {
  RecordMeta m;
  std::uint32_t count = 0;
  if (!getFormat(in) || !getBytes(in, m.id) || !getInt(in, m.kind) || !getBytes(in, m.officeCode) ||
      !getBytes(in, m.author) || !getBytes(in, m.targetAuthor) || !getU32(in, count) || count > in.size()) {
    return std::nullopt;
  }
  m.nodes.resize(count);
  for (auto& node : m.nodes) {
    if (!getBytes(in, node.revision) || !getBytes(in, node.parent) || !getBool(in, node.deleted)) return std::nullopt;
  }
  if (!in.empty()) return std::nullopt;
  return m;
}

std::string encode(const ChangeEntry& entry) {
  std::string out;
  putU8(out, kFormat);
  putBytes(out, entry.recordId);
  putBytes(out, entry.revision);
  putInt(out, entry.kind);
  putBytes(out, entry.officeCode);
  putBytes(out, entry.author);
  putBytes(out, entry.targetAuthor);
  if (!entry.pushedBy.empty()) putBytes(out, entry.pushedBy);
  return out;
}

std::optional<ChangeEntry> decodeChangeEntry(std::uint64_t sequence, std::string_view in) {
  ChangeEntry e;
  e.sequence = sequence;
  if (!getFormat(in) || !getBytes(in, e.recordId) || !getBytes(in, e.revision) || !getInt(in, e.kind) ||
      !getBytes(in, e.officeCode) || !getBytes(in, e.author) || !getBytes(in, e.targetAuthor)) {
    return std::nullopt;
  }
  if (!in.empty() && !getBytes(in, e.pushedBy)) return std::nullopt;
  if (!in.empty()) return std::nullopt;
  return e;
}

std::string encode(const AuditEntry& entry) {
  std::string out;
  putU8(out, kFormat);
  putI64(out, entry.atMs);
  putBytes(out, entry.action);
  putBytes(out, entry.actor);
  putBytes(out, entry.subject);
  putBytes(out, entry.detail);
  return out;
}

std::optional<AuditEntry> decodeAuditEntry(std::string_view in) {
  AuditEntry e;
  if (!getFormat(in) || !getI64(in, e.atMs) || !getBytes(in, e.action) || !getBytes(in, e.actor) ||
      !getBytes(in, e.subject) || !getBytes(in, e.detail) || !in.empty()) {
    return std::nullopt;
  }
  return e;
}

namespace {

// Two-part keys: the first part length-prefixed, so that a scan over one
// record's, office's or target's entries never runs into a longer neighbour.
std::string firstPart(std::string_view first) {
  std::string key;
  putBytes(key, first);
  return key;
}

std::string twoPartKey(std::string_view first, std::string_view second) {
  auto key = firstPart(first);
  key.append(second);
  return key;
}

}  // namespace

std::string recordKeyPrefix(std::string_view id) { return firstPart(id); }
std::string recordKey(std::string_view id, std::string_view revision) { return twoPartKey(id, revision); }
std::string officeRecordPrefix(std::string_view office) { return firstPart(office); }
std::string officeRecordKey(std::string_view office, std::string_view id) { return twoPartKey(office, id); }
std::string reviewPrefix(std::string_view targetId) { return firstPart(targetId); }
std::string reviewKey(std::string_view targetId, std::string_view reviewId) { return twoPartKey(targetId, reviewId); }

}  // namespace amparo::server::storage
