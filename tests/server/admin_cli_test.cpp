// amparo-admin against the real server over TLS, in-process.

#include "admin/admin_cli.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "server_fixture.hpp"

namespace amparo::server::testing {
namespace {

using ::testing::HasSubstr;

class AdminCliTest : public ServerFixture {
protected:
  void SetUp() override {
    ServerFixture::SetUp();
    ASSERT_TRUE(auth::createAccount(app().accounts(), "root", "correct horse battery", storage::Role::Admin, {},
                                    auth::PasswordCost::minimal(), "test")
                    .ok());
    m_session = (dataDir() / "admin-session").string();
  }

  // Runs amparo-admin with `input` on stdin; returns {status, stdout + stderr}.
  std::pair<int, std::string> admin(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), {"--session", m_session});
    std::istringstream in(input);
    std::ostringstream out;
    const int status = admin::runAdmin(args, in, out, out);
    return {status, out.str()};
  }

  void login() {
    const auto [status, text] = admin({"login", "--server", "https://127.0.0.1:" + std::to_string(app().port()),
                                       "--fingerprint", app().fingerprint(), "--username", "root"},
                                      "correct horse battery\n");
    ASSERT_EQ(status, 0) << text;
  }

  std::string m_session;
};

TEST_F(AdminCliTest, ManagesUsersDevicesSitesAndBackups) {
  login();
  auto [status, text] = admin({"user", "add", "ana", "--role", "monitor", "--office", "TAP"}, "ana password 1\n");
  ASSERT_EQ(status, 0) << text;
  std::tie(status, text) = admin({"user", "list"});
  EXPECT_THAT(text, HasSubstr("ana\tmonitor\tTAP"));
  EXPECT_THAT(text, HasSubstr("root\tadmin"));

  std::tie(status, text) = admin({"user", "passwd", "ana"}, "ana password 2\n");
  ASSERT_EQ(status, 0) << text;
  const auto token = enroll("ana", "ana password 2");
  std::tie(status, text) = admin({"device", "list", "--user", "ana"});
  ASSERT_EQ(status, 0) << text;
  const auto deviceId = text.substr(0, text.find('\t'));
  std::tie(status, text) = admin({"device", "revoke", deviceId});
  ASSERT_EQ(status, 0) << text;
  EXPECT_TRUE(pull(token).wipe());

  const auto csv = dataDir() / "sites.csv";
  std::ofstream(csv) << "office,name,site_type,subtype,operator,adm1,adm2,latitude,longitude,capacity,access_regime\n"
                        "TAP,\"Albergue Jesús El Buen Pastor, Tapachula\",shelter,albergue,Olga Sánchez,Chiapas,"
                        "Tapachula,14.90,-92.28,200,authorised\n"
                        "ACA,Estación Migratoria Acayucan,detention_centre,,INM,Veracruz,Acayucan,17.95,-94.91,836,"
                        "conditional\n"
                        "XXX,Sitio inventado,shelter,,,,,,,,\n";
  std::tie(status, text) = admin({"site", "import", csv.string()});
  EXPECT_EQ(status, 1) << text;  // one row rejected
  EXPECT_THAT(text, HasSubstr("line 4: rejected"));
  EXPECT_THAT(text, HasSubstr("imported 2 site(s), rejected 1"));
  std::tie(status, text) = admin({"site", "list", "--office", "TAP"});
  EXPECT_THAT(text, HasSubstr("Albergue Jesús El Buen Pastor, Tapachula"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("Acayucan")));

  std::tie(status, text) = admin({"backup"});
  ASSERT_EQ(status, 0) << text;
  EXPECT_THAT(text, HasSubstr("backup of 2 record(s)"));

  // `backup DIR` copies the checkpoint to where the admin runs the command;
  // the copy verifies as a whole database.
  const auto copy = dataDir() / "offsite" / "copy-1";
  std::tie(status, text) = admin({"backup", copy.string()});
  ASSERT_EQ(status, 0) << text;
  EXPECT_THAT(text, HasSubstr("into " + copy.string()));
  EXPECT_TRUE(std::filesystem::exists(copy / "CURRENT"));
  const auto report = verifyDatabase(copy);
  EXPECT_TRUE(report.problems.empty());
  EXPECT_EQ(report.records, 2u);
  std::tie(status, text) = admin({"backup", copy.string()});
  EXPECT_EQ(status, 1);
  EXPECT_THAT(text, HasSubstr("not empty"));
  // Only plain names inside DATA/backups are served.
  const auto adminToken = enroll("root", "correct horse battery");
  for (const auto* target : {"/v1/admin/backups/../files/CURRENT", "/v1/admin/backups/x/files/..%2F..%2Fsecret",
                             "/v1/admin/backups/nothing-here/files/CURRENT"}) {
    const auto answer = client().request("GET", target, {}, {{"Authorization", "Bearer " + adminToken}});
    EXPECT_TRUE(answer.status == 400 || answer.status == 404) << target << " " << answer.status;
  }

  std::tie(status, text) = admin({"audit", "--limit", "500"});
  ASSERT_EQ(status, 0) << text;
  EXPECT_THAT(text, HasSubstr("\tdevice.revoke\troot\t" + deviceId));
  EXPECT_THAT(text, HasSubstr("\tbackup\troot"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("Buen Pastor")));  // ids, never content
  std::tie(status, text) = admin({"audit", "--limit", "2"});
  EXPECT_THAT(text, HasSubstr("more: amparo-admin audit --after 2"));

  std::tie(status, text) = admin({"user", "disable", "ana"});
  ASSERT_EQ(status, 0) << text;
  std::tie(status, text) = admin({"user", "add", "ana", "--role", "monitor", "--office", "TAP"}, "ana password 3\n");
  EXPECT_EQ(status, 1);
  EXPECT_THAT(text, HasSubstr("409"));
}

TEST_F(AdminCliTest, RefusesNonAdminsWrongPinsAndMissingSessions) {
  auto [status, text] = admin({"user", "list"});
  EXPECT_EQ(status, 1);
  EXPECT_THAT(text, HasSubstr("not logged in"));
  std::tie(status, text) = admin({"login", "--server", "https://127.0.0.1:" + std::to_string(app().port()),
                                  "--fingerprint", app().fingerprint(), "--username", "mon-a"},
                                 "pw-a\n");
  EXPECT_EQ(status, 1);
  EXPECT_THAT(text, HasSubstr("not an admin"));
  std::tie(status, text) = admin({"login", "--server", "https://127.0.0.1:" + std::to_string(app().port()),
                                  "--fingerprint", "00:11", "--username", "root"},
                                 "correct horse battery\n");
  EXPECT_EQ(status, 1);
  EXPECT_THAT(text, HasSubstr("fingerprint mismatch"));
  std::tie(status, text) = admin({"frobnicate"});
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace amparo::server::testing
