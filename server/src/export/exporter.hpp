#pragma once
// Runs an export: walks the records of the offices in scope through the
// per-office index, page by page (bounded memory however many records there
// are), keeps the winning revision of each live record the filters accept,
// and hands its rows to a TableWriter. Withdrawn records (a tombstone wins:
// e.g. consent withdrawn) are never exported.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "export/columns.hpp"
#include "export/writers.hpp"
#include "storage/record_store.hpp"

namespace amparo::server::exports {

struct ExportPlan {
  std::vector<const Table*> tables;  // in sheet order
  std::vector<std::string> offices;
  bool hxl = false;
  // Filters beyond the tables' kinds (the record list's query); null: all.
  std::function<bool(const storage::RecordMeta&)> acceptsMeta;
  std::function<storage::Result<bool>(const domain::RecordEnvelope&)> acceptsRecord;
};

struct ExportStats {
  std::uint64_t records = 0;        // records exported
  std::vector<std::uint64_t> rows;  // data rows per table of the plan
  std::uint64_t totalRows() const;
};

// Errors: storage failures, or the writer's (ErrorKind::Other, no content).
storage::Result<ExportStats> runExport(const storage::RecordStore& records, const ExportPlan& plan,
                                       const ExportContext& context, TableWriter& writer);

// The site lookup the columns use, reading Site records from the store.
ExportContext::SiteLookup siteLookup(const storage::RecordStore& records);

// DATA/tmp, where export files are made (0700). Called at startup: files
// left there by a crash are removed.
std::filesystem::path prepareTempDir(const std::filesystem::path& dataDir);
std::filesystem::path tempDir(const std::filesystem::path& dataDir);

}  // namespace amparo::server::exports
