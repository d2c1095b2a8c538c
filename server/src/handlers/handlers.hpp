#pragma once
// One function per endpoint (one file each): request in, response out.

#include "handlers/services.hpp"
#include "http/router.hpp"

namespace amparo::server::handlers {

using http::Request;
using http::Response;
using http::RouteContext;

Response healthz(Services& services, const Request& request, const RouteContext& context);
Response metrics(Services& services, const Request& request, const RouteContext& context);
Response enroll(Services& services, const Request& request, const RouteContext& context);
Response push(Services& services, const Request& request, const RouteContext& context);
Response pull(Services& services, const Request& request, const RouteContext& context);
Response listRecords(Services& services, const Request& request, const RouteContext& context);
Response getRecord(Services& services, const Request& request, const RouteContext& context);
Response stats(Services& services, const Request& request, const RouteContext& context);
Response resolveConflict(Services& services, const Request& request, const RouteContext& context);
Response exportRecords(Services& services, const Request& request, const RouteContext& context);
Response adminListAccounts(Services& services, const Request& request, const RouteContext& context);
Response adminCreateAccount(Services& services, const Request& request, const RouteContext& context);
Response adminDisableAccount(Services& services, const Request& request, const RouteContext& context);
Response adminListDevices(Services& services, const Request& request, const RouteContext& context);
Response adminRevokeDevice(Services& services, const Request& request, const RouteContext& context);
Response adminSetPassword(Services& services, const Request& request, const RouteContext& context);
Response adminListAudit(Services& services, const Request& request, const RouteContext& context);
Response adminBackup(Services& services, const Request& request, const RouteContext& context);
Response adminBackupFile(Services& services, const Request& request, const RouteContext& context);

// Reads of personal records by coordinators are audited (data-protection
// rule 5): who read which id, when. True for the kinds that hold personal data.
bool isAuditedRead(int kind);

// The route table: every endpoint with its method, path and required access.
std::vector<http::Route> routes(Services& services);

}  // namespace amparo::server::handlers
