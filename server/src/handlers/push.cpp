#include <google/protobuf/arena.h>
#include <google/protobuf/util/time_util.h>

#include <atomic>
#include <functional>

#include "amparo/domain/records.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "amparo/wire/codec.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;

// RecordEnvelope.content_hash: field 10, length-delimited.
constexpr char kContentHashTag = static_cast<char>((10 << 3) | 2);

// Authorisation for the whole batch, before anything is looked at further: a
// device pushing another account's records, or records of an office its
// account does not belong to, is refused outright (403) and nothing is stored.
std::vector<v1::FieldError> authorise(const auth::Principal& principal, const v1::PushRequest& body) {
  std::vector<v1::FieldError> denied;
  for (int i = 0; i < body.records_size(); ++i) {
    const auto& record = body.records(i);
    const auto at = "records[" + std::to_string(i) + "].";
    if (record.author() != principal.account.username) {
      denied.push_back(http::fieldError(at + "author", "not_own_record", "The author must be the signed-in account.",
                                        "El autor debe ser la cuenta con la que se inició sesión."));
    } else if (!principal.hasOffice(record.office_code())) {
      denied.push_back(http::fieldError(at + "office_code", "office_not_allowed",
                                        "The account does not belong to this office.",
                                        "La cuenta no pertenece a esta oficina."));
    } else if ((record.kind() == v1::RECORD_KIND_SITE || record.kind() == v1::RECORD_KIND_REVIEW) &&
               !principal.isAtLeast(storage::Role::Coordinator)) {
      denied.push_back(http::fieldError(at + "kind", "role_not_allowed",
                                        "Only coordinators may send this kind of record.",
                                        "Solo la coordinación puede enviar este tipo de registro."));
    }
  }
  return denied;
}

void reject(v1::PushResult& result, v1::ErrorCode code, std::string message) {
  result.set_outcome(v1::PUSH_OUTCOME_REJECTED);
  result.mutable_error()->set_code(code);
  result.mutable_error()->set_message(std::move(message));
}

std::string_view sealMessage(sync::SealProblem problem) {
  switch (problem) {
    case sync::SealProblem::BadRevisionFormat:
      return "revision is not <generation>-<hash>";
    case sync::SealProblem::ContentHashMismatch:
      return "content_hash does not match the body";
    case sync::SealProblem::RevisionMismatch:
      return "revision does not match id, parent and content";
    case sync::SealProblem::None:
      break;
  }
  return "";
}

std::string reasonMessage(sync::Reason reason) {
  switch (reason) {
    case sync::Reason::UnknownParent:
      return "unknown parent revision: send its ancestors first";
    case sync::Reason::BadGeneration:
      return "generation must be the parent's plus one";
    case sync::Reason::BadRevision:
      return "revision is not <generation>-<hash>";
    default:
      return "revision rejected: " + std::string(sync::reasonName(reason));
  }
}

Response malformedBody(const Request& request) {
  return http::errorResponse(request, 400, v1::ERROR_CODE_MALFORMED_BODY,
                             "malformed protobuf: cannot decode " + v1::PushRequest::descriptor()->full_name());
}

// Per-record work on this thread and any idle helper.
void forEachRecord(const Services& services, std::size_t count, const std::function<void(std::size_t)>& work) {
  if (services.parallel != nullptr) {
    services.parallel->forEach(count, work);
  } else {
    for (std::size_t i = 0; i < count; ++i) work(i);
  }
}

// The content hash of a record's body, hashed from its bytes as sent when
// they are known (no serialising again); `fromSentBytes` tells which.
std::string deriveContentHash(const domain::RecordEnvelope& record, std::string_view sent, bool& fromSentBytes) {
  fromSentBytes = false;
  if (!sent.empty() && record.body_case() != domain::RecordEnvelope::BODY_NOT_SET) {
    if (auto bodies = wire::lengthDelimitedFields(sent, record.body_case()); bodies && bodies->size() == 1) {
      fromSentBytes = true;
      return sync::contentHashOfBody(record.body_case(), bodies->front());
    }
  }
  return sync::contentHash(record);
}

}  // namespace

Response push(Services& services, const Request& request, const RouteContext& context) {
  // The request's and the response's messages live on one arena: a batch is
  // thousands of small strings and sub-messages, freed here all at once.
  google::protobuf::ArenaOptions arenaOptions;
  arenaOptions.start_block_size = 16 * 1024;
  arenaOptions.max_block_size = 256 * 1024;
  google::protobuf::Arena arena(arenaOptions);
  auto& body = *google::protobuf::Arena::CreateMessage<v1::PushRequest>(&arena);
  // A binary body is split into its records without parsing, and each
  // record is parsed on its own, on this thread and any idle helper; the
  // bytes are kept to be stored as sent (they parse to exactly the message
  // that is checked).
  std::vector<std::string_view> sent;
  if (http::requestFormat(request) == http::Format::Protobuf) {
    auto records = wire::lengthDelimitedFields(request.body, 1);
    if (!records) return malformedBody(request);
    sent = std::move(*records);
  } else if (auto error = http::decodeBody(request, body)) {
    return *error;
  }
  const auto count = sent.empty() ? static_cast<std::size_t>(body.records_size()) : sent.size();
  if (count > services.limits.maxBatchRecords) {
    return http::errorResponse(
        request, 413, v1::ERROR_CODE_PAYLOAD_TOO_LARGE,
        "too many records in one push; the limit is " + std::to_string(services.limits.maxBatchRecords));
  }
  if (!sent.empty()) {
    body.mutable_records()->Reserve(static_cast<int>(count));
    for (std::size_t i = 0; i < count; ++i) body.add_records();
    std::atomic<bool> malformed{false};
    forEachRecord(services, count, [&](std::size_t i) {
      if (!wire::fromBinary(sent[i], *body.mutable_records(static_cast<int>(i)))) malformed = true;
    });
    if (malformed) return malformedBody(request);
  }
  const auto& principal = *context.principal;
  if (auto denied = authorise(principal, body); !denied.empty()) {
    (void)services.audit.record({storage::nowMs(), "forbidden", principal.account.username, principal.device.deviceId,
                                 "push:" + denied.front().code()});
    return http::errorResponse(request, 403, v1::ERROR_CODE_PERMISSION_DENIED,
                               "records outside this account's authorship or offices", denied);
  }
  services.metrics.observePushBatch(static_cast<std::size_t>(body.records_size()));

  auto& response = *google::protobuf::Arena::CreateMessage<v1::PushResponse>(&arena);
  response.mutable_results()->Reserve(body.records_size());
  std::vector<const domain::RecordEnvelope*> toCommit;  // stay in `body`, on the arena
  std::vector<std::string_view> toCommitBytes;          // as sent, when known
  std::vector<int> commitIndex;                         // request position of each committed revision
  toCommit.reserve(static_cast<std::size_t>(body.records_size()));
  toCommitBytes.reserve(static_cast<std::size_t>(body.records_size()));
  commitIndex.reserve(static_cast<std::size_t>(body.records_size()));
  // Sent bytes completed with content_hash, when the client left it out.
  std::vector<std::string> withHash(sent.size());
  std::vector<char> checked(static_cast<std::size_t>(body.records_size()), 0);  // passed validation and seal
  for (const auto& record : body.records()) {
    auto& result = *response.add_results();
    result.set_record_id(record.id());
    result.set_revision(record.revision());
  }
  const validation::ValidationContext validationContext;
  // Each record is checked on its own (messages on the arena are safe to
  // fill from several threads, each touching only its own record and
  // result), on this thread and any idle helper.
  const auto check = [&](std::size_t i) {
    auto& record = *body.mutable_records(static_cast<int>(i));
    auto& result = *response.mutable_results(static_cast<int>(i));
    // content_hash is derivable from the body, so a client may leave it out
    // to save ~33 compressed bytes per record; the server fills it in. The
    // revision still covers it, so the revision check below still proves the
    // body is the one the device sealed. The body is hashed from its bytes as
    // sent; only when that does not match (a client serialising in another
    // field order, say) is it serialised again and hashed from that.
    const std::string_view sentBytes = sent.empty() ? std::string_view() : sent[i];
    bool fromSentBytes = false;
    std::string derivedHash = deriveContentHash(record, sentBytes, fromSentBytes);
    const bool hashSent = !record.content_hash().empty();
    if (!hashSent) record.set_content_hash(derivedHash);

    const auto findings = validation::validate(record, validationContext);
    for (const auto& issue : validation::toFieldErrors(findings)) *result.add_field_errors() = issue;
    if (!findings.ok()) {
      reject(result, v1::ERROR_CODE_INVALID_ARGUMENT, "the record failed validation");
      return;
    }
    auto problem = sync::checkRevisionSeal(record);
    const bool hashMismatch =
        hashSent ? record.content_hash() != derivedHash : problem == sync::SealProblem::RevisionMismatch;
    if (hashMismatch && fromSentBytes) {
      derivedHash = sync::contentHash(record);
      if (!hashSent) {
        record.set_content_hash(derivedHash);
        problem = sync::checkRevisionSeal(record);
      }
    }
    if (hashSent && record.content_hash() != derivedHash && problem != sync::SealProblem::BadRevisionFormat) {
      problem = sync::SealProblem::ContentHashMismatch;
    }
    if (problem != sync::SealProblem::None) {
      reject(result, v1::ERROR_CODE_INVALID_ARGUMENT, std::string(sealMessage(problem)));
      return;
    }
    if (!hashSent && !sentBytes.empty()) {
      // Stored as sent plus the content_hash field appended: protobuf takes
      // the last value of a field, so the bytes parse to the filled-in
      // envelope without serialising it again.
      auto& completed = withHash[i];
      completed.reserve(sentBytes.size() + 2 + derivedHash.size());
      completed.append(sentBytes);
      completed += kContentHashTag;
      completed += static_cast<char>(derivedHash.size());
      completed += derivedHash;
    }
    checked[i] = 1;
  };
  forEachRecord(services, checked.size(), check);
  for (std::size_t i = 0; i < checked.size(); ++i) {
    if (!checked[i]) continue;
    toCommit.push_back(&body.records(static_cast<int>(i)));
    toCommitBytes.push_back(sent.empty() ? std::string_view() : !withHash[i].empty() ? withHash[i] : sent[i]);
    commitIndex.push_back(static_cast<int>(i));
  }

  auto committed = services.records.commit(std::span<const domain::RecordEnvelope* const>(toCommit),
                                           principal.account.username, toCommitBytes, principal.device.deviceId);
  if (!committed) {
    // The write may have reached memory without the sync that makes it
    // durable: nothing is acknowledged, and the same push again is safe.
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE,
                               "storage unavailable; nothing was acknowledged, send it again");
  }
  for (std::size_t k = 0; k < committed->size(); ++k) {
    const auto& outcome = (*committed)[k];
    auto& result = *response.mutable_results(commitIndex[k]);
    result.set_winning_revision(outcome.decision.winner);
    if (outcome.otherAuthor) {
      reject(result, v1::ERROR_CODE_PERMISSION_DENIED, "the record belongs to another author");
      continue;
    }
    if (outcome.identityChanged) {
      reject(result, v1::ERROR_CODE_INVALID_ARGUMENT, "a record's kind and office cannot change");
      continue;
    }
    if (outcome.unknownTarget) {
      reject(result, v1::ERROR_CODE_INVALID_ARGUMENT, "the reviewed record is not on the server");
      *result.add_field_errors() =
          http::fieldError("review.target_record_id", "unknown_record", "the reviewed record is not on the server",
                           "el registro revisado no está en el servidor");
      continue;
    }
    switch (outcome.decision.outcome) {
      case sync::Outcome::Accepted:
        result.set_outcome(v1::PUSH_OUTCOME_ACCEPTED);
        break;
      case sync::Outcome::AlreadyHad:
        result.set_outcome(v1::PUSH_OUTCOME_ALREADY_HAD);
        break;
      case sync::Outcome::Conflict:
        result.set_outcome(v1::PUSH_OUTCOME_CONFLICT);
        break;
      case sync::Outcome::Rejected:
        reject(result, v1::ERROR_CODE_INVALID_ARGUMENT, reasonMessage(outcome.decision.reason));
        break;
    }
  }
  *response.mutable_server_time() = google::protobuf::util::TimeUtil::GetCurrentTime();
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
