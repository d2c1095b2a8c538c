#include <charconv>

#include "amparo/domain/reference_data.hpp"
#include "handlers/cursor.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;

// What a caller may see of the feed. A monitor: sites of its offices, its own
// records, and reviews of its records. A coordinator: every record of its
// offices, or with `scope=own` only what a monitor would get — the
// coordinator workspace queries the server page by page instead of keeping
// every office record on its device (least data). An admin: everything.
// The scope, less what the calling device pushed itself: it holds those
// revisions already (its other devices' do come), so they are not echoed
// back; the cursor still moves past them.
storage::RecordStore::ScopeFilter withoutOwnEcho(const auth::Principal& principal,
                                                 storage::RecordStore::ScopeFilter scope) {
  return [&principal, scope = std::move(scope)](const storage::ChangeEntry& e) {
    if (!e.pushedBy.empty() && e.pushedBy == principal.device.deviceId) return false;
    return scope(e);
  };
}

storage::RecordStore::ScopeFilter scopeFor(const auth::Principal& principal, bool ownOnly) {
  switch (principal.account.role) {
    case storage::Role::Admin:
      if (ownOnly) break;
      return [](const storage::ChangeEntry&) { return true; };
    case storage::Role::Coordinator:
      if (ownOnly) break;
      return [&principal](const storage::ChangeEntry& e) { return principal.hasOffice(e.officeCode); };
    case storage::Role::Monitor:
      break;
  }
  return [&principal](const storage::ChangeEntry& e) {
    const auto& me = principal.account.username;
    if (e.kind == v1::RECORD_KIND_SITE) return principal.hasOffice(e.officeCode);
    if (e.author == me) return true;
    return e.kind == v1::RECORD_KIND_REVIEW && e.targetAuthor == me;
  };
}

}  // namespace

Response pull(Services& services, const Request& request, const RouteContext& context) {
  if (context.principal->device.revoked) {
    // Revoked (lost or stolen tablet): no data, only the order to wipe.
    (void)services.audit.record(
        {storage::nowMs(), "device.wipe", context.principal->account.username, context.principal->device.deviceId, {}});
    v1::PullResponse wipe;
    wipe.set_wipe(true);
    return http::encodeMessage(request, wipe);
  }
  std::uint64_t after = 0;
  const auto cursorParam = request.queryValue("cursor");
  if (!cursorParam.empty()) {
    const auto bytes = cursorFromParam(cursorParam);
    const auto sequence = bytes ? decodeCursor(*bytes) : std::nullopt;
    if (!sequence) return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "malformed cursor");
    after = *sequence;
  }
  std::size_t limit = services.limits.defaultPullLimit;
  if (const auto text = request.queryValue("limit"); !text.empty()) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), limit);
    if (ec != std::errc() || end != text.data() + text.size() || limit == 0) {
      return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "limit must be a positive integer");
    }
    limit = std::min(limit, services.limits.maxPullLimit);
  }

  const auto scope = request.queryValue("scope");
  if (!scope.empty() && scope != "own" && scope != "offices") {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "scope must be own or offices");
  }
  // `echo=false`: leave out what this device pushed (the app asks so; the
  // default keeps every change, which tools and tests rely on).
  const auto echo = request.queryValue("echo");
  if (!echo.empty() && echo != "true" && echo != "false") {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "echo must be true or false");
  }
  auto inScope = scopeFor(*context.principal, scope == "own");
  if (echo == "false") inScope = withoutOwnEcho(*context.principal, std::move(inScope));
  auto page = services.records.changesSince(after, limit, inScope);
  if (!page) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");

  // A coordinator pulling a monitor's screenings or persons is a read of
  // personal data: audited before it leaves (a monitor's own records are not).
  const auto& principal = *context.principal;
  std::vector<storage::AuditEntry> reads;
  for (const auto& record : page->records) {
    if (isAuditedRead(record.kind()) && record.author() != principal.account.username) {
      reads.push_back({storage::nowMs(), "read.record", principal.account.username, record.id(), "pull"});
    }
  }
  if (!services.audit.recordAll(reads)) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }

  v1::PullResponse response;
  for (auto& record : page->records) *response.add_records() = std::move(record);
  response.set_next_cursor(encodeCursor(page->lastSequence));
  response.set_has_more(page->hasMore);
  // Vocabularies travel when the device's are older than the server's: the
  // device names what it has as `reference=` (the "name=version" pairs of
  // its ReferenceData.versions, comma-separated); without it, only on the
  // first pull.
  const auto& reference = domain::ReferenceData::builtin();
  const auto deviceHas = request.queryValue("reference");
  static const std::string serverHas = reference.versionToken();
  const bool send = deviceHas.empty() ? after == 0 : deviceHas != serverHas;
  if (send) *response.mutable_reference_data() = reference.toMessage();
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
