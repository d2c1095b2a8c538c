#include "amparo/domain/reference_data.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

// Generated at build time from shared/data/*.csv (cmake/AmparoEmbed.cmake).
namespace amparo::domain::embedded {
std::string_view specific_needs_csv();
std::string_view countries_csv();
std::string_view agencies_csv();
std::string_view offices_csv();
}  // namespace amparo::domain::embedded

namespace amparo::domain {
namespace {

constexpr std::string_view kSpecificNeedsFile = "specific_needs.csv";
constexpr std::string_view kCountriesFile = "countries.csv";
constexpr std::string_view kAgenciesFile = "agencies.csv";
constexpr std::string_view kOfficesFile = "offices.csv";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kVersionKey = "version:";

[[noreturn]] void fail(std::string_view file, std::size_t line, std::string_view what) {
  throw std::runtime_error("reference data " + std::string(file) + ":" + std::to_string(line) + ": " +
                           std::string(what));
}

struct CsvRecord {
  std::size_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

struct CsvFile {
  std::string version;
  std::vector<CsvRecord> rows;  // data rows; the header has been checked and dropped
};

std::string_view trim(std::string_view s) {
  constexpr std::string_view kBlank = " \t\r";
  const auto first = s.find_first_not_of(kBlank);
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = s.find_last_not_of(kBlank);
  return s.substr(first, last - first + 1);
}

// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and
// line breaks; CRLF and LF both end a record; lines starting with '#' are
// comments, and "# version: X" names the table's version. Every row must have
// exactly as many fields as the expected header.
class CsvReader {
public:
  CsvReader(std::string_view file, std::string_view text) : m_file(file), m_text(text) {
    if (m_text.starts_with(kUtf8Bom)) {
      m_pos = kUtf8Bom.size();
    }
  }

  CsvFile read(std::initializer_list<std::string_view> header) {
    CsvFile result;
    bool headerSeen = false;
    while (!atEnd()) {
      const char c = m_text[m_pos];
      if (c == '#') {
        readComment(result.version);
        continue;
      }
      if (c == '\n' || c == '\r') {
        endLine();  // blank line
        continue;
      }
      CsvRecord record = readRecord();
      if (!headerSeen) {
        checkHeader(record, header);
        headerSeen = true;
        continue;
      }
      if (record.fields.size() != header.size()) {
        fail(m_file, record.line,
             "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(record.fields.size()));
      }
      result.rows.push_back(std::move(record));
    }
    if (!headerSeen) {
      fail(m_file, m_line, "missing header line");
    }
    if (result.version.empty()) {
      fail(m_file, 1, "missing '# version:' line");
    }
    return result;
  }

private:
  bool atEnd() const { return m_pos >= m_text.size(); }

  // Consumes one line ending (CRLF, LF or a lone CR) or nothing at the end.
  void endLine() {
    if (!atEnd() && m_text[m_pos] == '\r') {
      ++m_pos;
    }
    if (!atEnd() && m_text[m_pos] == '\n') {
      ++m_pos;
    }
    ++m_line;
  }

  void readComment(std::string& version) {
    const auto eol = m_text.find_first_of("\r\n", m_pos);
    const auto end = eol == std::string_view::npos ? m_text.size() : eol;
    const std::string_view body = trim(m_text.substr(m_pos + 1, end - m_pos - 1));
    if (body.starts_with(kVersionKey)) {
      const std::string_view value = trim(body.substr(kVersionKey.size()));
      if (value.empty()) {
        fail(m_file, m_line, "empty version");
      }
      if (!version.empty()) {
        fail(m_file, m_line, "second '# version:' line");
      }
      version = value;
    }
    m_pos = end;
    endLine();
  }

  CsvRecord readRecord() {
    CsvRecord record;
    record.line = m_line;
    for (;;) {
      record.fields.push_back(readField(record.line));
      if (!atEnd() && m_text[m_pos] == ',') {
        ++m_pos;
        continue;
      }
      endLine();
      return record;
    }
  }

  std::string readField(std::size_t recordLine) {
    std::string field;
    if (atEnd() || m_text[m_pos] != '"') {
      while (!atEnd()) {
        const char c = m_text[m_pos];
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        if (c == '"') {
          fail(m_file, m_line, "quote inside an unquoted field");
        }
        field += c;
        ++m_pos;
      }
      return field;
    }
    ++m_pos;  // opening quote
    for (;;) {
      if (atEnd()) {
        fail(m_file, recordLine, "unterminated quoted field");
      }
      const char c = m_text[m_pos++];
      if (c == '"') {
        if (!atEnd() && m_text[m_pos] == '"') {
          field += '"';
          ++m_pos;
          continue;
        }
        break;
      }
      if (c == '\r' && !atEnd() && m_text[m_pos] == '\n') {
        continue;  // keep embedded line breaks as LF whatever the file uses
      }
      if (c == '\n') {
        ++m_line;
      }
      field += c;
    }
    if (!atEnd() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r') {
      fail(m_file, m_line, "unexpected character after a closing quote");
    }
    return field;
  }

  void checkHeader(const CsvRecord& record, std::initializer_list<std::string_view> header) const {
    if (std::equal(record.fields.begin(), record.fields.end(), header.begin(), header.end())) {
      return;
    }
    std::string expected;
    for (const auto name : header) {
      expected += expected.empty() ? "" : ",";
      expected += name;
    }
    fail(m_file, record.line, "expected header '" + expected + "'");
  }

  std::string_view m_file;
  std::string_view m_text;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
};

bool isUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// Codes are compared byte for byte, so the data must hold them in canonical
// form: uppercase letters (agency codes may also use '_').
bool isCodeWord(std::string_view s, bool allowUnderscore) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [allowUnderscore](char c) { return isUpper(c) || (allowUnderscore && c == '_'); });
}

// YYYY-MM-DD with a plausible month and day; calendar checks are not worth it here.
bool isIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return false;
  }
  for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (!isDigit(s[i])) {
      return false;
    }
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool parseBool(std::string_view file, const CsvRecord& row, std::string_view value) {
  if (value == "true") {
    return true;
  }
  if (value == "false") {
    return false;
  }
  fail(file, row.line, "expected 'true' or 'false', found '" + std::string(value) + "'");
}

void requireText(std::string_view file, const CsvRecord& row, std::string_view value, std::string_view column) {
  if (trim(value).empty()) {
    fail(file, row.line, "empty " + std::string(column));
  }
}

void requireUnique(std::unordered_set<std::string>& seen, std::string_view file, const CsvRecord& row,
                   const std::string& key) {
  if (!seen.insert(key).second) {
    fail(file, row.line, "duplicate code '" + key + "'");
  }
}

// Positions of `items` sorted by their code, for binary search.
template <typename T, typename Key>
std::vector<std::size_t> sortedIndex(const std::vector<T>& items, Key key) {
  std::vector<std::size_t> index(items.size());
  for (std::size_t i = 0; i < index.size(); ++i) {
    index[i] = i;
  }
  std::sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) { return key(items[a]) < key(items[b]); });
  return index;
}

template <typename T, typename Key>
const T* findIndexed(const std::vector<T>& items, const std::vector<std::size_t>& index, std::string_view wanted,
                     Key key) {
  const auto it = std::lower_bound(index.begin(), index.end(), wanted, [&](std::size_t i, std::string_view value) {
    return std::string_view(key(items[i])) < value;
  });
  if (it == index.end() || key(items[*it]) != wanted) {
    return nullptr;
  }
  return &items[*it];
}

const std::string& codeOf(const SpecificNeedCode& c) {
  return c.code();
}
const std::string& codeOfAgency(const Agency& a) {
  return a.code();
}
const std::string& codeOfOffice(const Office& o) {
  return o.code();
}

// The specific-needs table as it is built; rows are checked as they are added.
struct SpecificNeedsTable {
  std::vector<SpecificNeedCategory> categories;
  std::vector<std::size_t> categoryLines;  // parallel to categories, for errors
  std::vector<SpecificNeedCode> codes;
  std::unordered_set<std::string> seenCategories;
  std::unordered_set<std::string> usedCategories;
  std::unordered_set<std::string> seenCodes;
};

void addCategoryRow(SpecificNeedsTable& table, CsvRecord& row) {
  auto& f = row.fields;
  const std::string& category = f[1];
  if (!isCodeWord(category, false)) {
    fail(kSpecificNeedsFile, row.line, "category must be uppercase letters, found '" + category + "'");
  }
  if (!f[2].empty() || !f[5].empty() || !f[6].empty()) {
    fail(kSpecificNeedsFile, row.line, "a category row has no code, valid_from or deprecated");
  }
  requireUnique(table.seenCategories, kSpecificNeedsFile, row, category);
  table.categoryLines.push_back(row.line);
  SpecificNeedCategory& out = table.categories.emplace_back();
  out.set_code(category);
  out.set_label_en(std::move(f[3]));
  out.set_label_es(std::move(f[4]));
}

void addCodeRow(SpecificNeedsTable& table, CsvRecord& row) {
  auto& f = row.fields;
  const std::string& category = f[1];
  const std::string& code = f[2];
  // Categories come first, so a typo in a code's category is caught here.
  if (!table.seenCategories.contains(category)) {
    fail(kSpecificNeedsFile, row.line, "unknown category '" + category + "'");
  }
  const std::string prefix = category + "-";
  if (!code.starts_with(prefix) || !isCodeWord(std::string_view(code).substr(prefix.size()), false)) {
    fail(kSpecificNeedsFile, row.line, "code '" + code + "' does not have the form " + prefix + "XX");
  }
  const bool deprecated = parseBool(kSpecificNeedsFile, row, f[6]);
  // Current codes need a date; legacy v3 codes may have none.
  if ((!deprecated || !f[5].empty()) && !isIsoDate(f[5])) {
    fail(kSpecificNeedsFile, row.line, "valid_from must be YYYY-MM-DD, found '" + f[5] + "'");
  }
  requireUnique(table.seenCodes, kSpecificNeedsFile, row, code);
  table.usedCategories.insert(category);
  SpecificNeedCode& out = table.codes.emplace_back();
  out.set_code(code);
  out.set_category(category);
  out.set_label_en(std::move(f[3]));
  out.set_label_es(std::move(f[4]));
  out.set_valid_from(std::move(f[5]));
  out.set_deprecated(deprecated);
}

SpecificNeedsTable readSpecificNeeds(std::string_view text, std::string& version) {
  CsvFile csv = CsvReader(kSpecificNeedsFile, text)
                    .read({"kind", "category", "code", "label_en", "label_es", "valid_from", "deprecated"});
  version = std::move(csv.version);
  SpecificNeedsTable table;
  for (auto& row : csv.rows) {
    requireText(kSpecificNeedsFile, row, row.fields[3], "label_en");
    requireText(kSpecificNeedsFile, row, row.fields[4], "label_es");
    const std::string& kind = row.fields[0];
    if (kind == "category") {
      addCategoryRow(table, row);
    } else if (kind == "code") {
      addCodeRow(table, row);
    } else {
      fail(kSpecificNeedsFile, row.line, "kind must be 'category' or 'code', found '" + kind + "'");
    }
  }
  for (std::size_t i = 0; i < table.categories.size(); ++i) {
    const std::string& category = table.categories[i].code();
    if (!table.usedCategories.contains(category)) {
      fail(kSpecificNeedsFile, table.categoryLines[i], "category '" + category + "' has no codes");
    }
  }
  return table;
}

Country countryRow(CsvRecord& row, std::unordered_set<std::string>& seen) {
  auto& f = row.fields;
  if (f[0].size() != 3 || !isCodeWord(f[0], false)) {
    fail(kCountriesFile, row.line, "alpha3 must be three uppercase letters, found '" + f[0] + "'");
  }
  requireText(kCountriesFile, row, f[1], "name_en");
  requireText(kCountriesFile, row, f[2], "name_es");
  requireUnique(seen, kCountriesFile, row, f[0]);
  Country out;
  out.set_alpha3(std::move(f[0]));
  out.set_name_en(std::move(f[1]));
  out.set_name_es(std::move(f[2]));
  return out;
}

Agency agencyRow(CsvRecord& row, std::unordered_set<std::string>& seen) {
  auto& f = row.fields;
  if (!isCodeWord(f[0], true)) {
    fail(kAgenciesFile, row.line, "code must be uppercase letters or '_', found '" + f[0] + "'");
  }
  requireText(kAgenciesFile, row, f[1], "name_en");
  requireText(kAgenciesFile, row, f[2], "name_es");
  const bool signoff = parseBool(kAgenciesFile, row, f[3]);
  requireUnique(seen, kAgenciesFile, row, f[0]);
  Agency out;
  out.set_code(std::move(f[0]));
  out.set_name_en(std::move(f[1]));
  out.set_name_es(std::move(f[2]));
  out.set_requires_supervisor_signoff(signoff);
  return out;
}

Office officeRow(CsvRecord& row, std::unordered_set<std::string>& seen) {
  auto& f = row.fields;
  if (!isCodeWord(f[0], false)) {
    fail(kOfficesFile, row.line, "code must be uppercase letters, found '" + f[0] + "'");
  }
  requireText(kOfficesFile, row, f[1], "name");
  requireText(kOfficesFile, row, f[2], "adm1");
  requireUnique(seen, kOfficesFile, row, f[0]);
  Office out;
  out.set_code(std::move(f[0]));
  out.set_name(std::move(f[1]));
  out.set_adm1(std::move(f[2]));
  return out;
}

// Reads a simple table whose rows each become one message via `makeRow`.
template <typename T, typename MakeRow>
std::vector<T> readTable(std::string_view file, std::string_view text, std::initializer_list<std::string_view> header,
                         std::string& version, MakeRow makeRow) {
  CsvFile csv = CsvReader(file, text).read(header);
  version = std::move(csv.version);
  std::unordered_set<std::string> seen;
  std::vector<T> out;
  out.reserve(csv.rows.size());
  for (auto& row : csv.rows) {
    out.push_back(makeRow(row, seen));
  }
  return out;
}

}  // namespace

const ReferenceData& ReferenceData::builtin() {
  // Parsed on first use; a magic static makes it thread-safe.
  static const ReferenceData kBuiltin = parse(embedded::specific_needs_csv(), embedded::countries_csv(),
                                              embedded::agencies_csv(), embedded::offices_csv());
  return kBuiltin;
}

std::string_view ReferenceData::specificNeedsVersion() const {
  return m_specificNeedsVersion;
}
std::string_view ReferenceData::countriesVersion() const {
  return m_countriesVersion;
}
std::string_view ReferenceData::agenciesVersion() const {
  return m_agenciesVersion;
}
std::string_view ReferenceData::officesVersion() const {
  return m_officesVersion;
}

const std::vector<SpecificNeedCategory>& ReferenceData::specificNeedCategories() const {
  return m_categories;
}

std::vector<const SpecificNeedCode*> ReferenceData::currentSpecificNeedCodes() const {
  std::vector<const SpecificNeedCode*> current;
  current.reserve(m_codes.size());
  for (const auto& code : m_codes) {
    if (!code.deprecated()) {
      current.push_back(&code);
    }
  }
  return current;
}

CodeStatus ReferenceData::specificNeedStatus(std::string_view code) const {
  const SpecificNeedCode* found = findSpecificNeed(code);
  if (found == nullptr) {
    return CodeStatus::Unknown;
  }
  return found->deprecated() ? CodeStatus::Legacy : CodeStatus::Current;
}

const SpecificNeedCode* ReferenceData::findSpecificNeed(std::string_view code) const {
  return findIndexed(m_codes, m_codesByCode, code, codeOf);
}

const std::vector<Country>& ReferenceData::countries() const {
  return m_countries;
}

const Country* ReferenceData::findCountry(std::string_view alpha3) const {
  const auto it =
      std::lower_bound(m_countries.begin(), m_countries.end(), alpha3,
                       [](const Country& c, std::string_view value) { return std::string_view(c.alpha3()) < value; });
  if (it == m_countries.end() || it->alpha3() != alpha3) {
    return nullptr;
  }
  return &*it;
}

const std::vector<Agency>& ReferenceData::agencies() const {
  return m_agencies;
}

const Agency* ReferenceData::findAgency(std::string_view code) const {
  return findIndexed(m_agencies, m_agenciesByCode, code, codeOfAgency);
}

const std::vector<Office>& ReferenceData::offices() const {
  return m_offices;
}

const Office* ReferenceData::findOffice(std::string_view code) const {
  return findIndexed(m_offices, m_officesByCode, code, codeOfOffice);
}

amparo::reference::v1::ReferenceData ReferenceData::toMessage() const {
  amparo::reference::v1::ReferenceData message;
  const std::pair<std::string_view, const std::string*> versions[] = {
      {"specific_needs", &m_specificNeedsVersion},
      {"countries", &m_countriesVersion},
      {"agencies", &m_agenciesVersion},
      {"offices", &m_officesVersion},
  };
  for (const auto& [name, version] : versions) {
    auto* entry = message.add_versions();
    entry->set_name(std::string(name));
    entry->set_version(*version);
  }
  message.mutable_specific_need_categories()->Add(m_categories.begin(), m_categories.end());
  message.mutable_specific_need_codes()->Add(m_codes.begin(), m_codes.end());
  message.mutable_countries()->Add(m_countries.begin(), m_countries.end());
  message.mutable_agencies()->Add(m_agencies.begin(), m_agencies.end());
  message.mutable_offices()->Add(m_offices.begin(), m_offices.end());
  return message;
}

ReferenceData ReferenceData::fromMessage(const amparo::reference::v1::ReferenceData& message) {
  ReferenceData data;
  for (const auto& version : message.versions()) {
    if (version.name() == "specific_needs") data.m_specificNeedsVersion = version.version();
    else if (version.name() == "countries") data.m_countriesVersion = version.version();
    else if (version.name() == "agencies") data.m_agenciesVersion = version.version();
    else if (version.name() == "offices") data.m_officesVersion = version.version();
  }
  data.m_categories.assign(message.specific_need_categories().begin(), message.specific_need_categories().end());
  data.m_codes.assign(message.specific_need_codes().begin(), message.specific_need_codes().end());
  data.m_codesByCode = sortedIndex(data.m_codes, codeOf);
  data.m_countries.assign(message.countries().begin(), message.countries().end());
  std::sort(data.m_countries.begin(), data.m_countries.end(),
            [](const Country& a, const Country& b) { return a.alpha3() < b.alpha3(); });
  data.m_agencies.assign(message.agencies().begin(), message.agencies().end());
  data.m_agenciesByCode = sortedIndex(data.m_agencies, codeOfAgency);
  data.m_offices.assign(message.offices().begin(), message.offices().end());
  data.m_officesByCode = sortedIndex(data.m_offices, codeOfOffice);
  return data;
}

std::string ReferenceData::versionToken() const {
  return "specific_needs=" + m_specificNeedsVersion + ",countries=" + m_countriesVersion +
         ",agencies=" + m_agenciesVersion + ",offices=" + m_officesVersion;
}

ReferenceData ReferenceData::parse(std::string_view specificNeedsCsv, std::string_view countriesCsv,
                                   std::string_view agenciesCsv, std::string_view officesCsv) {
  ReferenceData data;

  SpecificNeedsTable needs = readSpecificNeeds(specificNeedsCsv, data.m_specificNeedsVersion);
  data.m_categories = std::move(needs.categories);
  data.m_codes = std::move(needs.codes);
  data.m_codesByCode = sortedIndex(data.m_codes, codeOf);

  data.m_countries = readTable<Country>(kCountriesFile, countriesCsv, {"alpha3", "name_en", "name_es"},
                                        data.m_countriesVersion, countryRow);
  std::sort(data.m_countries.begin(), data.m_countries.end(),
            [](const Country& a, const Country& b) { return a.alpha3() < b.alpha3(); });

  data.m_agencies =
      readTable<Agency>(kAgenciesFile, agenciesCsv, {"code", "name_en", "name_es", "requires_supervisor_signoff"},
                        data.m_agenciesVersion, agencyRow);
  data.m_agenciesByCode = sortedIndex(data.m_agencies, codeOfAgency);

  data.m_offices =
      readTable<Office>(kOfficesFile, officesCsv, {"code", "name", "adm1"}, data.m_officesVersion, officeRow);
  data.m_officesByCode = sortedIndex(data.m_offices, codeOfOffice);

  return data;
}

}  // namespace amparo::domain
