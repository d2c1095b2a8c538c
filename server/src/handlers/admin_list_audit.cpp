#include <google/protobuf/util/time_util.h>

#include <charconv>

#include "amparo/admin/v1/admin.pb.h"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

// A non-negative integer query parameter, or `fallback` when absent.
std::optional<std::uint64_t> number(std::string_view text, std::uint64_t fallback) {
  if (text.empty()) return fallback;
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

// GET /v1/admin/audit?after=&limit=: the audit log in order, paged.
Response adminListAudit(Services& services, const Request& request, const RouteContext&) {
  namespace v1 = amparo::sync::v1;
  constexpr std::uint64_t kMaxLimit = 1000;
  const auto after = number(request.queryValue("after"), 0);
  const auto limit = number(request.queryValue("limit"), 200);
  if (!after || !limit || *limit == 0) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "after and limit are integers");
  }
  const auto wanted = std::min(*limit, kMaxLimit);
  // One more than asked, to know whether there is more.
  auto page = services.audit.page(*after, static_cast<std::size_t>(wanted + 1));
  if (!page) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  amparo::admin::v1::ListAuditResponse response;
  response.set_has_more(page->size() > wanted);
  if (response.has_more()) page->resize(static_cast<std::size_t>(wanted));
  response.set_next_after(page->empty() ? *after : page->back().first);
  for (const auto& [sequence, entry] : *page) {
    auto& out = *response.add_entries();
    out.set_sequence(sequence);
    *out.mutable_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(entry.atMs);
    out.set_action(entry.action);
    out.set_actor(entry.actor);
    out.set_subject(entry.subject);
    out.set_detail(entry.detail);
  }
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
