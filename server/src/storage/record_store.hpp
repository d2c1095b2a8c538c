#pragma once
// Record revisions, their trees and the server-order change feed.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "amparo/domain/records.hpp"
#include "amparo/sync/revision.hpp"
#include "storage/audit_log.hpp"
#include "storage/entities.hpp"
#include "storage/store.hpp"

namespace amparo::server::storage {

struct CommitResult {
  sync::Decision decision;
  // The record exists with another author: records are single-writer.
  bool otherAuthor = false;
  // The revision changes the record's kind or office, which scoping and the
  // feed rely on: rejected.
  bool identityChanged = false;
  // A review of a record the server does not have: rejected, since nobody
  // could be shown it (coordinators review what they fetched from here).
  bool unknownTarget = false;
};

struct ChangePage {
  std::vector<domain::RecordEnvelope> records;
  std::uint64_t lastSequence = 0;  // resume after this
  bool hasMore = false;
};

struct RecordPage {
  std::vector<RecordMeta> records;
  std::string lastId;  // resume after this id
  bool hasMore = false;
};

// What `verify` found: counts, and problems naming ids only.
struct VerifyReport {
  std::uint64_t records = 0;
  std::uint64_t revisions = 0;
  std::uint64_t changes = 0;
  std::vector<std::string> problems;
};

class RecordStore {
public:
  RecordStore(Store& store, AuditLog& audit);

  // Finds the last change sequence and counts records; call once after opening.
  Status recover();

  // Applies already validated and authorised revisions, in order, to their
  // records' trees, and writes everything accepted — envelopes, trees, feed
  // entries, audit entries — as one WriteBatch (shared with concurrent
  // commits: group commit), and returns once it is synced to disk, together
  // with everything written before it (an "already had" answer may rest on a
  // revision another commit wrote a moment ago). Nothing is written when the
  // write fails; nothing at all when every revision was already had.
  // Thread-safe.
  Result<std::vector<CommitResult>> commit(std::span<const domain::RecordEnvelope> revisions, std::string_view actor);
  // The same, for revisions the caller keeps elsewhere (e.g. on a request's
  // arena): nothing is copied. `encoded`, when not empty, holds each
  // revision's binary serialisation (an empty entry: not known), stored as is
  // instead of serialising the envelope again.
  // `device`, when given, is the pushing device, kept on the feed entries
  // (ChangeEntry::pushedBy) so its own pull skips what it sent.
  Result<std::vector<CommitResult>> commit(std::span<const domain::RecordEnvelope* const> revisions,
                                           std::string_view actor, std::span<const std::string_view> encoded = {},
                                           std::string_view device = {});

  // Feed entries after `after`, keeping those `inScope` accepts, up to `limit`
  // records, looking at no more than `maxScan` entries (so a page costs
  // bounded work even when little is in scope).
  using ScopeFilter = std::function<bool(const ChangeEntry&)>;
  Result<ChangePage> changesSince(std::uint64_t after, std::size_t limit, const ScopeFilter& inScope,
                                  std::size_t maxScan = 10000) const;

  // Records of an office in id order after `afterId` that `filter` accepts,
  // up to `limit`, through the per-office index, looking at no more than
  // `maxScan` of the office's records.
  // With `newestFirst`, in descending id order (UUIDv7: newest first) from
  // just before `afterId` (empty: the newest).
  using RecordFilter = std::function<bool(const RecordMeta&)>;
  Result<RecordPage> scanOffice(std::string_view office, std::string_view afterId, std::size_t limit,
                                const RecordFilter& filter, std::size_t maxScan = 10000,
                                bool newestFirst = false) const;

  Result<std::optional<RecordMeta>> meta(std::string_view id) const;
  // The winning revision of every review of a record, in review-id order.
  Result<std::vector<domain::RecordEnvelope>> reviewsOf(std::string_view id) const;
  Result<std::optional<domain::RecordEnvelope>> envelope(std::string_view id, std::string_view revision) const;

  // Every revision in every tree has its envelope, which decodes, matches
  // its seal and its record; every change-feed entry resolves.
  Result<VerifyReport> verify() const;

  std::uint64_t recordCount() const { return m_recordCount.load(); }
  // The last change on disk: what readers of the feed may see. Changes after
  // it are written but not yet synced, and a crash could still undo them.
  std::uint64_t lastSequence() const { return m_durableSequence.load(); }

private:
  struct PendingCommit {
    std::span<const domain::RecordEnvelope* const> revisions;
    std::span<const std::string_view> encoded;  // empty, or one per revision
    std::string_view actor;
    std::string_view device;
    std::optional<Result<std::vector<CommitResult>>> result;
    // The results rest on every change up to here: answer once it is synced.
    std::uint64_t syncedThrough = 0;
    bool done = false;
  };
  // A group decided and staged, waiting for its turn to be written.
  struct StagedGroup {
    std::uint64_t ticket = 0;
    // Groups from this ticket on were decided but not yet written when this
    // one was decided: it rests on their trees, and fails if one of them does.
    std::uint64_t restsOnFrom = 0;
    std::uint64_t lastSequence = 0;
    std::uint64_t newRecords = 0;
    std::optional<WriteBatch> batch;
  };
  StagedGroup decideGroup(const std::vector<PendingCommit*>& group);
  void writeStaged(StagedGroup& staged, const std::vector<PendingCommit*>& group);
  void drainWrites();
  Status waitUntilDurable(std::uint64_t sequence);
  Status backfillOfficeIndex();
  Status backfillReviewIndex();

  Store& m_store;
  AuditLog& m_audit;
  // A commit goes through three stages, each one group at a time, and each
  // overlapping the others' next groups: deciding (trees looked up and
  // applied, the batch staged, feed sequences given), writing (in decision
  // order, so the feed is never written out of order) and the fsync (a
  // single syncer covers everything written before it started).
  std::mutex m_queueMutex;
  std::condition_variable m_queueChanged;
  std::deque<PendingCommit*> m_queue;
  bool m_deciding = false;
  // Owned by the decider (m_deciding): the trees of groups decided but not
  // yet written, newest first, so the next decision sees them before the
  // database does; and the last feed sequence given out.
  struct UnwrittenTree {
    RecordMeta meta;
    std::uint64_t ticket = 0;
  };
  std::unordered_map<std::string, UnwrittenTree> m_unwrittenTrees;
  std::uint64_t m_decidedSequence = 0;
  std::uint64_t m_decidedTicket = 0;
  std::uint64_t m_writeFailuresSeen = 0;
  std::mutex m_writeMutex;
  std::condition_variable m_writeTurn;
  std::atomic<std::uint64_t> m_writtenTicket{0};
  std::uint64_t m_lastFailedTicket = 0;   // under m_writeMutex
  std::optional<Error> m_lastWriteError;  // under m_writeMutex
  std::atomic<std::uint64_t> m_writeFailures{0};
  std::atomic<std::uint64_t> m_writtenSequence{0};
  std::mutex m_syncMutex;
  std::condition_variable m_syncChanged;
  bool m_syncing = false;
  std::atomic<std::uint64_t> m_durableSequence{0};
  std::atomic<std::uint64_t> m_recordCount{0};
};

}  // namespace amparo::server::storage
