#include "amparo/sync/revision.hpp"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <algorithm>
#include <charconv>
#include <initializer_list>

#include "amparo/wire/codec.hpp"

namespace amparo::sync {
namespace {

constexpr std::size_t kRevisionHashChars = 32;  // 128 bits is plenty per record

// OpenSSL's SHA-256 uses the CPU's SHA extensions where there are some
// (several times libsodium's portable code): every record pushed or saved is
// hashed twice, so this is on the hot path of sync.
// OpenSSL 3's one-shot SHA256() looks the algorithm up on every call, which
// costs as much as hashing a record; one fetched digest and one context per
// thread, reused, halve the time.
struct Sha256Context {
  EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  ~Sha256Context() {
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
  }
};

// The hash of the parts one after the other, as if concatenated (without
// copying them into one string).
std::string sha256Hex(std::initializer_list<std::string_view> parts) {
  thread_local Sha256Context sha;
  unsigned char digest[SHA256_DIGEST_LENGTH];
  unsigned int length = 0;
  bool hashed = sha.md != nullptr && sha.ctx != nullptr && EVP_DigestInit_ex(sha.ctx, sha.md, nullptr) == 1;
  for (const auto part : parts) hashed = hashed && EVP_DigestUpdate(sha.ctx, part.data(), part.size()) == 1;
  if (!hashed || EVP_DigestFinal_ex(sha.ctx, digest, &length) != 1) {
    std::string joined;
    for (const auto part : parts) joined.append(part);
    SHA256(reinterpret_cast<const unsigned char*>(joined.data()), joined.size(), digest);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(SHA256_DIGEST_LENGTH * 2, '\0');
  for (std::size_t i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0x0f];
  }
  return hex;
}

const google::protobuf::Message* bodyMessage(const domain::RecordEnvelope& envelope) {
  const auto* oneof = envelope.GetDescriptor()->FindOneofByName("body");
  const auto* field = envelope.GetReflection()->GetOneofFieldDescriptor(envelope, oneof);
  if (field == nullptr) return nullptr;
  return &envelope.GetReflection()->GetMessage(envelope, field);
}

int parentGeneration(std::string_view parent) {
  if (parent.empty()) return 0;
  const auto parsed = parseRevision(parent);
  return parsed ? parsed->generation : -1;
}

}  // namespace

std::optional<RevisionId> parseRevision(std::string_view revision) {
  const auto dash = revision.find('-');
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  RevisionId id;
  const auto [end, ec] = std::from_chars(revision.data(), revision.data() + dash, id.generation);
  if (ec != std::errc() || end != revision.data() + dash || id.generation < 1) return std::nullopt;
  id.hash = std::string(revision.substr(dash + 1));
  if (id.hash.size() != kRevisionHashChars) return std::nullopt;
  const bool hex = std::all_of(id.hash.begin(), id.hash.end(),
                               [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
  if (!hex) return std::nullopt;
  return id;
}

std::string contentHash(const domain::RecordEnvelope& envelope) {
  const auto* body = bodyMessage(envelope);
  return contentHashOfBody(envelope.body_case(), body != nullptr ? wire::toBinary(*body) : std::string());
}

std::string contentHashOfBody(int bodyField, std::string_view bodyBytes) {
  // The body's field number is part of the hash so that two kinds with equal
  // bytes never share a hash.
  const auto prefix = "amparo-content-v1:" + std::to_string(bodyField) + ":";
  return sha256Hex({prefix, bodyBytes});
}

std::string expectedRevision(const domain::RecordEnvelope& envelope) {
  const int generation = parentGeneration(envelope.parent_revision());
  std::string data = "amparo-revision-v1";
  for (std::string_view part : {std::string_view(envelope.id()), std::string_view(domain::kindName(envelope.kind())),
                                std::string_view(envelope.parent_revision()), std::string_view(envelope.content_hash()),
                                std::string_view(envelope.deleted() ? "deleted" : "live")}) {
    data.push_back('\0');
    data.append(part);
  }
  return std::to_string(std::max(generation, 0) + 1) + "-" + sha256Hex({data}).substr(0, kRevisionHashChars);
}

void seal(domain::RecordEnvelope& envelope) {
  envelope.set_content_hash(contentHash(envelope));
  envelope.set_revision(expectedRevision(envelope));
}

domain::RecordEnvelope nextRevision(const domain::RecordEnvelope& current) {
  domain::RecordEnvelope next = current;
  next.set_parent_revision(current.revision());
  next.clear_revision();
  next.clear_content_hash();
  return next;
}

SealProblem checkRevisionSeal(const domain::RecordEnvelope& envelope) {
  if (!parseRevision(envelope.revision())) return SealProblem::BadRevisionFormat;
  if (!envelope.parent_revision().empty() && !parseRevision(envelope.parent_revision())) {
    return SealProblem::BadRevisionFormat;
  }
  if (envelope.revision() != expectedRevision(envelope)) return SealProblem::RevisionMismatch;
  return SealProblem::None;
}

SealProblem checkSeal(const domain::RecordEnvelope& envelope) {
  if (const auto problem = checkRevisionSeal(envelope); problem == SealProblem::BadRevisionFormat) return problem;
  if (envelope.content_hash() != contentHash(envelope)) return SealProblem::ContentHashMismatch;
  return checkRevisionSeal(envelope);
}

std::string_view outcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::Accepted:
      return "accepted";
    case Outcome::AlreadyHad:
      return "already_had";
    case Outcome::Conflict:
      return "conflict";
    case Outcome::Rejected:
      return "rejected";
  }
  return "unknown";
}

std::string_view reasonName(Reason reason) {
  switch (reason) {
    case Reason::None:
      return "none";
    case Reason::ChildOfHead:
      return "child_of_head";
    case Reason::SecondRoot:
      return "second_root";
    case Reason::Sibling:
      return "sibling";
    case Reason::StaleParent:
      return "stale_parent";
    case Reason::ExtendsConflict:
      return "extends_conflict";
    case Reason::UnknownParent:
      return "unknown_parent";
    case Reason::BadGeneration:
      return "bad_generation";
    case Reason::BadRevision:
      return "bad_revision";
  }
  return "unknown";
}

bool revisionWins(std::string_view a, std::string_view b) {
  const auto ra = parseRevision(a);
  const auto rb = parseRevision(b);
  if (!ra || !rb) return ra.has_value() && !rb.has_value();
  if (ra->generation != rb->generation) return ra->generation > rb->generation;
  return ra->hash > rb->hash;
}

RevisionTree::RevisionTree(std::vector<RevisionNode> nodes) : m_nodes(std::move(nodes)) {}

const RevisionNode* RevisionTree::find(std::string_view revision) const {
  const auto it =
      std::find_if(m_nodes.begin(), m_nodes.end(), [&](const RevisionNode& n) { return n.revision == revision; });
  return it == m_nodes.end() ? nullptr : &*it;
}

bool RevisionTree::contains(std::string_view revision) const {
  return find(revision) != nullptr;
}

bool RevisionTree::hasChild(std::string_view revision) const {
  return std::any_of(m_nodes.begin(), m_nodes.end(), [&](const RevisionNode& n) { return n.parent == revision; });
}

std::vector<std::string> RevisionTree::headsOf(const std::vector<RevisionNode>& nodes) const {
  std::vector<std::string> live;
  std::vector<std::string> tombstones;
  for (const auto& node : nodes) {
    const bool leaf =
        std::none_of(nodes.begin(), nodes.end(), [&](const RevisionNode& n) { return n.parent == node.revision; });
    if (!leaf) continue;
    (node.deleted ? tombstones : live).push_back(node.revision);
  }
  auto& heads = live.empty() ? tombstones : live;
  std::sort(heads.begin(), heads.end(), [](const std::string& a, const std::string& b) { return revisionWins(a, b); });
  return heads;
}

std::vector<std::string> RevisionTree::heads() const {
  return headsOf(m_nodes);
}

std::string RevisionTree::winner() const {
  const auto all = heads();
  return all.empty() ? std::string() : all.front();
}

bool RevisionTree::inConflict() const {
  const auto all = heads();
  if (all.size() < 2) return false;
  // Several tombstoned leaves only: the record is deleted, not in conflict.
  const auto* first = find(all.front());
  return first != nullptr && !first->deleted;
}

Decision RevisionTree::decide(const RevisionNode& incoming) const {
  Decision decision;
  decision.winner = winner();
  const auto revision = parseRevision(incoming.revision);
  if (!revision) {
    decision.reason = Reason::BadRevision;
    return decision;
  }
  if (contains(incoming.revision)) {
    decision.outcome = Outcome::AlreadyHad;
    return decision;
  }

  Reason reason = Reason::ChildOfHead;
  if (incoming.parent.empty()) {
    if (revision->generation != 1) {
      decision.reason = Reason::BadGeneration;
      return decision;
    }
    if (!m_nodes.empty()) reason = Reason::SecondRoot;
  } else {
    const auto* parent = find(incoming.parent);
    if (parent == nullptr) {
      decision.reason = Reason::UnknownParent;
      return decision;
    }
    if (revision->generation != parentGeneration(parent->revision) + 1) {
      decision.reason = Reason::BadGeneration;
      return decision;
    }
    if (hasChild(parent->revision)) {
      // A sibling shares its parent with a head; a stale parent is further back.
      const auto currentHeads = heads();
      const bool parentOfAHead = std::any_of(currentHeads.begin(), currentHeads.end(), [&](const std::string& h) {
        const auto* head = find(h);
        return head != nullptr && head->parent == parent->revision;
      });
      reason = parentOfAHead ? Reason::Sibling : Reason::StaleParent;
    } else if (inConflict()) {
      reason = Reason::ExtendsConflict;
    }
  }

  auto after = m_nodes;
  after.push_back(incoming);
  const auto headsAfter = headsOf(after);
  decision.winner = headsAfter.empty() ? incoming.revision : headsAfter.front();
  const auto* winnerNode = decision.winner == incoming.revision ? &incoming : find(decision.winner);
  const bool conflictAfter = headsAfter.size() > 1 && winnerNode != nullptr && !winnerNode->deleted;
  decision.outcome = conflictAfter ? Outcome::Conflict : Outcome::Accepted;
  decision.reason = reason;
  return decision;
}

Decision RevisionTree::apply(const RevisionNode& incoming) {
  auto decision = decide(incoming);
  if (decision.outcome == Outcome::Accepted || decision.outcome == Outcome::Conflict) m_nodes.push_back(incoming);
  return decision;
}

}  // namespace amparo::sync
