#include "export/exporter.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace amparo::server::exports {
namespace {

constexpr std::size_t kPageSize = 500;
namespace rec = amparo::records::v1;

// "SITE_TYPE_DETENTION_CENTRE" → "detention_centre".
std::string siteTypeCode(rec::SiteType value) {
  if (value == rec::SITE_TYPE_UNSPECIFIED) return {};
  std::string name = rec::SiteType_Name(value);
  constexpr std::string_view kPrefix = "SITE_TYPE_";
  if (name.rfind(kPrefix, 0) == 0) name = name.substr(kPrefix.size());
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

}  // namespace

std::uint64_t ExportStats::totalRows() const {
  std::uint64_t total = 0;
  for (const auto count : rows) total += count;
  return total;
}

storage::Result<ExportStats> runExport(const storage::RecordStore& records, const ExportPlan& plan,
                                       const ExportContext& context, TableWriter& writer) {
  ExportStats stats;
  stats.rows.assign(plan.tables.size(), 0);
  std::vector<std::vector<const Column*>> columns;
  for (std::size_t t = 0; t < plan.tables.size(); ++t) {
    columns.push_back(plan.tables[t]->visibleColumns(context.identified()));
    if (!writer.begin(t, *plan.tables[t], columns.back(), plan.hxl)) {
      return storage::Error{storage::ErrorKind::Other, "export: " + writer.error()};
    }
  }
  auto wanted = [&](int kind) {
    return std::any_of(plan.tables.begin(), plan.tables.end(), [&](const Table* table) { return table->kind == kind; });
  };
  std::vector<Cell> cells;
  for (const auto& office : plan.offices) {
    std::string after;
    for (;;) {
      auto page = records.scanOffice(office, after, kPageSize, [&](const storage::RecordMeta& meta) {
        return wanted(meta.kind) && (!plan.acceptsMeta || plan.acceptsMeta(meta));
      });
      if (!page) return page.error();
      for (const auto& meta : page->records) {
        auto envelope = records.envelope(meta.id, sync::RevisionTree(meta.nodes).winner());
        if (!envelope) return envelope.error();
        if (!envelope->has_value()) return storage::Error{storage::ErrorKind::Corruption, "export: missing revision"};
        const auto& record = **envelope;
        if (record.deleted()) continue;
        if (plan.acceptsRecord) {
          auto accepted = plan.acceptsRecord(record);
          if (!accepted) return accepted.error();
          if (!*accepted) continue;
        }
        ++stats.records;
        for (std::size_t t = 0; t < plan.tables.size(); ++t) {
          const auto& table = *plan.tables[t];
          if (table.kind != meta.kind) continue;
          const int rows = table.rowsOf ? table.rowsOf(record) : 1;
          for (int item = 0; item < rows; ++item) {
            const Row row{record, item, context};
            cells.clear();
            for (const auto* column : columns[t]) cells.push_back(column->value(row));
            if (!writer.row(t, cells)) return storage::Error{storage::ErrorKind::Other, "export: " + writer.error()};
            ++stats.rows[t];
          }
        }
      }
      if (!page->hasMore) break;
      after = page->lastId;
    }
  }
  if (!writer.finish()) return storage::Error{storage::ErrorKind::Other, "export: " + writer.error()};
  return stats;
}

ExportContext::SiteLookup siteLookup(const storage::RecordStore& records) {
  return [&records](const std::string& siteId) -> std::optional<SiteInfo> {
    auto meta = records.meta(siteId);
    if (!meta || !meta->has_value() || (*meta)->kind != amparo::sync::v1::RECORD_KIND_SITE) return std::nullopt;
    auto envelope = records.envelope(siteId, sync::RevisionTree((*meta)->nodes).winner());
    if (!envelope || !envelope->has_value() || !(*envelope)->has_site()) return std::nullopt;
    const auto& site = (*envelope)->site();
    return SiteInfo{site.name(), siteTypeCode(site.site_type()), site.adm1(), site.adm2()};
  };
}

std::filesystem::path tempDir(const std::filesystem::path& dataDir) {
  return dataDir / "tmp";
}

std::filesystem::path prepareTempDir(const std::filesystem::path& dataDir) {
  namespace fs = std::filesystem;
  const auto dir = tempDir(dataDir);
  fs::create_directories(dir);
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(dir, ignored)) {
    if (entry.path().filename().string().rfind("export-", 0) == 0) fs::remove(entry.path(), ignored);
  }
  return dir;
}

}  // namespace amparo::server::exports
