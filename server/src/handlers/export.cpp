#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "auth/tokens.hpp"
#include "export/exporter.hpp"
#include "handlers/handlers.hpp"
#include "handlers/record_query.hpp"
#include "http/content.hpp"
#include "log.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;
namespace fs = std::filesystem;

constexpr std::string_view kCsvType = "text/csv; charset=utf-8";
constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

bool isTrue(std::string_view value) {
  return value == "true" || value == "1";
}

Response badParameter(const Request& request, std::string path, std::string message, std::string en, std::string es) {
  return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, std::move(message),
                             {http::fieldError(std::move(path), "invalid", std::move(en), std::move(es))});
}

Response unavailable(const Request& request) {
  return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
}

// An anonymous file in `dir` (0600): it has no name, so nothing is left
// behind whatever happens. Falls back to a named file unlinked at once.
int anonymousFile(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (fd >= 0) return fd;
  std::string name = (dir / "export-XXXXXX").string();
  const int named = ::mkstemp(name.data());
  if (named >= 0) ::unlink(name.c_str());
  return named;
}

// Removes a named file when it goes out of scope (XLSX: libxlsxwriter writes
// to a path; once reopened, the name goes).
struct RemoveOnExit {
  fs::path path;
  ~RemoveOnExit() {
    std::error_code ignored;
    fs::remove(path, ignored);
  }
};

}  // namespace

// GET /v1/export?format=csv|xlsx&kind=&hxl=&identified=&<record-list filters>
// Coordinators (their offices) and admins. Pseudonymised unless an admin asks
// for identified data. The file is built on disk and streamed (flat memory).
Response exportRecords(Services& services, const Request& request, const RouteContext& context) {
  const auto& principal = *context.principal;
  const auto format = request.queryValue("format");
  if (format != "csv" && format != "xlsx") {
    return badParameter(request, "format", "format is csv or xlsx", "Choose CSV or XLSX.", "Elija CSV o XLSX.");
  }
  const bool csv = format == "csv";
  const bool hxl = isTrue(request.queryValue("hxl"));
  const bool identified = isTrue(request.queryValue("identified"));
  if (identified && principal.account.role != storage::Role::Admin) {
    (void)services.audit.record(
        {storage::nowMs(), "forbidden", principal.account.username, principal.device.deviceId, "export:identified"});
    return http::errorResponse(request, 403, v1::ERROR_CODE_PERMISSION_DENIED,
                               "only admins may export identified data");
  }
  const std::string kind(request.queryValue("kind"));
  exports::ExportPlan plan;
  plan.hxl = hxl;
  if (!kind.empty()) {
    const auto* table = exports::findTable(kind);
    if (table == nullptr) {
      return badParameter(request, "kind", "unknown kind", "Unknown kind of record.", "Tipo de registro desconocido.");
    }
    if (table->exposure == exports::Exposure::Identified && !identified) {
      return badParameter(request, "kind", "this kind is only in identified exports",
                          "Person records are only in identified exports.",
                          "Los registros de personas solo están en las exportaciones identificadas.");
    }
    plan.tables.push_back(table);
  } else if (csv) {
    return badParameter(request, "kind", "a CSV export needs a kind", "Choose the kind of record to export.",
                        "Elija el tipo de registro que desea exportar.");
  } else {
    for (const auto& table : exports::tables()) {
      if (identified || table.exposure == exports::Exposure::Always) plan.tables.push_back(&table);
    }
  }
  auto parsed = parseRecordQuery(services, request, principal, "export");
  if (auto* refused = std::get_if<Response>(&parsed)) return std::move(*refused);
  const auto& query = std::get<RecordQuery>(parsed);
  plan.offices = query.offices;
  plan.acceptsMeta = [&query](const storage::RecordMeta& meta) { return query.acceptsMeta(meta); };
  plan.acceptsRecord = [&](const domain::RecordEnvelope& record) {
    return query.acceptsRecord(services.records, record);
  };

  // Built on disk, under DATA/tmp, never whole in memory.
  std::error_code dirError;
  const auto dir = exports::tempDir(services.dataDir);
  fs::create_directories(dir, dirError);
  const exports::ExportContext exportContext(identified, exports::siteLookup(services.records));
  std::shared_ptr<http::BodyFile> file;
  storage::Result<exports::ExportStats> stats = exports::ExportStats{};
  if (csv) {
    file = std::make_shared<http::BodyFile>(anonymousFile(dir));
    std::FILE* out = file->fd() >= 0 ? ::fdopen(::dup(file->fd()), "w") : nullptr;
    if (out == nullptr) {
      logEvent("export.failed", {{"rid", request.requestId}, {"error", "cannot create a temporary file"}});
      return unavailable(request);
    }
    auto writer = exports::csvWriter(out);
    stats = exports::runExport(services.records, plan, exportContext, *writer);
    if (std::fclose(out) != 0 && stats) stats = storage::Error{storage::ErrorKind::Other, "export: close failed"};
  } else {
    const RemoveOnExit named{dir / ("export-" + auth::randomHex(16) + ".xlsx")};
    {
      auto writer = exports::xlsxWriter(named.path, dir);
      stats = exports::runExport(services.records, plan, exportContext, *writer);
    }
    if (stats) {
      file = std::make_shared<http::BodyFile>(::open(named.path.c_str(), O_RDONLY | O_CLOEXEC));
      if (file->fd() < 0) stats = storage::Error{storage::ErrorKind::Other, "export: cannot reopen the workbook"};
    }
  }
  if (!stats) {
    logEvent("export.failed", {{"rid", request.requestId}, {"error", stats.error().message}});
    return unavailable(request);
  }

  // Audited before the data leaves: who exported what (filters, never content).
  std::string detail = "format=" + std::string(format) + ",kind=" + (kind.empty() ? "all" : kind) +
                       ",hxl=" + (hxl ? "true" : "false") + ",rows=" + std::to_string(stats->totalRows());
  for (const auto* name :
       {"office", "author", "site", "site_type", "visit_type", "from", "to", "review_status", "alert", "conflict"}) {
    if (const auto value = request.queryValue(name); !value.empty())
      detail += "," + std::string(name) + "=" + std::string(value);
  }
  std::vector<storage::AuditEntry> entries{{storage::nowMs(), "export", principal.account.username, {}, detail}};
  if (identified) entries.push_back({storage::nowMs(), "export.identified", principal.account.username, {}, detail});
  if (!services.audit.recordAll(entries)) return unavailable(request);

  Response response;
  response.contentType = csv ? kCsvType : kXlsxType;
  response.bodyFile = std::move(file);
  const std::string name = "amparo-" + (kind.empty() ? std::string("export") : kind) +
                           (identified ? "-identified" : "") + (csv ? ".csv" : ".xlsx");
  response.headers.push_back({"content-disposition", "attachment; filename=\"" + name + "\""});
  response.headers.push_back({"cache-control", "no-store"});
  response.headers.push_back({"x-export-rows", std::to_string(stats->totalRows())});
  return response;
}

}  // namespace amparo::server::handlers
