#include "http/router.hpp"

#include <exception>

#include "http/content.hpp"

namespace amparo::server::http {
namespace {

using amparo::sync::v1::ERROR_CODE_DEVICE_REVOKED;
using amparo::sync::v1::ERROR_CODE_INTERNAL;
using amparo::sync::v1::ERROR_CODE_INVALID_ARGUMENT;
using amparo::sync::v1::ERROR_CODE_NOT_FOUND;
using amparo::sync::v1::ERROR_CODE_PERMISSION_DENIED;
using amparo::sync::v1::ERROR_CODE_UNAUTHENTICATED;
using amparo::sync::v1::ERROR_CODE_UNAVAILABLE;

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    const auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  return out;
}

Response unauthenticated(const Request& request, std::string message) {
  auto response = errorResponse(request, 401, ERROR_CODE_UNAUTHENTICATED, std::move(message));
  response.headers.push_back({"www-authenticate", "Bearer"});
  return response;
}

}  // namespace

std::string_view RouteContext::param(std::string_view name) const {
  const auto it = params.find(name);
  return it == params.end() ? std::string_view() : std::string_view(it->second);
}

bool matchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string, std::less<>>& params) {
  // A trailing slash is a different resource; reject rather than guess.
  if (path.size() > 1 && path.back() == '/') return false;
  const auto want = segments(pattern);
  const auto have = segments(path);
  if (want.size() != have.size()) return false;
  std::map<std::string, std::string, std::less<>> captured;
  for (std::size_t i = 0; i < want.size(); ++i) {
    const auto w = want[i];
    if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
      captured.emplace(std::string(w.substr(1, w.size() - 2)), std::string(have[i]));
    } else if (w != have[i]) {
      return false;
    }
  }
  params = std::move(captured);
  return true;
}

Router::Router(std::vector<Route> routes, Authenticate authenticate, OnForbidden onForbidden)
    : m_routes(std::move(routes)), m_authenticate(std::move(authenticate)), m_onForbidden(std::move(onForbidden)) {}

Response Router::handle(const Request& request) const {
  RouteContext context;
  const Route* route = nullptr;
  std::string allowed;
  for (const auto& candidate : m_routes) {
    std::map<std::string, std::string, std::less<>> params;
    if (!matchPattern(candidate.pattern, request.path, params)) continue;
    if (candidate.method == request.method) {
      route = &candidate;
      context.params = std::move(params);
      break;
    }
    if (!allowed.empty()) allowed += ", ";
    allowed += methodName(candidate.method);
  }
  if (route == nullptr) {
    if (!allowed.empty()) {
      auto response =
          errorResponse(request, 405, ERROR_CODE_INVALID_ARGUMENT, "method not allowed; allowed: " + allowed);
      response.headers.push_back({"allow", allowed});
      response.route = "unmatched";
      return response;
    }
    auto response = errorResponse(request, 404, ERROR_CODE_NOT_FOUND, "no such resource");
    response.route = "unmatched";
    return response;
  }

  auto finish = [&](Response response) {
    response.route = route->pattern;
    return response;
  };

  std::optional<auth::Principal> principal;
  if (route->access != Access::Public) {
    auto outcome = m_authenticate(request.header("authorization"));
    if (outcome.failure == auth::AuthFailure::Revoked && route->allowRevoked) outcome.failure = auth::AuthFailure::None;
    switch (outcome.failure) {
      case auth::AuthFailure::None:
        break;
      case auth::AuthFailure::Missing:
        return finish(unauthenticated(request, "a device token is required"));
      case auth::AuthFailure::Invalid:
        return finish(unauthenticated(request, "the device token is not valid"));
      case auth::AuthFailure::Expired:
        return finish(unauthenticated(request, "the device token has expired"));
      case auth::AuthFailure::Disabled:
        return finish(unauthenticated(request, "the account is disabled"));
      case auth::AuthFailure::Revoked:
        return finish(errorResponse(request, 401, ERROR_CODE_DEVICE_REVOKED, "this device has been revoked"));
      case auth::AuthFailure::Unavailable:
        return finish(errorResponse(request, 503, ERROR_CODE_UNAVAILABLE, "storage unavailable"));
    }
    principal = std::move(outcome.principal);
    const bool allowedRole =
        route->access == Access::Device ||
        (route->access == Access::Coordinator && principal->isAtLeast(storage::Role::Coordinator)) ||
        (route->access == Access::Admin && principal->isAtLeast(storage::Role::Admin));
    if (!allowedRole) {
      if (m_onForbidden) m_onForbidden(request, *principal, route->pattern);
      return finish(errorResponse(request, 403, ERROR_CODE_PERMISSION_DENIED, "not allowed for this role"));
    }
    context.principal = &*principal;
  }

  try {
    return finish(route->handler(request, context));
  } catch (const std::exception&) {
    // The exception text may carry data; the caller logs the request id.
    return finish(errorResponse(request, 500, ERROR_CODE_INTERNAL, "internal error"));
  }
}

}  // namespace amparo::server::http
