#include "amparo/domain/reference_data.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::domain {
namespace {

// DOMAIN.md section 2, transcribed by hand so the test checks the data file
// against the spec rather than against itself.
const std::vector<std::string> kCurrentCodes = {
    // CR child at risk
    "CR-CP",
    "CR-CS",
    "CR-CC",
    "CR-TP",
    "CR-LW",
    "CR-LO",
    "CR-NE",
    "CR-SE",
    "CR-AF",
    "CR-CL",
    // SC unaccompanied or separated child
    "SC-SC",
    "SC-UC",
    "SC-CH",
    "SC-IC",
    "SC-FC",
    // WR woman at risk
    "WR-WR",
    "WR-SF",
    "WR-LC",
    // ER older person at risk
    "ER-NF",
    "ER-MC",
    "ER-FR",
    // SP single parent or caregiver
    "SP-PT",
    "SP-GP",
    "SP-CG",
    // DS disability (2009)
    "DS-BD",
    "DS-DF",
    "DS-PM",
    "DS-PS",
    "DS-MM",
    "DS-MS",
    "DS-SD",
    // DS disability (functional, v4)
    "DS-LBM",
    "DS-UBM",
    "DS-V",
    "DS-H",
    "DS-C",
    "DS-EB",
    "DS-RC",
    "DS-SC",
    // SM serious medical condition
    "SM-MI",
    "SM-MN",
    "SM-DP",
    "SM-CI",
    "SM-CC",
    "SM-OT",
    "SM-AD",
    // FU family unity
    "FU-TR",
    "FU-FR",
    // LP legal and physical protection
    "LP-ND",
    "LP-BN",
    "LP-NA",
    "LP-MM",
    "LP-MD",
    "LP-RR",
    "LP-RD",
    "LP-DA",
    "LP-DO",
    "LP-DT",
    "LP-IH",
    "LP-WP",
    "LP-AN",
    "LP-RP",
    "LP-MS",
    "LP-LS",
    "LP-AP",
    "LP-CR",
    "LP-ST",
    "LP-AF",
    // TR torture
    "TR-PI",
    "TR-HO",
    "TR-WV",
    // SV SGBV
    "SV-VA",
    "SV-VF",
    "SV-VO",
    "SV-GM",
    "SV-HP",
    "SV-HK",
    "SV-FM",
    "SV-SS",
};

const std::vector<std::string> kLegacyCodes = {
    "SC-UM", "SC-UF", "SC-NC", "PG-HR", "PG-LC", "WR-GM", "WR-HR", "WR-PY", "WR-UW", "WR-WF",
    "ER-OC", "ER-SC", "ER-UR", "LP-DN", "LP-DP", "LP-ES", "LP-FR", "LP-PV", "LP-TA", "LP-TC",
    "LP-TD", "LP-TO", "LP-TR", "LP-UP", "LP-VA", "LP-VF", "LP-VO", "LP-VP",
};

const std::set<std::string> kCurrentCategories = {"CR", "SC", "WR", "ER", "SP", "DS", "SM", "FU", "LP", "TR", "SV"};

const ReferenceData& data() {
  return ReferenceData::builtin();
}

// Small, valid tables for the parser tests; each test breaks one thing.
constexpr std::string_view kNeeds =
    "# version: test-1\n"
    "kind,category,code,label_en,label_es,valid_from,deprecated\n"
    "category,LP,,Legal and physical protection,Protección legal y física,,\n"
    "code,LP,LP-AN,\"Violence, abuse or neglect\",\"Violencia, abuso o negligencia\",2009-01-01,false\n"
    "code,LP,LP-VA,Violence (v3),Violencia (v3),,true\n";
constexpr std::string_view kCountries =
    "# version: test-2\nalpha3,name_en,name_es\nMEX,Mexico,México\nGTM,Guatemala,Guatemala\n";
constexpr std::string_view kAgencies =
    "# version: test-3\ncode,name_en,name_es,requires_supervisor_signoff\nINM,INM,INM,true\n";
constexpr std::string_view kOffices = "# version: test-4\ncode,name,adm1\nTAP,Tapachula,Chiapas\n";

// Runs parse() and returns the exception message, or "" when it succeeded.
std::string parseError(std::string_view needs, std::string_view countries = kCountries,
                       std::string_view agencies = kAgencies, std::string_view offices = kOffices) {
  try {
    (void)ReferenceData::parse(needs, countries, agencies, offices);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return {};
}

TEST(ReferenceDataTest, EveryDomainCodeIsCurrent) {
  for (const auto& code : kCurrentCodes) {
    EXPECT_EQ(data().specificNeedStatus(code), CodeStatus::Current) << code;
  }
  std::set<std::string> offered;
  for (const auto* code : data().currentSpecificNeedCodes()) {
    offered.insert(code->code());
  }
  EXPECT_EQ(offered, std::set<std::string>(kCurrentCodes.begin(), kCurrentCodes.end()));
  EXPECT_EQ(data().currentSpecificNeedCodes().size(), kCurrentCodes.size());
}

TEST(ReferenceDataTest, CurrentCodesKeepTableOrder) {
  const auto current = data().currentSpecificNeedCodes();
  ASSERT_EQ(current.size(), kCurrentCodes.size());
  for (std::size_t i = 0; i < current.size(); ++i) {
    EXPECT_EQ(current[i]->code(), kCurrentCodes[i]) << i;
  }
}

TEST(ReferenceDataTest, V3CodesAreLegacyAndNeverOffered) {
  const auto current = data().currentSpecificNeedCodes();
  for (const auto& code : kLegacyCodes) {
    EXPECT_EQ(data().specificNeedStatus(code), CodeStatus::Legacy) << code;
    const SpecificNeedCode* found = data().findSpecificNeed(code);
    ASSERT_NE(found, nullptr) << code;
    EXPECT_TRUE(found->deprecated()) << code;
    EXPECT_TRUE(std::none_of(current.begin(), current.end(), [&](const SpecificNeedCode* c) {
      return c->code() == code;
    })) << code;
  }
}

TEST(ReferenceDataTest, UnknownCodesAreUnknown) {
  for (const std::string_view code : {"", "XX-YY", "sc-uc", "Sc-Uc", "SC-UC ", " SC-UC", "SC", "SC-", "DS-X", "PG"}) {
    EXPECT_EQ(data().specificNeedStatus(code), CodeStatus::Unknown) << '"' << code << '"';
    EXPECT_EQ(data().findSpecificNeed(code), nullptr) << '"' << code << '"';
  }
}

TEST(ReferenceDataTest, TwelveCategoriesWithPgOnlyForLegacyCodes) {
  std::set<std::string> categories;
  for (const auto& category : data().specificNeedCategories()) {
    categories.insert(category.code());
  }
  EXPECT_EQ(data().specificNeedCategories().size(), 12U);
  auto expected = kCurrentCategories;
  expected.insert("PG");
  EXPECT_EQ(categories, expected);

  // PG exists so imported v3 codes resolve, but nothing current belongs to it.
  std::set<std::string> offeredCategories;
  for (const auto* code : data().currentSpecificNeedCodes()) {
    offeredCategories.insert(code->category());
  }
  EXPECT_EQ(offeredCategories, kCurrentCategories);
  EXPECT_EQ(data().findSpecificNeed("PG-HR")->category(), "PG");
}

TEST(ReferenceDataTest, EveryCodeSitsInItsCategory) {
  const auto msg = data().toMessage();
  for (const auto& code : msg.specific_need_codes()) {
    EXPECT_TRUE(code.code().starts_with(code.category() + "-")) << code.code();
    if (!code.deprecated()) {
      EXPECT_EQ(code.valid_from().size(), 10U) << code.code();
    }
  }
  EXPECT_EQ(msg.specific_need_codes_size(), static_cast<int>(kCurrentCodes.size() + kLegacyCodes.size()));
}

TEST(ReferenceDataTest, LabelsAreBilingual) {
  for (const auto& category : data().specificNeedCategories()) {
    EXPECT_FALSE(category.label_en().empty()) << category.code();
    EXPECT_FALSE(category.label_es().empty()) << category.code();
  }
  const auto msg = data().toMessage();  // kept alive: the loop borrows from it
  for (const auto& code : msg.specific_need_codes()) {
    EXPECT_FALSE(code.label_en().empty()) << code.code();
    EXPECT_FALSE(code.label_es().empty()) << code.code();
  }
  for (const std::string_view code : {"SC-UC", "CR-TP", "WR-WR", "LP-RR", "SV-SS", "DS-H", "PG-HR"}) {
    const SpecificNeedCode* found = data().findSpecificNeed(code);
    ASSERT_NE(found, nullptr) << code;
    EXPECT_NE(found->label_en(), found->label_es()) << code;
  }
  EXPECT_EQ(data().findSpecificNeed("SC-UC")->label_es(), "Niño, niña o adolescente no acompañado");
  // Labels with commas survive CSV quoting.
  EXPECT_EQ(data().findSpecificNeed("LP-AN")->label_en(), "Violence, abuse or neglect");
  EXPECT_EQ(data().findSpecificNeed("LP-AN")->label_es(), "Violencia, abuso o negligencia");
}

TEST(ReferenceDataTest, VersionsComeFromTheFiles) {
  EXPECT_EQ(data().specificNeedsVersion(), "v4-2024.1");
  EXPECT_TRUE(data().countriesVersion().starts_with("iso-codes-")) << data().countriesVersion();
  EXPECT_FALSE(data().agenciesVersion().empty());
  EXPECT_FALSE(data().officesVersion().empty());
}

TEST(ReferenceDataTest, CountriesHaveSpanishNames) {
  const auto expectCountry = [](std::string_view alpha3, std::string_view es) {
    const Country* c = data().findCountry(alpha3);
    ASSERT_NE(c, nullptr) << alpha3;
    EXPECT_EQ(c->name_es(), es) << alpha3;
  };
  expectCountry("MEX", "México");
  expectCountry("HND", "Honduras");
  expectCountry("HTI", "Haití");
  expectCountry("GTM", "Guatemala");
  expectCountry("CUB", "Cuba");
  expectCountry("SLV", "El Salvador");
  ASSERT_NE(data().findCountry("VEN"), nullptr);
  EXPECT_TRUE(data().findCountry("VEN")->name_es().starts_with("Venezuela"));
  EXPECT_EQ(data().findCountry("MEX")->name_en(), "Mexico");

  EXPECT_EQ(data().countries().size(), 249U);
  EXPECT_TRUE(std::is_sorted(data().countries().begin(), data().countries().end(),
                             [](const Country& a, const Country& b) { return a.alpha3() < b.alpha3(); }));
}

TEST(ReferenceDataTest, CountryLookupIsExact) {
  for (const std::string_view code : {"mex", "Mex", "MX", "MEXX", "", "XXA", "ZZZ", "AAA"}) {
    EXPECT_EQ(data().findCountry(code), nullptr) << '"' << code << '"';
  }
  // The ends of the sorted table are found too.
  EXPECT_NE(data().findCountry(data().countries().front().alpha3()), nullptr);
  EXPECT_NE(data().findCountry(data().countries().back().alpha3()), nullptr);
}

TEST(ReferenceDataTest, OnlyComarAndInmNeedSupervisorSignoff) {
  const std::set<std::string> expected = {
      "COMAR",           "INM",    "CNDH",     "CEDH",      "PFPNNA", "DIF", "PARTNER_LEGAL", "PARTNER_PSYCHOSOCIAL",
      "PARTNER_SHELTER", "HEALTH", "FISCALIA", "CONSULATE", "OTHER"};
  std::set<std::string> codes;
  std::set<std::string> signoff;
  for (const auto& agency : data().agencies()) {
    codes.insert(agency.code());
    EXPECT_FALSE(agency.name_es().empty()) << agency.code();
    if (agency.requires_supervisor_signoff()) {
      signoff.insert(agency.code());
    }
  }
  EXPECT_EQ(codes, expected);
  EXPECT_EQ(signoff, (std::set<std::string>{"COMAR", "INM"}));

  ASSERT_NE(data().findAgency("COMAR"), nullptr);
  EXPECT_TRUE(data().findAgency("COMAR")->requires_supervisor_signoff());
  ASSERT_NE(data().findAgency("INM"), nullptr);
  EXPECT_TRUE(data().findAgency("INM")->requires_supervisor_signoff());
  ASSERT_NE(data().findAgency("CNDH"), nullptr);
  EXPECT_FALSE(data().findAgency("CNDH")->requires_supervisor_signoff());
  EXPECT_EQ(data().findAgency("inm"), nullptr);
  EXPECT_EQ(data().findAgency("UNHCR"), nullptr);
}

TEST(ReferenceDataTest, OfficesAreTheFive) {
  ASSERT_EQ(data().offices().size(), 5U);
  const std::vector<std::pair<std::string_view, std::string_view>> expected = {
      {"TAP", "Chiapas"}, {"TEN", "Tabasco"}, {"ACA", "Veracruz"}, {"SAL", "Coahuila"}, {"CDMX", "Ciudad de México"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(data().offices()[i].code(), expected[i].first);
    const Office* office = data().findOffice(expected[i].first);
    ASSERT_NE(office, nullptr) << expected[i].first;
    EXPECT_EQ(office->adm1(), expected[i].second);
  }
  EXPECT_EQ(data().findOffice("CDMX")->name(), "Ciudad de México");
  EXPECT_EQ(data().findOffice("tap"), nullptr);
  EXPECT_EQ(data().findOffice("MTY"), nullptr);
}

TEST(ReferenceDataTest, BuiltinIsParsedOnce) {
  EXPECT_EQ(&ReferenceData::builtin(), &data());
}

TEST(ReferenceDataTest, CopiesLookUpTheirOwnRows) {
  const ReferenceData copy = data();  // NOLINT(performance-unnecessary-copy-initialization): the copy is under test
  const SpecificNeedCode* found = copy.findSpecificNeed("SC-UC");
  ASSERT_NE(found, nullptr);
  EXPECT_NE(found, data().findSpecificNeed("SC-UC"));
  EXPECT_EQ(found->code(), "SC-UC");
  EXPECT_EQ(copy.findAgency("INM")->code(), "INM");
}

TEST(ReferenceDataTest, ParseHandlesQuotingCrlfAndComments) {
  const std::string needs =
      "\xEF\xBB\xBF# Comment lines are ignored.\r\n"
      "# version:   quoted-1  \r\n"
      "kind,category,code,label_en,label_es,valid_from,deprecated\r\n"
      "\r\n"
      "category,LP,,\"Legal, \"\"physical\"\"\",Protección,,\r\n"
      "# between rows too\r\n"
      "code,LP,LP-AN,\"Two\r\nlines\",\"\",2009-01-01,false\r\n";
  // An empty quoted label is still empty: a data error.
  EXPECT_NE(parseError(needs).find("empty label_es"), std::string::npos);

  std::string fixed = needs;
  fixed.replace(fixed.find(",\"\",2009"), 3, ",\"Dos\"");
  const ReferenceData parsed = ReferenceData::parse(fixed, kCountries, kAgencies, kOffices);
  EXPECT_EQ(parsed.specificNeedsVersion(), "quoted-1");
  ASSERT_EQ(parsed.specificNeedCategories().size(), 1U);
  EXPECT_EQ(parsed.specificNeedCategories()[0].label_en(), "Legal, \"physical\"");
  const SpecificNeedCode* code = parsed.findSpecificNeed("LP-AN");
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(code->label_en(), "Two\nlines");
  EXPECT_EQ(code->label_es(), "Dos");
  EXPECT_EQ(parsed.specificNeedStatus("LP-AN"), CodeStatus::Current);
}

TEST(ReferenceDataTest, ParseSmallTables) {
  const ReferenceData parsed = ReferenceData::parse(kNeeds, kCountries, kAgencies, kOffices);
  EXPECT_EQ(parsed.specificNeedStatus("LP-AN"), CodeStatus::Current);
  EXPECT_EQ(parsed.specificNeedStatus("LP-VA"), CodeStatus::Legacy);
  EXPECT_EQ(parsed.findSpecificNeed("LP-VA")->valid_from(), "");
  // Countries are sorted on load whatever the file order.
  ASSERT_EQ(parsed.countries().size(), 2U);
  EXPECT_EQ(parsed.countries()[0].alpha3(), "GTM");
  EXPECT_EQ(parsed.findCountry("MEX")->name_es(), "México");
}

TEST(ReferenceDataTest, ParseThrowsOnMalformedRowNamingFileAndLine) {
  const std::string needs = std::string(kNeeds) + "code,LP,LP-XX,Too few fields\n";
  EXPECT_EQ(parseError(needs), "reference data specific_needs.csv:6: expected 7 fields, found 4");
  EXPECT_THROW((void)ReferenceData::parse(needs, kCountries, kAgencies, kOffices), std::runtime_error);
}

TEST(ReferenceDataTest, ParseThrowsOnUnterminatedQuote) {
  const std::string needs = std::string(kNeeds) + "code,LP,LP-XX,\"Never closed,x,,false\n";
  const std::string error = parseError(needs);
  EXPECT_NE(error.find("specific_needs.csv:6"), std::string::npos) << error;
  EXPECT_NE(error.find("unterminated quoted field"), std::string::npos) << error;

  const std::string countries = std::string(kCountries) + "HND,\"Honduras,Honduras\n";
  EXPECT_NE(parseError(kNeeds, countries).find("countries.csv:5: unterminated"), std::string::npos);
}

TEST(ReferenceDataTest, ParseRejectsBadData) {
  struct Case {
    std::string needs;
    std::string countries;
    std::string agencies;
    std::string offices;
    std::string_view expected;
  };
  const std::string needs(kNeeds);
  const std::string countries(kCountries);
  const std::string agencies(kAgencies);
  const std::string offices(kOffices);
  const std::string noVersion = needs.substr(needs.find('\n') + 1);
  const std::vector<Case> cases = {
      {noVersion, countries, agencies, offices, "specific_needs.csv:1: missing '# version:'"},
      {"# version: a\n# version: b\n" + noVersion, countries, agencies, offices,
       "specific_needs.csv:2: second '# version:'"},
      {"# version: a\nkind,category,code\n", countries, agencies, offices, "specific_needs.csv:2: expected header"},
      {needs + "code,XX,XX-AB,a,b,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: unknown category 'XX'"},
      {needs + "code,LP,SV-AB,a,b,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: code 'SV-AB' does not have the form LP-XX"},
      {needs + "code,LP,LP-ab,a,b,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: code 'LP-ab'"},
      {needs + "code,LP,LP-AN,a,b,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: duplicate code 'LP-AN'"},
      {needs + "code,LP,LP-AB,a,b,2009-01-01,yes\n", countries, agencies, offices,
       "specific_needs.csv:6: expected 'true' or 'false'"},
      {needs + "code,LP,LP-AB,a,b,,false\n", countries, agencies, offices, "specific_needs.csv:6: valid_from"},
      {needs + "code,LP,LP-AB,a,b,2009-13-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: valid_from"},
      {needs + "code,LP,LP-AB,a,,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: empty label_es"},
      {needs + "thing,LP,LP-AB,a,b,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: kind must be"},
      {needs + "code,LP,LP-AB,a \"b\",b,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: quote inside an unquoted field"},
      {needs + "code,LP,LP-AB,\"a\"b,b,2009-01-01,false\n", countries, agencies, offices,
       "specific_needs.csv:6: unexpected character after a closing quote"},
      {needs + "category,SV,,SGBV,VSG,,\n", countries, agencies, offices,
       "specific_needs.csv:6: category 'SV' has no codes"},
      {needs, countries + "mex,Mexico,México\n", agencies, offices,
       "countries.csv:5: alpha3 must be three uppercase letters"},
      {needs, countries + "MEX,Mexico,México\n", agencies, offices, "countries.csv:5: duplicate code 'MEX'"},
      {needs, countries, agencies + "COMAR,COMAR,COMAR,maybe\n", offices, "agencies.csv:4: expected 'true' or 'false'"},
      {needs, countries, agencies + "Bad-Code,a,b,false\n", offices, "agencies.csv:4: code must be"},
      {needs, countries, agencies, offices + "TEN,,Tabasco\n", "offices.csv:4: empty name"},
      {needs, countries, agencies, "code,name,adm1\nTAP,Tapachula,Chiapas\n", "offices.csv:1: missing '# version:'"},
  };
  for (const auto& c : cases) {
    const std::string error = parseError(c.needs, c.countries, c.agencies, c.offices);
    EXPECT_NE(error.find(c.expected), std::string::npos) << "expected: " << c.expected << "\n     got: " << error;
  }
}

TEST(ReferenceDataTest, ToMessageRoundTripsCountsAndVersions) {
  const auto msg = data().toMessage();
  ASSERT_EQ(msg.versions_size(), 4);
  EXPECT_EQ(msg.versions(0).name(), "specific_needs");
  EXPECT_EQ(msg.versions(0).version(), data().specificNeedsVersion());
  EXPECT_EQ(msg.versions(1).name(), "countries");
  EXPECT_EQ(msg.versions(1).version(), data().countriesVersion());
  EXPECT_EQ(msg.versions(2).name(), "agencies");
  EXPECT_EQ(msg.versions(2).version(), data().agenciesVersion());
  EXPECT_EQ(msg.versions(3).name(), "offices");
  EXPECT_EQ(msg.versions(3).version(), data().officesVersion());

  // Through the wire and back.
  amparo::reference::v1::ReferenceData decoded;
  ASSERT_TRUE(decoded.ParseFromString(msg.SerializeAsString()));
  EXPECT_EQ(decoded.specific_need_categories_size(), 12);
  EXPECT_EQ(decoded.specific_need_codes_size(), static_cast<int>(kCurrentCodes.size() + kLegacyCodes.size()));
  EXPECT_EQ(decoded.countries_size(), static_cast<int>(data().countries().size()));
  EXPECT_EQ(decoded.agencies_size(), static_cast<int>(data().agencies().size()));
  EXPECT_EQ(decoded.offices_size(), 5);
  EXPECT_EQ(decoded.versions(0).version(), "v4-2024.1");
  for (const auto& code : decoded.specific_need_codes()) {
    const SpecificNeedCode* original = data().findSpecificNeed(code.code());
    ASSERT_NE(original, nullptr) << code.code();
    EXPECT_EQ(code.label_es(), original->label_es());
    EXPECT_EQ(code.deprecated(), original->deprecated());
  }
  const auto inm = std::find_if(decoded.agencies().begin(), decoded.agencies().end(),
                                [](const Agency& a) { return a.code() == "INM"; });
  ASSERT_NE(inm, decoded.agencies().end());
  EXPECT_TRUE(inm->requires_supervisor_signoff());

  const ReferenceData small = ReferenceData::parse(kNeeds, kCountries, kAgencies, kOffices);
  const auto smallMsg = small.toMessage();
  EXPECT_EQ(smallMsg.versions(1).version(), "test-2");
  EXPECT_EQ(smallMsg.versions(2).version(), "test-3");
  EXPECT_EQ(smallMsg.versions(3).version(), "test-4");
}

}  // namespace
}  // namespace amparo::domain
