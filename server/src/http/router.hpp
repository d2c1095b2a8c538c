#pragma once
// The declarative route table: method + path pattern → handler, with the
// access each route requires. Authentication and role checks happen here,
// once, before any handler runs.

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "auth/authenticator.hpp"
#include "http/message.hpp"

namespace amparo::server::http {

enum class Access {
  Public,       // no token (healthz, metrics, enroll)
  Device,       // any enrolled, valid device
  Coordinator,  // coordinators and admins
  Admin,
};

struct RouteContext {
  const auth::Principal* principal = nullptr;              // null on public routes
  std::map<std::string, std::string, std::less<>> params;  // "{id}" → value

  std::string_view param(std::string_view name) const;
};

using Handler = std::function<Response(const Request&, const RouteContext&)>;

struct Route {
  Method method;
  std::string pattern;  // "/v1/records/{id}": literal segments and {name} captures
  Access access;
  Handler handler;
  // A revoked device still reaches this route (pull: to be told to wipe);
  // the handler sees principal->device.revoked.
  bool allowRevoked = false;
};

class Router {
public:
  using Authenticate = std::function<auth::AuthOutcome(std::string_view authorization)>;
  // Called when an authenticated caller is refused for its role (403).
  using OnForbidden = std::function<void(const Request&, const auth::Principal&, std::string_view route)>;

  Router(std::vector<Route> routes, Authenticate authenticate, OnForbidden onForbidden);

  // Never throws: unknown path → 404, known path with another method → 405,
  // auth → 401/403, a throwing handler → 500. Sets Response::route.
  Response handle(const Request& request) const;

private:
  std::vector<Route> m_routes;
  Authenticate m_authenticate;
  OnForbidden m_onForbidden;
};

// Whether `path` matches `pattern`, filling `params` with the captures.
bool matchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string, std::less<>>& params);

}  // namespace amparo::server::http
