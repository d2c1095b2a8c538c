// GET /v1/export over real TLS: exact columns and HXL row, per-export
// pseudonyms, no personal data in pseudonymised bytes, a real XLSX workbook,
// office scoping, identified exports for admins only, and the audit trail.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstring>
#include <map>
#include <regex>
#include <sstream>

#include "case_records.hpp"
#include "export/writers.hpp"
#include "server_fixture.hpp"
#include "test_records.hpp"

namespace amparo::server::testing {
namespace {

namespace v1 = amparo::sync::v1;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> lines(const std::string& csv) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < csv.size()) {
    const auto end = csv.find("\r\n", at);
    out.push_back(csv.substr(at, end - at));
    if (end == std::string::npos) break;
    at = end + 2;
  }
  return out;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, ',')) out.push_back(field);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

// The files of a zip archive (the XLSX container), inflated: read from the
// central directory, as any spreadsheet program does.
std::map<std::string, std::string> unzip(const std::string& zip) {
  auto u16 = [&](std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(zip[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(zip[at + 1])) << 8;
  };
  auto u32 = [&](std::size_t at) { return u16(at) | u16(at + 2) << 16; };
  std::map<std::string, std::string> files;
  const auto end = zip.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos) return files;
  const auto entries = u16(end + 10);
  std::size_t at = u32(end + 16);
  for (std::uint32_t i = 0; i < entries; ++i) {
    if (zip.compare(at, 4, std::string("PK\x01\x02", 4)) != 0) return {};
    const auto method = u16(at + 10);
    const auto compressed = u32(at + 20);
    const auto size = u32(at + 24);
    const auto nameLength = u16(at + 28);
    const auto skip = nameLength + u16(at + 30) + u16(at + 32);
    const std::string name = zip.substr(at + 46, nameLength);
    const auto local = u32(at + 42);
    const auto data = local + 30 + u16(local + 26) + u16(local + 28);
    std::string content(size, '\0');
    if (method == 0) {
      content = zip.substr(data, size);
    } else {
      z_stream stream{};
      inflateInit2(&stream, -MAX_WBITS);
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      stream.avail_in = compressed;
      stream.next_out = reinterpret_cast<Bytef*>(content.data());
      stream.avail_out = size;
      inflate(&stream, Z_FINISH);
      inflateEnd(&stream);
    }
    files[name] = content;
    at += 46 + skip;
  }
  return files;
}

class ExportTest : public ServerFixture {
protected:
  void SetUp() override {
    ServerFixture::SetUp();
    ASSERT_TRUE(auth::createAccount(app().accounts(), "root", "correct horse battery", storage::Role::Admin, {},
                                    auth::PasswordCost::minimal(), "test")
                    .ok());
    m_monitor = enroll("mon-a", "pw-a");
    m_coord = enroll("coord", "pw-c");
    m_visit = makeVisit("mon-a", "TAP");
    m_person = makePerson("mon-a", "TAP");
    m_identified = makeScreening("mon-a", "TAP", m_visit.id(), m_person.id());
    m_sameCase = makeScreening("mon-a", "TAP", m_visit.id(), m_person.id());
    m_anonymous = makeScreening("mon-a", "TAP", m_visit.id());
    v1::PushRequest batch;
    for (const auto& record : {m_visit, m_person, m_identified, m_sameCase, m_anonymous}) *batch.add_records() = record;
    const auto pushed = push(m_monitor, batch);
    for (const auto& result : pushed.results()) ASSERT_EQ(result.outcome(), v1::PUSH_OUTCOME_ACCEPTED);
    const auto tenMonitor = enroll("mon-ten", "pw-t");
    m_tenVisit = makeVisit("mon-ten", "TEN");
    v1::PushRequest ten;
    *ten.add_records() = m_tenVisit;
    push(tenMonitor, ten);
  }

  HttpResponse exportAs(const std::string& token, const std::string& query) const {
    return client().request("GET", "/v1/export?" + query, {}, {{"Authorization", "Bearer " + token}});
  }

  std::size_t audits(const std::string& action) {
    auto entries = app().audit().entries();
    EXPECT_TRUE(entries.ok());
    return static_cast<std::size_t>(std::count_if(entries->begin(), entries->end(),
                                                  [&](const storage::AuditEntry& e) { return e.action == action; }));
  }

  // No name, contact, document, date of birth, exact age or raw id anywhere.
  void expectNoPersonalData(const std::string& bytes) const {
    for (const auto& secret : {std::string("Marisol"), std::string("Quintanilla"), std::string("555 0199"),
                               std::string("HN0801199112345"), std::string("1991-07-14"), m_person.id(),
                               m_identified.id(), m_visit.id(), std::string("mon-a"), std::string("Texto libre")}) {
      EXPECT_THAT(bytes, Not(HasSubstr(secret)));
    }
  }

  std::string m_monitor;
  std::string m_coord;
  domain::RecordEnvelope m_visit;
  domain::RecordEnvelope m_person;
  domain::RecordEnvelope m_identified;
  domain::RecordEnvelope m_sameCase;
  domain::RecordEnvelope m_anonymous;
  domain::RecordEnvelope m_tenVisit;
};

TEST_F(ExportTest, CsvHasTheTablesColumnsTheHxlRowAndNoPersonalData) {
  const auto response = exportAs(m_coord, "format=csv&kind=screening&hxl=true&office=TAP");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_THAT(response.header("content-disposition"), HasSubstr("amparo-screening.csv"));
  EXPECT_EQ(response.header("x-export-rows"), "3");
  ASSERT_EQ(response.body.substr(0, 3), "\xEF\xBB\xBF");  // UTF-8 BOM for Excel
  const auto rows = lines(response.body.substr(3));
  ASSERT_EQ(rows.size(), 2u + 3u);  // header, hashtags, three screenings
  EXPECT_EQ(rows[0],
            "id,office,monitor,visit_id,date,mode,person_id,legal_basis,sex,age_band,nationality,stateless,"
            "habitual_residence,travel_mode,household_adults,household_children,household_children_under_5,date_left,"
            "flight_reasons,countries_crossed,paid_smuggler,destination_country,risk_if_returned,"
            "intends_to_seek_asylum,already_applied,comar_status,not_applying_reasons,documents,main_needs,"
            "specific_needs,risk_refoulement,risk_detention,risk_removal,information_given,atd_eligible,atd_outcome,"
            "durable_solutions,resettlement_category,case_priority,follow_up_needed");
  EXPECT_EQ(rows[1],
            "#meta+id,#meta+office,#meta+monitor,#meta+visit,#date,,#meta+person,,,,#country+code+origin,,"
            "#country+code+residence,,#affected+adults,#affected+children,#affected+children+u5,#date+departure,"
            "#cause+code,#country+code+transit,,#country+code+destination,,,,#status+asylum,,,#need+main,#need+code,"
            ",,,,,,,,,");
  // The identified screening: age band instead of the exact age, codes readable.
  const auto header = fields(rows[0]);
  auto column = [&](const std::vector<std::string>& row, const std::string& name) {
    const auto at = std::find(header.begin(), header.end(), name) - header.begin();
    return static_cast<std::size_t>(at) < row.size() ? row[static_cast<std::size_t>(at)] : std::string("<missing>");
  };
  bool sawIdentified = false;
  for (std::size_t i = 2; i < rows.size(); ++i) {
    const auto row = fields(rows[i]);
    ASSERT_EQ(row.size(), header.size()) << rows[i];
    EXPECT_EQ(column(row, "office"), "TAP");
    EXPECT_EQ(column(row, "age_band"), "18-59");
    EXPECT_EQ(column(row, "sex"), "female");
    EXPECT_EQ(column(row, "flight_reasons"), "threats general_violence");
    EXPECT_EQ(column(row, "specific_needs"), "WR-WR SC-UC");
    EXPECT_TRUE(std::regex_match(column(row, "id"), std::regex("R-[0-9a-f]{16}")));
    EXPECT_TRUE(std::regex_match(column(row, "monitor"), std::regex("A-[0-9a-f]{16}")));
    if (column(row, "mode") == "identified") {
      sawIdentified = true;
      EXPECT_TRUE(std::regex_match(column(row, "person_id"), std::regex("R-[0-9a-f]{16}")));
    }
  }
  EXPECT_TRUE(sawIdentified);
  expectNoPersonalData(response.body);
  EXPECT_EQ(audits("export"), 1u);
}

TEST_F(ExportTest, PseudonymsAreStableWithinAnExportAndDifferAcrossExports) {
  auto personPseudonyms = [&] {
    const auto response = exportAs(m_coord, "format=csv&kind=screening");
    EXPECT_EQ(response.status, 200);
    const auto rows = lines(response.body.substr(3));
    const auto header = fields(rows[0]);
    const auto personAt =
        static_cast<std::size_t>(std::find(header.begin(), header.end(), "person_id") - header.begin());
    const auto visitAt = static_cast<std::size_t>(std::find(header.begin(), header.end(), "visit_id") - header.begin());
    std::vector<std::string> persons;
    std::set<std::string> visits;
    for (std::size_t i = 1; i < rows.size(); ++i) {
      const auto row = fields(rows[i]);
      if (!row[personAt].empty()) persons.push_back(row[personAt]);
      visits.insert(row[visitAt]);
    }
    EXPECT_EQ(visits.size(), 1u);  // three screenings of one visit still link up
    return persons;
  };
  const auto first = personPseudonyms();
  ASSERT_EQ(first.size(), 2u);    // two screenings of the same person…
  EXPECT_EQ(first[0], first[1]);  // …share the pseudonym within the export
  const auto second = personPseudonyms();
  ASSERT_EQ(second.size(), 2u);
  EXPECT_NE(first[0], second[0]);  // and a new export gets new pseudonyms

  // The specific-needs table: one row per need, linked by the case pseudonym.
  const auto needs = exportAs(m_coord, "format=csv&kind=specific_need&hxl=true");
  ASSERT_EQ(needs.status, 200);
  const auto rows = lines(needs.body.substr(3));
  EXPECT_EQ(rows[0], "case_id,office,code,category,status,date_identified,assessment_type");
  EXPECT_EQ(rows[1], "#meta+case,#meta+office,#need+code,#need+category,#status+code,#date+identified,");
  EXPECT_EQ(rows.size(), 2u + 6u);
  EXPECT_THAT(needs.body, HasSubstr(",TAP,WR-WR,WR,active,2026-01-15,"));
  EXPECT_THAT(needs.body, HasSubstr(",TAP,SC-UC,SC,active,,"));
}

TEST_F(ExportTest, XlsxIsAWorkbookWithOneSheetPerKind) {
  const auto response = exportAs(m_coord, "format=xlsx&hxl=true");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_EQ(response.body.substr(0, 4), std::string("PK\x03\x04", 4));
  const auto files = unzip(response.body);
  ASSERT_TRUE(files.contains("xl/workbook.xml"));
  const auto& workbook = files.at("xl/workbook.xml");
  for (const auto* sheet : {"visit", "screening", "specific_need", "referral", "follow_up", "incident", "review"}) {
    EXPECT_THAT(workbook, HasSubstr("name=\"" + std::string(sheet) + "\"")) << sheet;
  }
  EXPECT_THAT(workbook, Not(HasSubstr("name=\"person\"")));
  ASSERT_TRUE(files.contains("xl/worksheets/sheet2.xml"));
  const auto& screenings = files.at("xl/worksheets/sheet2.xml");
  EXPECT_THAT(screenings, HasSubstr("#country+code+origin"));
  EXPECT_THAT(screenings, HasSubstr("18-59"));
  std::string everything;
  for (const auto& [name, content] : files) everything += content;
  expectNoPersonalData(everything);
  // Visits of both offices the coordinator has: TAP and TEN.
  EXPECT_THAT(files.at("xl/worksheets/sheet1.xml"), HasSubstr("TEN"));
  // Nothing is left in the data directory's temporary folder.
  EXPECT_TRUE(std::filesystem::is_empty(dataDir() / "tmp"));
}

TEST_F(ExportTest, ExportsAreScopedToTheCallersOffices) {
  ASSERT_TRUE(auth::createAccount(app().accounts(), "coord-sal", "pw", storage::Role::Coordinator, {"SAL"},
                                  auth::PasswordCost::minimal(), "t")
                  .ok());
  const auto other = enroll("coord-sal", "pw");
  const auto refused = exportAs(other, "format=csv&kind=visit&office=TAP");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(audits("forbidden"), 1u);
  const auto none = exportAs(other, "format=csv&kind=visit");
  ASSERT_EQ(none.status, 200);
  EXPECT_EQ(none.header("x-export-rows"), "0");
  EXPECT_EQ(lines(none.body.substr(3)).size(), 1u);  // the header only

  const auto ten = exportAs(m_coord, "format=csv&kind=visit&office=TEN");
  ASSERT_EQ(ten.status, 200);
  EXPECT_EQ(ten.header("x-export-rows"), "1");
  EXPECT_THAT(ten.body, HasSubstr(",TEN,"));
  EXPECT_THAT(ten.body, Not(HasSubstr(",TAP,")));
  // The record list's filters apply: no visit of TAP was created tomorrow.
  const auto future = exportAs(m_coord, "format=csv&kind=visit&from=2999-01-01");
  EXPECT_EQ(future.header("x-export-rows"), "0");
  EXPECT_EQ(exportAs(m_monitor, "format=csv&kind=visit").status, 403);  // monitors: no exports
}

TEST_F(ExportTest, IdentifiedExportsAreForAdminsOnlyAndAudited) {
  const auto refused = exportAs(m_coord, "format=csv&kind=person&identified=true");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(audits("forbidden"), 1u);
  EXPECT_EQ(audits("export.identified"), 0u);
  // Person records exist only in identified exports.
  EXPECT_EQ(exportAs(m_coord, "format=csv&kind=person").status, 400);

  const auto admin = enroll("root", "correct horse battery");
  const auto persons = exportAs(admin, "format=csv&kind=person&identified=true");
  ASSERT_EQ(persons.status, 200) << persons.body;
  EXPECT_THAT(persons.body, HasSubstr("Marisol"));
  EXPECT_THAT(persons.body, HasSubstr("phone: +52 962 555 0199"));
  EXPECT_THAT(persons.body, HasSubstr(m_person.id()));
  const auto screenings = exportAs(admin, "format=csv&kind=screening&identified=true");
  EXPECT_THAT(lines(screenings.body.substr(3))[0], HasSubstr(",age_years,"));
  EXPECT_EQ(audits("export.identified"), 2u);
  auto entries = app().audit().entries();
  ASSERT_TRUE(entries.ok());
  for (const auto& entry : *entries) {
    if (entry.action != "export.identified") continue;
    EXPECT_EQ(entry.actor, "root");
    EXPECT_THAT(entry.detail, HasSubstr("format=csv"));
    EXPECT_THAT(entry.detail, Not(HasSubstr("Marisol")));
  }
}

TEST_F(ExportTest, BadParametersAre400WithTheFieldNamed) {
  for (const auto& [query, field] : std::vector<std::pair<std::string, std::string>>{
           {"format=pdf&kind=visit", "format"}, {"format=csv", "kind"}, {"format=csv&kind=site", "kind"}}) {
    const auto response = exportAs(m_coord, query);
    ASSERT_EQ(response.status, 400) << query;
    const auto error = errorOf(response);
    ASSERT_EQ(error.field_errors_size(), 1) << query;
    EXPECT_EQ(error.field_errors(0).path(), field);
  }
  EXPECT_EQ(exportAs(m_coord, "format=csv&kind=visit&visit_type=bogus").status, 400);
  EXPECT_EQ(audits("export"), 0u);
}

TEST(ExportCsvTest, FieldsAreQuotedAndFormulasDefused) {
  using exports::Cell;
  EXPECT_EQ(exports::csvField(Cell::of(std::string("plain"))), "plain");
  EXPECT_EQ(exports::csvField(Cell::of(std::string("a,b"))), "\"a,b\"");
  EXPECT_EQ(exports::csvField(Cell::of(std::string("say \"hi\"\r\n"))), "\"say \"\"hi\"\"\r\n\"");
  EXPECT_EQ(exports::csvField(Cell::of(std::string("=HYPERLINK(1)"))), "'=HYPERLINK(1)");
  EXPECT_EQ(exports::csvField(Cell::of(14.9)), "14.9");
  EXPECT_EQ(exports::csvField(Cell::of(3.0)), "3");
  EXPECT_EQ(exports::csvField(Cell{}), "");
}

}  // namespace
}  // namespace amparo::server::testing
