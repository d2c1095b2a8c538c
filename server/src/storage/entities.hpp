#pragma once
// What the server stores besides record envelopes, and its byte encoding.
// Values are length-prefixed fields behind a one-byte format version, so a
// later format can be told apart; decoders return nullopt on bad bytes.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "amparo/sync/revision.hpp"

namespace amparo::server::storage {

enum class Role : std::uint8_t { Monitor = 1, Coordinator = 2, Admin = 3 };
std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);

struct Account {
  std::string username;
  std::string passwordHash;  // libsodium Argon2id string (salt and costs inside)
  Role role = Role::Monitor;
  std::vector<std::string> offices;  // office codes
  bool disabled = false;
  std::int64_t createdAtMs = 0;
};

struct Device {
  std::string deviceId;  // UUIDv7
  std::string username;
  std::string label;
  std::int64_t createdAtMs = 0;
  std::int64_t expiresAtMs = 0;
  bool revoked = false;
};

// Per record: its revision tree and what scoping needs without the envelope.
struct RecordMeta {
  std::string id;
  int kind = 0;  // amparo.sync.v1.RecordKind
  std::string officeCode;
  std::string author;
  std::string targetAuthor;  // reviews: author of the reviewed record
  std::vector<sync::RevisionNode> nodes;
};

// One entry of the server-order change feed.
struct ChangeEntry {
  std::uint64_t sequence = 0;
  std::string recordId;
  std::string revision;
  int kind = 0;
  std::string officeCode;
  std::string author;
  std::string targetAuthor;
  // The device whose push stored this revision (empty: written by the server,
  // or an entry from before this field): its own pull skips it, since it
  // already holds the revision. A trailing optional field in the encoding.
  std::string pushedBy;
};

// Who did what to which id, when. Never any content.
struct AuditEntry {
  std::int64_t atMs = 0;
  std::string action;   // e.g. "push.accepted", "enroll", "login.failed", "forbidden"
  std::string actor;    // username or "-"
  std::string subject;  // record id, device id, or empty
  std::string detail;   // a code, e.g. office code or reason
};

std::string encode(const Account& account);
std::string encode(const Device& device);
std::string encode(const RecordMeta& meta);
std::string encode(const ChangeEntry& entry);  // sequence is the key, not encoded
std::string encode(const AuditEntry& entry);

std::optional<Account> decodeAccount(std::string_view bytes);
std::optional<Device> decodeDevice(std::string_view bytes);
std::optional<RecordMeta> decodeRecordMeta(std::string_view bytes);
std::optional<ChangeEntry> decodeChangeEntry(std::uint64_t sequence, std::string_view bytes);
std::optional<AuditEntry> decodeAuditEntry(std::string_view bytes);

// Records CF key: length-prefixed id, then the revision; all revisions of a
// record share the prefix recordKeyPrefix(id).
std::string recordKey(std::string_view id, std::string_view revision);
std::string recordKeyPrefix(std::string_view id);

// OfficeRecords CF key: length-prefixed office code, then the record id.
std::string officeRecordKey(std::string_view office, std::string_view id);
std::string officeRecordPrefix(std::string_view office);

// Reviews CF key: length-prefixed reviewed record id, then the review's id.
std::string reviewKey(std::string_view targetId, std::string_view reviewId);
std::string reviewPrefix(std::string_view targetId);

}  // namespace amparo::server::storage
