#pragma once
// Reference data compiled into the library: UNHCR specific-needs codes,
// ISO 3166 countries with Spanish names, referral agencies and offices.
// Versioned data files live in shared/data/; these are read-only lookups.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "amparo/reference/v1/reference.pb.h"

namespace amparo::domain {

using SpecificNeedCode = amparo::reference::v1::SpecificNeedCode;
using SpecificNeedCategory = amparo::reference::v1::SpecificNeedCategory;
using Country = amparo::reference::v1::Country;
using Agency = amparo::reference::v1::Agency;
using Office = amparo::reference::v1::Office;

// Whether a specific-needs code may be used in new data.
enum class CodeStatus {
  Current,  // in the current (v4) table
  Legacy,   // an older v3 code: accepted on import, flagged, never offered
  Unknown,
};

class ReferenceData {
public:
  // The tables compiled into the library (parsed once, thread-safe).
  static const ReferenceData& builtin();

  // Each table's `# version:` line, e.g. "v4-2024.1".
  std::string_view specificNeedsVersion() const;
  std::string_view countriesVersion() const;
  std::string_view agenciesVersion() const;
  std::string_view officesVersion() const;

  // Every category in table order, including the v3-only PG whose codes are
  // all legacy (so imported v3 codes still resolve to a category).
  const std::vector<SpecificNeedCategory>& specificNeedCategories() const;
  // Current codes only, in table order (what a picker offers).
  std::vector<const SpecificNeedCode*> currentSpecificNeedCodes() const;
  CodeStatus specificNeedStatus(std::string_view code) const;
  const SpecificNeedCode* findSpecificNeed(std::string_view code) const;

  // Sorted by alpha3. Lookups are exact: "mex" is not found.
  const std::vector<Country>& countries() const;
  const Country* findCountry(std::string_view alpha3) const;

  // Agencies and offices in file order (the order pickers show).
  const std::vector<Agency>& agencies() const;
  const Agency* findAgency(std::string_view code) const;

  const std::vector<Office>& offices() const;
  const Office* findOffice(std::string_view code) const;

  // The whole snapshot as the wire message the server sends to devices.
  amparo::reference::v1::ReferenceData toMessage() const;
  // The tables a device received (toMessage's inverse). Unknown vocabulary
  // names are ignored; a missing version stays empty.
  static ReferenceData fromMessage(const amparo::reference::v1::ReferenceData& message);
  // What a device names when it pulls (`reference=`): "name=version" pairs
  // in toMessage's order, comma-separated.
  std::string versionToken() const;

  // Parses the CSV tables; exposed for tests. Throws std::runtime_error with
  // file and line on malformed data (it is our own data, compiled in).
  static ReferenceData parse(std::string_view specificNeedsCsv, std::string_view countriesCsv,
                             std::string_view agenciesCsv, std::string_view officesCsv);

private:
  std::string m_specificNeedsVersion;
  std::string m_countriesVersion;
  std::string m_agenciesVersion;
  std::string m_officesVersion;
  std::vector<SpecificNeedCategory> m_categories;
  std::vector<SpecificNeedCode> m_codes;  // current and legacy, table order
  std::vector<Country> m_countries;       // sorted by alpha3
  std::vector<Agency> m_agencies;
  std::vector<Office> m_offices;
  // Positions into the vectors above, sorted by code, for binary search while
  // the vectors keep table order. Indices rather than pointers, so copies stay valid.
  std::vector<std::size_t> m_codesByCode;
  std::vector<std::size_t> m_agenciesByCode;
  std::vector<std::size_t> m_officesByCode;
};

}  // namespace amparo::domain
