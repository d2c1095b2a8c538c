#include "storage/record_store.hpp"

#include <unordered_map>
#include <unordered_set>

#include "amparo/wire/codec.hpp"
#include "storage/key_codec.hpp"

namespace amparo::server::storage {
namespace {

// Lets the commit's maps of ids be searched by string_view without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

RecordStore::RecordStore(Store& store, AuditLog& audit) : m_store(store), m_audit(audit) {}

Status RecordStore::recover() {
  auto last = m_store.lastKey(ColumnFamilyId::Changes);
  if (!last) return last.error();
  std::uint64_t sequence = 0;
  if (last->has_value() && !parseU64Key(**last, sequence)) {
    return Error{ErrorKind::Corruption, "changes: malformed key"};
  }
  std::uint64_t count = 0;
  auto status = m_store.scan(
      ColumnFamilyId::Revisions, {}, {},
      [&](std::string_view, std::string_view) {
        ++count;
        return true;
      },
      false);
  if (!status) return status.error();
  m_writtenSequence = sequence;
  m_durableSequence = sequence;
  m_recordCount = count;
  auto indexed = backfillOfficeIndex();
  if (!indexed) return indexed;
  return backfillReviewIndex();
}

// Databases written before the review index existed get it built once; a
// meta flag records that it was done (an empty index is a valid state).
Status RecordStore::backfillReviewIndex() {
  constexpr std::string_view kDone = "reviews_indexed";
  auto done = m_store.get(ColumnFamilyId::Meta, kDone);
  if (!done) return done.error();
  if (done->has_value()) return okStatus();
  auto batch = m_store.batch();
  std::optional<Error> failure;
  auto status = m_store.scan(
      ColumnFamilyId::Revisions, {}, {},
      [&](std::string_view, std::string_view value) {
        auto decoded = decodeRecordMeta(value);
        if (!decoded) {
          failure = Error{ErrorKind::Corruption, "revisions: malformed value"};
          return false;
        }
        if (decoded->kind != amparo::sync::v1::RECORD_KIND_REVIEW) return true;
        auto stored = envelope(decoded->id, sync::RevisionTree(decoded->nodes).winner());
        if (!stored) {
          failure = stored.error();
          return false;
        }
        if (stored->has_value() && (*stored)->has_review()) {
          batch.put(ColumnFamilyId::Reviews, reviewKey((*stored)->review().target_record_id(), decoded->id), {});
        }
        return true;
      },
      false);
  if (!status) return status.error();
  if (failure) return *failure;
  batch.put(ColumnFamilyId::Meta, kDone, "1");
  return m_store.write(batch);
}

Result<std::vector<domain::RecordEnvelope>> RecordStore::reviewsOf(std::string_view id) const {
  std::vector<std::string> reviewIds;
  const auto prefix = reviewPrefix(id);
  auto status = m_store.scanPrefix(ColumnFamilyId::Reviews, prefix, [&](std::string_view key, std::string_view) {
    reviewIds.emplace_back(key.substr(prefix.size()));
    return true;
  });
  if (!status) return status.error();
  std::vector<domain::RecordEnvelope> reviews;
  for (const auto& reviewId : reviewIds) {
    auto stored = meta(reviewId);
    if (!stored) return stored.error();
    if (!stored->has_value()) return Error{ErrorKind::Corruption, "review index names a missing record"};
    auto winner = envelope(reviewId, sync::RevisionTree((*stored)->nodes).winner());
    if (!winner) return winner.error();
    if (winner->has_value()) reviews.push_back(std::move(**winner));
  }
  return reviews;
}

// Databases written before the office index existed get it built once.
Status RecordStore::backfillOfficeIndex() {
  auto any = m_store.lastKey(ColumnFamilyId::OfficeRecords);
  if (!any) return any.error();
  if (any->has_value() || m_recordCount == 0) return okStatus();
  auto batch = m_store.batch();
  bool corrupt = false;
  auto status = m_store.scan(
      ColumnFamilyId::Revisions, {}, {},
      [&](std::string_view, std::string_view value) {
        auto decoded = decodeRecordMeta(value);
        if (!decoded) {
          corrupt = true;
          return false;
        }
        batch.put(ColumnFamilyId::OfficeRecords, officeRecordKey(decoded->officeCode, decoded->id), {});
        return true;
      },
      false);
  if (!status) return status.error();
  if (corrupt) return Error{ErrorKind::Corruption, "revisions: malformed value"};
  return m_store.write(batch);
}

Result<std::optional<RecordMeta>> RecordStore::meta(std::string_view id) const {
  auto raw = m_store.get(ColumnFamilyId::Revisions, id);
  if (!raw) return raw.error();
  if (!raw->has_value()) return std::optional<RecordMeta>();
  auto decoded = decodeRecordMeta(**raw);
  if (!decoded) return Error{ErrorKind::Corruption, "revisions: malformed value"};
  return std::optional<RecordMeta>(std::move(*decoded));
}

Result<RecordPage> RecordStore::scanOffice(std::string_view office, std::string_view afterId, std::size_t limit,
                                           const RecordFilter& filter, std::size_t maxScan, bool newestFirst) const {
  RecordPage page;
  page.lastId = std::string(afterId);
  const auto prefix = officeRecordPrefix(office);
  std::size_t scanned = 0;
  std::optional<Error> failure;
  const auto visit = [&](std::string_view key, std::string_view) {
    if (page.records.size() >= limit || scanned >= maxScan) {
      page.hasMore = true;
      return false;
    }
    ++scanned;
    const auto id = key.substr(prefix.size());
    page.lastId = std::string(id);
    auto stored = meta(id);
    if (!stored) {
      failure = stored.error();
      return false;
    }
    if (!stored->has_value()) {
      failure = Error{ErrorKind::Corruption, "office index names a missing record"};
      return false;
    }
    if (filter(**stored)) page.records.push_back(std::move(**stored));
    return true;
  };
  Status status = okStatus();
  if (newestFirst) {
    // Strictly before afterId: the upper bound is exclusive.
    const std::string upper = afterId.empty() ? prefixSuccessor(prefix) : prefix + std::string(afterId);
    status = m_store.scanReverse(ColumnFamilyId::OfficeRecords, prefix, upper, visit);
  } else {
    std::string lower = prefix + std::string(afterId);
    if (!afterId.empty()) lower.push_back('\0');  // strictly after
    status = m_store.scan(ColumnFamilyId::OfficeRecords, lower, prefixSuccessor(prefix), visit, false);
  }
  if (!status) return status.error();
  if (failure) return *failure;
  return page;
}

Result<std::optional<domain::RecordEnvelope>> RecordStore::envelope(std::string_view id,
                                                                    std::string_view revision) const {
  auto raw = m_store.get(ColumnFamilyId::Records, recordKey(id, revision));
  if (!raw) return raw.error();
  if (!raw->has_value()) return std::optional<domain::RecordEnvelope>();
  domain::RecordEnvelope envelope;
  if (!wire::fromBinary(**raw, envelope)) return Error{ErrorKind::Corruption, "records: malformed envelope"};
  return std::optional<domain::RecordEnvelope>(std::move(envelope));
}

// Group commit: whoever finds no decision under way becomes the decider,
// takes every commit queued so far, applies them in arrival order into ONE
// batch, and hands the deciding on before writing it: the next group is
// decided while this one is written, and written while this one waits for
// its fsync. Under load, many devices' pushes share a write and a sync
// instead of queueing for one each.
Result<std::vector<CommitResult>> RecordStore::commit(std::span<const domain::RecordEnvelope> revisions,
                                                      std::string_view actor) {
  std::vector<const domain::RecordEnvelope*> pointers;
  pointers.reserve(revisions.size());
  for (const auto& revision : revisions) pointers.push_back(&revision);
  return commit(std::span<const domain::RecordEnvelope* const>(pointers), actor);
}

Result<std::vector<CommitResult>> RecordStore::commit(std::span<const domain::RecordEnvelope* const> revisions,
                                                      std::string_view actor, std::span<const std::string_view> encoded,
                                                      std::string_view device) {
  if (!encoded.empty() && encoded.size() != revisions.size()) encoded = {};
  PendingCommit mine{revisions, encoded, actor, device, {}, false};
  std::unique_lock lock(m_queueMutex);
  m_queue.push_back(&mine);
  while (!mine.done) {
    if (m_deciding || m_queue.empty()) {
      m_queueChanged.wait(lock);
      continue;
    }
    m_deciding = true;
    std::vector<PendingCommit*> group(m_queue.begin(), m_queue.end());
    m_queue.clear();
    lock.unlock();
    StagedGroup staged;
    try {
      staged = decideGroup(group);
    } catch (const std::exception& e) {
      // The queue must never stall behind a decider that threw, nor the next
      // decision rest on half of this one.
      for (auto* pending : group) {
        if (!pending->result) pending->result.emplace(Error{ErrorKind::Other, e.what()});
      }
      drainWrites();
    }
    lock.lock();
    m_deciding = false;
    m_queueChanged.notify_all();
    lock.unlock();
    try {
      writeStaged(staged, group);
    } catch (const std::exception& e) {
      // Whatever was written, nobody is told it was.
      for (auto* pending : group) pending->result.emplace(Error{ErrorKind::Other, e.what()});
    }
    lock.lock();
    for (auto* pending : group) pending->done = true;
    m_queueChanged.notify_all();
  }
  lock.unlock();
  if (*mine.result) {
    if (auto synced = waitUntilDurable(mine.syncedThrough); !synced) return synced.error();
  }
  return std::move(*mine.result);
}

// Waits until every decided group is written (or failed), then forgets the
// unwritten trees: the next decision starts from the database alone.
void RecordStore::drainWrites() {
  std::unique_lock lock(m_writeMutex);
  m_writeTurn.wait(lock, [&] { return m_writtenTicket.load() == m_decidedTicket; });
  m_unwrittenTrees.clear();
  m_writeFailuresSeen = m_writeFailures.load();
}

// Writes a decided group once every group decided before it is written (the
// feed must never be written out of order). A group that rests on the trees
// of a group whose write failed fails too: its trees name revisions that
// were never stored.
void RecordStore::writeStaged(StagedGroup& staged, const std::vector<PendingCommit*>& group) {
  if (staged.ticket == 0) return;  // the decision failed: results are set, nothing to write
  std::unique_lock lock(m_writeMutex);
  m_writeTurn.wait(lock, [&] { return m_writtenTicket.load() + 1 == staged.ticket; });
  // The turn passes on whatever happens below, or every later write stalls.
  struct PassTurn {
    RecordStore& store;
    std::uint64_t ticket;
    ~PassTurn() {
      store.m_writtenTicket = ticket;
      store.m_writeTurn.notify_all();
    }
  } passTurn{*this, staged.ticket};
  std::optional<Error> failure;
  if (m_lastFailedTicket != 0 && m_lastFailedTicket >= staged.restsOnFrom) {
    failure = m_lastWriteError.value_or(Error{ErrorKind::Other, "an earlier write failed"});
  } else if (staged.batch && !staged.batch->empty()) {
    if (auto status = m_store.writeUnsynced(*staged.batch); !status) failure = status.error();
  }
  if (failure) {
    m_lastFailedTicket = staged.ticket;
    ++m_writeFailures;
    m_lastWriteError = failure;
    for (auto* pending : group) pending->result.emplace(*failure);
  } else {
    m_writtenSequence = staged.lastSequence;
    m_recordCount += staged.newRecords;
  }
}

Status RecordStore::waitUntilDurable(std::uint64_t sequence) {
  std::unique_lock lock(m_syncMutex);
  while (m_durableSequence.load() < sequence) {
    if (m_syncing) {
      m_syncChanged.wait(lock);
      continue;
    }
    m_syncing = true;
    // Everything up to here has been written: the sync below covers it.
    const auto covers = m_writtenSequence.load();
    lock.unlock();
    auto status = m_store.syncWal();
    lock.lock();
    m_syncing = false;
    if (status && covers > m_durableSequence.load()) m_durableSequence = covers;
    m_syncChanged.notify_all();
    if (!status) return status;
  }
  return okStatus();
}

RecordStore::StagedGroup RecordStore::decideGroup(const std::vector<PendingCommit*>& group) {
  // One failure fails the whole group: nothing of it is written, and every
  // caller gets the error (pushes are idempotent, so clients just retry).
  auto failAll = [&](const Error& error) {
    for (auto* pending : group) pending->result.emplace(error);
    return StagedGroup{};
  };
  // After a failed write, let every group decided before it finish first:
  // the unwritten trees may name revisions that will never be stored.
  if (m_writeFailures.load() != m_writeFailuresSeen) drainWrites();
  // Trees of groups written since the last decision are in the database now.
  const auto writtenTicket = m_writtenTicket.load();
  std::erase_if(m_unwrittenTrees, [&](const auto& entry) { return entry.second.ticket <= writtenTicket; });
  // With nothing decided left unwritten, the feed goes on from what was
  // written (a failed write's sequences are given out again).
  const bool restsOnUnwritten = m_decidedTicket > writtenTicket;
  if (!restsOnUnwritten) m_decidedSequence = m_writtenSequence.load();
  // Size the batch once: each revision stages its envelope plus a tree, a
  // feed entry, an audit entry and index keys (a few hundred bytes).
  std::size_t revisionCount = 0;
  for (const auto* pending : group) revisionCount += pending->revisions.size();
  auto batch = m_store.batch(revisionCount * 1024);
  // The batch may hold several revisions of one record: later ones must see
  // the earlier ones, so trees are worked on here and written once at the end.
  std::unordered_map<std::string, RecordMeta, StringHash, std::equal_to<>> working;
  std::unordered_set<std::string, StringHash, std::equal_to<>> absent;  // looked up, not stored
  std::unordered_set<std::string_view> dirty;                           // ids of `working` entries to write
  std::uint64_t sequence = m_decidedSequence;
  std::uint64_t newRecords = 0;
  const auto now = nowMs();

  auto load = [&](const std::string& id) -> Result<RecordMeta*> {
    if (auto it = working.find(id); it != working.end()) return &it->second;
    if (absent.contains(id)) return static_cast<RecordMeta*>(nullptr);
    auto stored = meta(id);
    if (!stored) return stored.error();
    if (!stored->has_value()) {
      absent.insert(id);
      return static_cast<RecordMeta*>(nullptr);
    }
    return &working.emplace(id, std::move(**stored)).first->second;
  };

  // Look up every tree the group needs (records and review targets) in one
  // MultiGet instead of one Get per revision.
  {
    std::vector<std::string_view> ids;
    std::unordered_set<std::string_view> seen;
    auto want = [&](std::string_view id) {
      if (!seen.insert(id).second) return;
      if (auto unwritten = m_unwrittenTrees.find(std::string(id)); unwritten != m_unwrittenTrees.end()) {
        working.emplace(std::string(id), unwritten->second.meta);
      } else {
        ids.push_back(id);
      }
    };
    for (const auto* pending : group) {
      for (const auto* envelope : pending->revisions) {
        want(envelope->id());
        if (envelope->has_review()) want(envelope->review().target_record_id());
      }
    }
    auto stored = m_store.multiGet(ColumnFamilyId::Revisions, ids);
    if (!stored) return failAll(stored.error());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      auto& value = (*stored)[i];
      if (!value) {
        absent.emplace(ids[i]);
        continue;
      }
      auto decoded = decodeRecordMeta(*value);
      if (!decoded) return failAll(Error{ErrorKind::Corruption, "revisions: malformed value"});
      working.emplace(std::string(ids[i]), std::move(*decoded));
    }
  }

  std::vector<std::vector<CommitResult>> groupResults(group.size());
  for (std::size_t member = 0; member < group.size(); ++member) {
    const auto& revisions = group[member]->revisions;
    const auto actor = group[member]->actor;
    auto& results = groupResults[member];
    results.reserve(revisions.size());
    // One audit entry per push and outcome, listing "id/revision" of each
    // stored revision: who, when, from which device, which ids.
    std::string acceptedIds;
    std::string conflictIds;
    for (std::size_t position = 0; position < revisions.size(); ++position) {
      const auto& envelope = *revisions[position];
      const auto sentBytes = group[member]->encoded.empty() ? std::string_view() : group[member]->encoded[position];
      CommitResult result;
      auto existing = load(envelope.id());
      if (!existing) return failAll(existing.error());
      RecordMeta* current = *existing;
      if (current != nullptr && current->author != envelope.author()) {
        result.otherAuthor = true;
        result.decision.outcome = sync::Outcome::Rejected;
        result.decision.winner = sync::RevisionTree(current->nodes).winner();
        results.push_back(std::move(result));
        continue;
      }
      if (current != nullptr && (current->kind != envelope.kind() || current->officeCode != envelope.office_code())) {
        result.identityChanged = true;
        result.decision.outcome = sync::Outcome::Rejected;
        result.decision.winner = sync::RevisionTree(current->nodes).winner();
        results.push_back(std::move(result));
        continue;
      }

      sync::RevisionTree tree(current != nullptr ? current->nodes : std::vector<sync::RevisionNode>{});
      result.decision = tree.apply({envelope.revision(), envelope.parent_revision(), envelope.deleted()});
      const auto outcome = result.decision.outcome;
      if (outcome == sync::Outcome::Accepted || outcome == sync::Outcome::Conflict) {
        if (current == nullptr) {
          RecordMeta fresh;
          fresh.id = envelope.id();
          fresh.kind = envelope.kind();
          fresh.officeCode = envelope.office_code();
          fresh.author = envelope.author();
          if (envelope.has_review()) {
            auto target = load(envelope.review().target_record_id());
            if (!target) return failAll(target.error());
            if (*target == nullptr) {
              result.unknownTarget = true;
              result.decision.outcome = sync::Outcome::Rejected;
              result.decision.winner.clear();
              results.push_back(std::move(result));
              continue;
            }
            fresh.targetAuthor = (*target)->author;
          }
          absent.erase(fresh.id);
          batch.put(ColumnFamilyId::OfficeRecords, officeRecordKey(fresh.officeCode, fresh.id), {});
          if (envelope.has_review()) {
            batch.put(ColumnFamilyId::Reviews, reviewKey(envelope.review().target_record_id(), fresh.id), {});
          }
          current = &working.emplace(fresh.id, std::move(fresh)).first->second;
          ++newRecords;
        }
        current->nodes = tree.nodes();
        dirty.insert(current->id);
        if (!sentBytes.empty()) {
          batch.put(ColumnFamilyId::Records, recordKey(envelope.id(), envelope.revision()), sentBytes);
        } else {
          batch.put(ColumnFamilyId::Records, recordKey(envelope.id(), envelope.revision()), wire::toBinary(envelope));
        }
        ChangeEntry change{
            ++sequence,          envelope.id(),   envelope.revision(),   current->kind,
            current->officeCode, current->author, current->targetAuthor, std::string(group[member]->device)};
        batch.put(ColumnFamilyId::Changes, u64Key(change.sequence), encode(change));
        auto& ids = outcome == sync::Outcome::Conflict ? conflictIds : acceptedIds;
        if (!ids.empty()) ids += ' ';
        ids.append(envelope.id()).append("/").append(envelope.revision());
      }
      results.push_back(std::move(result));
    }
    for (auto [outcome, ids] :
         {std::pair{sync::Outcome::Accepted, &acceptedIds}, {sync::Outcome::Conflict, &conflictIds}}) {
      if (ids->empty()) continue;
      m_audit.append(batch, AuditEntry{now, "push." + std::string(sync::outcomeName(outcome)), std::string(actor),
                                       std::string(group[member]->device), std::move(*ids)});
    }
  }

  StagedGroup staged;
  const auto ticket = m_decidedTicket + 1;
  for (const auto& id : dirty) {
    auto& tree = working.find(id)->second;
    batch.put(ColumnFamilyId::Revisions, id, encode(tree));
    std::string key(id);
    m_unwrittenTrees.insert_or_assign(std::move(key), UnwrittenTree{std::move(tree), ticket});
  }
  staged.batch.emplace(std::move(batch));
  // Nothing below throws: a ticket given out is always written (or failed).
  staged.ticket = ticket;
  staged.restsOnFrom = writtenTicket + 1;
  staged.lastSequence = sequence;
  staged.newRecords = newRecords;
  m_decidedTicket = ticket;
  m_decidedSequence = sequence;
  for (std::size_t member = 0; member < group.size(); ++member) {
    group[member]->result.emplace(std::move(groupResults[member]));
    group[member]->syncedThrough = sequence;
  }
  return staged;
}

Result<VerifyReport> RecordStore::verify() const {
  VerifyReport report;
  std::optional<Error> failure;
  auto status = m_store.scan(
      ColumnFamilyId::Revisions, {}, {},
      [&](std::string_view key, std::string_view value) {
        ++report.records;
        auto decoded = decodeRecordMeta(value);
        if (!decoded || decoded->id != key) {
          report.problems.push_back("revisions: malformed tree for " + std::string(key));
          return true;
        }
        auto indexed = m_store.get(ColumnFamilyId::OfficeRecords, officeRecordKey(decoded->officeCode, decoded->id));
        if (!indexed) {
          failure = indexed.error();
          return false;
        }
        if (!indexed->has_value()) report.problems.push_back("office_records: " + decoded->id + " not indexed");
        for (const auto& node : decoded->nodes) {
          ++report.revisions;
          auto stored = envelope(decoded->id, node.revision);
          if (!stored) {
            if (stored.error().kind != ErrorKind::Corruption) {
              failure = stored.error();
              return false;
            }
            report.problems.push_back("records: undecodable " + decoded->id + " " + node.revision);
          } else if (!stored->has_value()) {
            report.problems.push_back("records: missing " + decoded->id + " " + node.revision);
          } else if ((*stored)->id() != decoded->id || (*stored)->revision() != node.revision ||
                     sync::checkSeal(**stored) != sync::SealProblem::None) {
            report.problems.push_back("records: seal mismatch " + decoded->id + " " + node.revision);
          } else if (node.parent.empty() && (*stored)->has_review()) {
            // The review index is written from the first revision.
            auto reviewIndexed =
                m_store.get(ColumnFamilyId::Reviews, reviewKey((*stored)->review().target_record_id(), decoded->id));
            if (!reviewIndexed) {
              failure = reviewIndexed.error();
              return false;
            }
            if (!reviewIndexed->has_value()) report.problems.push_back("reviews: " + decoded->id + " not indexed");
          }
        }
        return true;
      },
      false);
  if (!status) return status.error();
  if (failure) return *failure;
  status = m_store.scan(
      ColumnFamilyId::Changes, {}, {},
      [&](std::string_view key, std::string_view value) {
        ++report.changes;
        std::uint64_t sequence = 0;
        auto entry = parseU64Key(key, sequence) ? decodeChangeEntry(sequence, value) : std::nullopt;
        if (!entry) {
          report.problems.push_back("changes: malformed entry");
          return true;
        }
        auto stored = m_store.get(ColumnFamilyId::Records, recordKey(entry->recordId, entry->revision));
        if (!stored) {
          failure = stored.error();
          return false;
        }
        if (!stored->has_value()) {
          report.problems.push_back("changes: " + std::to_string(sequence) + " points at missing " + entry->recordId +
                                    " " + entry->revision);
        }
        return true;
      },
      false);
  if (!status) return status.error();
  if (failure) return *failure;
  return report;
}

Result<ChangePage> RecordStore::changesSince(std::uint64_t after, std::size_t limit, const ScopeFilter& inScope,
                                             std::size_t maxScan) const {
  ChangePage page;
  page.lastSequence = after;
  const auto durable = m_durableSequence.load();
  if (after >= durable) return page;
  std::size_t scanned = 0;
  std::optional<Error> failure;
  // Only what is on disk: a change a crash could undo would leave a reader's
  // cursor past a sequence number that is later given to another change.
  auto status = m_store.scan(
      ColumnFamilyId::Changes, u64Key(after + 1), u64Key(durable + 1),
      [&](std::string_view key, std::string_view value) {
        if (page.records.size() >= limit || scanned >= maxScan) {
          page.hasMore = true;
          return false;
        }
        std::uint64_t sequence = 0;
        auto entry = parseU64Key(key, sequence) ? decodeChangeEntry(sequence, value) : std::nullopt;
        if (!entry) {
          failure = Error{ErrorKind::Corruption, "changes: malformed entry"};
          return false;
        }
        ++scanned;
        page.lastSequence = sequence;
        if (!inScope(*entry)) return true;
        auto stored = envelope(entry->recordId, entry->revision);
        if (!stored) {
          failure = stored.error();
          return false;
        }
        if (!stored->has_value()) {
          failure = Error{ErrorKind::Corruption, "changes: entry without its revision"};
          return false;
        }
        page.records.push_back(std::move(**stored));
        return true;
      },
      false);
  if (!status) return status.error();
  if (failure) return *failure;
  return page;
}

}  // namespace amparo::server::storage
