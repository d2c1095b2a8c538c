#include "handlers/handlers.hpp"

namespace amparo::server::handlers {

std::vector<http::Route> routes(Services& services) {
  using http::Access;
  using http::Method;
  auto bind = [&services](Response (*handler)(Services&, const Request&, const RouteContext&)) {
    return [&services, handler](const Request& request, const RouteContext& context) {
      return handler(services, request, context);
    };
  };
  return {
      {Method::Get, "/healthz", Access::Public, bind(&healthz)},
      {Method::Get, "/metrics", Access::Public, bind(&metrics)},
      {Method::Post, "/v1/devices/enroll", Access::Public, bind(&enroll)},
      {Method::Post, "/v1/sync/push", Access::Device, bind(&push)},
      {Method::Get, "/v1/sync/pull", Access::Device, bind(&pull), true},
      {Method::Get, "/v1/records", Access::Coordinator, bind(&listRecords)},
      {Method::Get, "/v1/records/{id}", Access::Coordinator, bind(&getRecord)},
      {Method::Get, "/v1/stats", Access::Coordinator, bind(&stats)},
      {Method::Post, "/v1/records/{id}/resolve", Access::Coordinator, bind(&resolveConflict)},
      {Method::Get, "/v1/export", Access::Coordinator, bind(&exportRecords)},
      {Method::Get, "/v1/admin/accounts", Access::Admin, bind(&adminListAccounts)},
      {Method::Post, "/v1/admin/accounts", Access::Admin, bind(&adminCreateAccount)},
      {Method::Post, "/v1/admin/accounts/{username}/disable", Access::Admin, bind(&adminDisableAccount)},
      {Method::Post, "/v1/admin/accounts/{username}/password", Access::Admin, bind(&adminSetPassword)},
      {Method::Get, "/v1/admin/devices", Access::Admin, bind(&adminListDevices)},
      {Method::Post, "/v1/admin/devices/{id}/revoke", Access::Admin, bind(&adminRevokeDevice)},
      {Method::Post, "/v1/admin/backup", Access::Admin, bind(&adminBackup)},
      {Method::Get, "/v1/admin/backups/{name}/files/{file}", Access::Admin, bind(&adminBackupFile)},
      {Method::Get, "/v1/admin/audit", Access::Admin, bind(&adminListAudit)},
  };
}

bool isAuditedRead(int kind) {
  return kind == amparo::sync::v1::RECORD_KIND_SCREENING || kind == amparo::sync::v1::RECORD_KIND_PERSON;
}

}  // namespace amparo::server::handlers
