#pragma once
// Record revisions. Every change is a new immutable revision naming its
// parent; its id is derived from the content, so the same change sent twice
// is recognisably the same. Records are single-writer by design, so forks are
// rare: when they happen both branches are kept, a deterministic winner is
// chosen and the conflict is flagged for a person to resolve.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "amparo/domain/records.hpp"

namespace amparo::sync {

// "<generation>-<32 hex chars>": generation is the depth in the tree (1 for
// the first revision), the hash covers id, kind, parent, content and deletion.
struct RevisionId {
  int generation = 0;
  std::string hash;
};
std::optional<RevisionId> parseRevision(std::string_view revision);

// Hex SHA-256 of the deterministic serialisation of the envelope's body.
std::string contentHash(const domain::RecordEnvelope& envelope);
// The same from the body's bytes as they are (field number: the body's case),
// for a caller holding them as sent: equal to contentHash when they are the
// deterministic serialisation, which is what a sealing client sends.
std::string contentHashOfBody(int bodyField, std::string_view bodyBytes);

// The revision id the envelope's content and parent imply.
std::string expectedRevision(const domain::RecordEnvelope& envelope);

// Fills content_hash and revision from the body and parent_revision. Call
// after every change, before the envelope is stored or sent.
void seal(domain::RecordEnvelope& envelope);

// Makes the next revision of a record: copies it, sets the parent to the
// current revision; the caller edits the body, then calls seal().
domain::RecordEnvelope nextRevision(const domain::RecordEnvelope& current);

enum class SealProblem { None, BadRevisionFormat, ContentHashMismatch, RevisionMismatch };
// Checks that content_hash and revision match what the envelope holds.
SealProblem checkSeal(const domain::RecordEnvelope& envelope);
// The same, for a caller that has already checked or derived content_hash
// from the body: hashing the body is the costly half of checkSeal.
SealProblem checkRevisionSeal(const domain::RecordEnvelope& envelope);

// What the revision tree keeps of each revision.
struct RevisionNode {
  std::string revision;
  std::string parent;  // empty for a root
  bool deleted = false;
};

enum class Outcome {
  Accepted,    // extends the record with no conflict
  AlreadyHad,  // this exact revision is already known: nothing changes
  Conflict,    // kept, but the record now has more than one live head
  Rejected,    // not kept (see Decision::reason)
};

// Why a revision forked the tree or was rejected.
enum class Reason {
  None,
  ChildOfHead,     // the normal case
  SecondRoot,      // a first revision for an id that already has one
  Sibling,         // its parent already has a child
  StaleParent,     // its parent is older than the parent of a head
  ExtendsConflict, // child of one head while other heads remain
  UnknownParent,   // parent not known: rejected, send ancestors first
  BadGeneration,   // generation is not parent's + 1: rejected
  BadRevision,     // not "<generation>-<hash>": rejected
};

struct Decision {
  Outcome outcome = Outcome::Rejected;
  Reason reason = Reason::None;
  std::string winner;  // the winning revision once the decision is applied
};

std::string_view outcomeName(Outcome outcome);
std::string_view reasonName(Reason reason);

// The revisions of one record.
class RevisionTree {
public:
  RevisionTree() = default;
  explicit RevisionTree(std::vector<RevisionNode> nodes);

  bool empty() const { return m_nodes.empty(); }
  bool contains(std::string_view revision) const;
  const std::vector<RevisionNode>& nodes() const { return m_nodes; }

  // Leaves that are not tombstones, winner first. When every leaf is a
  // tombstone, the record is deleted and the tombstones are the heads.
  std::vector<std::string> heads() const;
  std::string winner() const;
  bool inConflict() const;

  // What adding the node would do, without adding it.
  Decision decide(const RevisionNode& incoming) const;
  // Decides and, unless rejected or already had, adds the node.
  Decision apply(const RevisionNode& incoming);

private:
  const RevisionNode* find(std::string_view revision) const;
  bool hasChild(std::string_view revision) const;
  std::vector<std::string> headsOf(const std::vector<RevisionNode>& nodes) const;

  std::vector<RevisionNode> m_nodes;  // few per record: linear scans are fine
};

// Deterministic order: higher generation wins, then the greater hash.
bool revisionWins(std::string_view a, std::string_view b);

}  // namespace amparo::sync
