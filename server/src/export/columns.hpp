#pragma once
// What an export contains, in ONE table: for each sheet (one per record
// kind, plus specific needs as their own table), its columns — header, HXL
// hashtag (DOMAIN.md §4; empty where no hashtag fits), who may see it, and
// how to read the value from a record. The CSV and the XLSX writers both
// walk this table; nothing else decides what is exported.
//
// Pseudonymised exports (the default) leave out every column marked
// Identified — names, contacts, document numbers, exact ages, free text
// (narratives, descriptions, reasons, outcomes may name people), references
// that lead back to a person's file — and replace every record id and
// account name with a per-export pseudonym (see Pseudonymiser). Sites are
// places, not people: their ids and names stay.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "amparo/domain/records.hpp"
#include "export/pseudonymiser.hpp"

namespace amparo::server::exports {

// One cell: empty, text, or a number (XLSX writes numbers as numbers).
struct Cell {
  enum class Type { Empty, Text, Number };
  Type type = Type::Empty;
  std::string text;
  double number = 0;

  static Cell of(std::string value);
  static Cell of(double value);
};

// What a site contributes to the rows that name it.
struct SiteInfo {
  std::string name;
  std::string type;  // readable code, e.g. "detention_centre"
  std::string adm1;
  std::string adm2;
};

// Per export: identified or not, the pseudonym key, and a small cache of the
// sites rows name (sites are few; the cache is bounded anyway).
class ExportContext {
public:
  using SiteLookup = std::function<std::optional<SiteInfo>(const std::string& siteId)>;

  ExportContext(bool identified, SiteLookup lookup);
  ExportContext(bool identified, SiteLookup lookup, const Pseudonymiser::Key& key);  // tests

  bool identified() const { return m_identified; }
  // A record id as exported: itself in identified exports, else its pseudonym.
  std::string recordId(std::string_view id) const;
  // An account name (monitor, reviewer) as exported.
  std::string account(std::string_view username) const;
  // The site, or null when unknown (looked up once per export).
  const SiteInfo* site(const std::string& siteId) const;

private:
  bool m_identified;
  Pseudonymiser m_pseudonymiser;
  SiteLookup m_lookup;
  mutable std::unordered_map<std::string, std::optional<SiteInfo>> m_sites;
};

// A row: a record, and which item of it for tables with one row per item
// (specific needs).
struct Row {
  const domain::RecordEnvelope& record;
  int item;
  const ExportContext& context;
};

enum class Exposure {
  Always,      // pseudonymised and identified exports
  Identified,  // identified exports only (admins, audited)
};

struct Column {
  std::string_view header;
  std::string_view hxl;
  Exposure exposure;
  Cell (*value)(const Row&);
};

struct Table {
  std::string_view name;    // sheet name and the `kind` parameter's value
  domain::RecordKind kind;  // the records its rows come from
  Exposure exposure;
  // Rows per record: null for one; otherwise e.g. the screening's needs.
  int (*rowsOf)(const domain::RecordEnvelope&);
  std::span<const Column> columns;

  // The columns an export of this exposure shows.
  std::vector<const Column*> visibleColumns(bool identified) const;
};

// Every table, in sheet order.
std::span<const Table> tables();
const Table* findTable(std::string_view name);

// Helpers shared with the tests: "2026-03-05" (UTC) and the readable code of
// an enum value ("VISIT_TYPE_DETENTION" → "detention"; empty for 0).
std::string isoDate(const google::protobuf::Timestamp& timestamp);

}  // namespace amparo::server::exports
