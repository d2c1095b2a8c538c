#include <google/protobuf/util/time_util.h>

#include "amparo/domain/records.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;

v1::FieldError denial(std::string path, std::string code, std::string en, std::string es) {
  v1::FieldError error;
  error.set_path(std::move(path));
  error.set_code(std::move(code));
  error.set_message(std::move(en));
  error.set_message_es(std::move(es));
  error.set_severity(v1::SEVERITY_ERROR);
  return error;
}

// Authorisation for the whole batch, before anything is looked at further: a
// device pushing another account's records, or records of an office its
// account does not belong to, is refused outright (403) and nothing is stored.
std::vector<v1::FieldError> authorise(const auth::Principal& principal, const v1::PushRequest& body) {
  std::vector<v1::FieldError> denied;
  for (int i = 0; i < body.records_size(); ++i) {
    const auto& record = body.records(i);
    const auto at = "records[" + std::to_string(i) + "].";
    if (record.author() != principal.account.username) {
      denied.push_back(denial(at + "author", "not_own_record", "The author must be the signed-in account.",
                              "El autor debe ser la cuenta con la que se inició sesión."));
    } else if (!principal.hasOffice(record.office_code())) {
      denied.push_back(denial(at + "office_code", "office_not_allowed", "The account does not belong to this office.",
                              "La cuenta no pertenece a esta oficina."));
    } else if ((record.kind() == v1::RECORD_KIND_SITE || record.kind() == v1::RECORD_KIND_REVIEW) &&
               !principal.isAtLeast(storage::Role::Coordinator)) {
      denied.push_back(denial(at + "kind", "role_not_allowed", "Only coordinators may send this kind of record.",
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

}  // namespace

Response push(Services& services, const Request& request, const RouteContext& context) {
  v1::PushRequest body;
  if (auto error = http::decodeBody(request, body)) return *error;
  if (static_cast<std::size_t>(body.records_size()) > services.limits.maxBatchRecords) {
    return http::errorResponse(
        request, 413, v1::ERROR_CODE_PAYLOAD_TOO_LARGE,
        "too many records in one push; the limit is " + std::to_string(services.limits.maxBatchRecords));
  }
  const auto& principal = *context.principal;
  if (auto denied = authorise(principal, body); !denied.empty()) {
    (void)services.audit.record({storage::nowMs(), "forbidden", principal.account.username, principal.device.deviceId,
                                 "push:" + denied.front().code()});
    return http::errorResponse(request, 403, v1::ERROR_CODE_PERMISSION_DENIED,
                               "records outside this account's authorship or offices", denied);
  }
  services.metrics.observePushBatch(static_cast<std::size_t>(body.records_size()));

  v1::PushResponse response;
  std::vector<domain::RecordEnvelope> toCommit;
  std::vector<int> commitIndex;  // request position of each committed revision
  validation::ValidationContext validationContext;
  for (int i = 0; i < body.records_size(); ++i) {
    auto& record = *body.mutable_records(i);
    auto& result = *response.add_results();
    result.set_record_id(record.id());
    result.set_revision(record.revision());

    const auto findings = validation::validate(record, validationContext);
    for (const auto& issue : validation::toFieldErrors(findings)) *result.add_field_errors() = issue;
    if (!findings.ok()) {
      reject(result, v1::ERROR_CODE_INVALID_ARGUMENT, "the record failed validation");
      continue;
    }
    if (const auto problem = sync::checkSeal(record); problem != sync::SealProblem::None) {
      reject(result, v1::ERROR_CODE_INVALID_ARGUMENT, std::string(sealMessage(problem)));
      continue;
    }
    toCommit.push_back(std::move(record));
    commitIndex.push_back(i);
  }

  auto committed = services.records.commit(toCommit, principal.account.username);
  if (!committed) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable; nothing was stored");
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
