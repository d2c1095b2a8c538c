#include "admin/admin_cli.hpp"

#include <google/protobuf/util/time_util.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "amparo/admin/v1/admin.pb.h"
#include "amparo/auth/v1/auth.pb.h"
#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/wire/codec.hpp"
#include "app.hpp"
#include "client/https_client.hpp"

namespace amparo::server::admin {
namespace {

namespace fs = std::filesystem;
namespace v1 = amparo::sync::v1;
namespace adm = amparo::admin::v1;
namespace rec = amparo::records::v1;

constexpr const char* kUsage =
    "Usage: amparo-admin [--session FILE] COMMAND\n"
    "  login --server https://HOST:PORT [--fingerprint SHA256] --username NAME   (password on stdin)\n"
    "  user add NAME --role monitor|coordinator|admin [--office CODE]...        (password on stdin)\n"
    "  user list | user passwd NAME (password on stdin) | user disable NAME\n"
    "  device list [--user NAME] | device revoke DEVICE_ID\n"
    "  site list [--office CODE] | site import FILE.csv\n"
    "  backup [DIR]                             a consistent checkpoint on the server's disk, copied into DIR\n"
    "  audit [--after SEQUENCE] [--limit N]     who did what to which id, when\n"
    "  verify --data DIR | restore --data DIR --from BACKUP_DIR     (on a stopped server)\n"
    "Without --fingerprint the server certificate is checked against the system CAs.\n";

// Thrown for anything the user should read; main prints it and exits 1.
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Session {
  std::string host;
  std::uint16_t port = 8443;
  std::string fingerprint;
  std::string username;
  std::string token;
};

// Arguments: positional words and --name value options (repeatable).
struct Args {
  std::vector<std::string> words;
  std::multimap<std::string, std::string> options;

  std::optional<std::string> option(const std::string& name) const {
    auto it = options.find(name);
    return it == options.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  std::string required(const std::string& name) const {
    auto value = option(name);
    if (!value) throw Failure("missing --" + name);
    return *value;
  }
};

Args parseArgs(const std::vector<std::string>& raw) {
  Args args;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i].rfind("--", 0) == 0) {
      if (i + 1 >= raw.size()) throw Failure("option " + raw[i] + " needs a value");
      args.options.emplace(raw[i].substr(2), raw[i + 1]);
      ++i;
    } else {
      args.words.push_back(raw[i]);
    }
  }
  return args;
}

fs::path sessionPath(const Args& args) {
  if (auto path = args.option("session")) return *path;
  if (const char* env = std::getenv("AMPARO_ADMIN_SESSION")) return env;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME")) return fs::path(xdg) / "amparo" / "admin-session";
  if (const char* home = std::getenv("HOME")) return fs::path(home) / ".config" / "amparo" / "admin-session";
  return "amparo-admin-session";
}

void saveSession(const fs::path& path, const Session& session) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  {
    std::ofstream file(path, std::ios::trunc);
    if (!file) throw Failure("cannot write " + path.string());
  }
  // The token is a credential: owner-only before it is written.
  ::chmod(path.c_str(), 0600);
  std::ofstream file(path, std::ios::trunc);
  file << "host=" << session.host << "\nport=" << session.port << "\nfingerprint=" << session.fingerprint
       << "\nusername=" << session.username << "\ntoken=" << session.token << "\n";
}

Session loadSession(const fs::path& path) {
  std::ifstream file(path);
  if (!file) throw Failure("not logged in (no " + path.string() + "); run: amparo-admin login ...");
  Session session;
  std::string line;
  while (std::getline(file, line)) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    const auto key = line.substr(0, eq);
    const auto value = line.substr(eq + 1);
    if (key == "host") session.host = value;
    if (key == "port") session.port = static_cast<std::uint16_t>(std::stoi(value));
    if (key == "fingerprint") session.fingerprint = value;
    if (key == "username") session.username = value;
    if (key == "token") session.token = value;
  }
  if (session.host.empty() || session.token.empty()) throw Failure("incomplete session file " + path.string());
  return session;
}

// "https://host:port", "https://[::1]:8443", "host".
void parseServer(const std::string& url, Session& session) {
  std::string rest = url;
  if (rest.rfind("https://", 0) == 0) rest = rest.substr(8);
  if (rest.rfind("http://", 0) == 0) throw Failure("the server speaks HTTPS only");
  if (!rest.empty() && rest.back() == '/') rest.pop_back();
  if (!rest.empty() && rest.front() == '[') {
    const auto close = rest.find(']');
    if (close == std::string::npos) throw Failure("bad server address " + url);
    session.host = rest.substr(1, close - 1);
    if (close + 2 < rest.size()) session.port = static_cast<std::uint16_t>(std::stoi(rest.substr(close + 2)));
  } else {
    const auto colon = rest.rfind(':');
    session.host = rest.substr(0, colon);
    if (colon != std::string::npos) session.port = static_cast<std::uint16_t>(std::stoi(rest.substr(colon + 1)));
  }
  if (session.host.empty()) throw Failure("bad server address " + url);
}

std::string readPassword(std::istream& in) {
  std::string password;
  std::getline(in, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (password.empty()) throw Failure("no password on stdin");
  return password;
}

// One call; an error answer becomes a Failure naming code, message and fields.
std::string call(const Session& session, const std::string& method, const std::string& target,
                 const google::protobuf::Message* body = nullptr) {
  client::HttpsClient client(session.host, session.port, session.fingerprint);
  client::HttpsClient::Headers headers{{"Content-Type", "application/x-protobuf"}};
  if (!session.token.empty()) headers.emplace_back("Authorization", "Bearer " + session.token);
  const auto response = client.request(method, target, body ? wire::toBinary(*body) : std::string(), headers);
  if (response.status < 400) return response.body;
  v1::Error error;
  std::ostringstream text;
  text << "the server answered " << response.status;
  if (wire::fromBinary(response.body, error)) {
    text << " " << v1::ErrorCode_Name(error.code()) << ": " << error.message();
    for (const auto& field : error.field_errors()) text << "\n  " << field.path() << ": " << field.message();
  }
  throw Failure(text.str());
}

template <class Message>
Message decoded(const std::string& bytes) {
  Message message;
  if (!wire::fromBinary(bytes, message)) throw Failure("unreadable answer from the server");
  return message;
}

std::string roleText(amparo::auth::v1::Role role) {
  switch (role) {
    case amparo::auth::v1::ROLE_MONITOR:
      return "monitor";
    case amparo::auth::v1::ROLE_COORDINATOR:
      return "coordinator";
    case amparo::auth::v1::ROLE_ADMIN:
      return "admin";
    default:
      return "?";
  }
}

std::string joined(const google::protobuf::RepeatedPtrField<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "+") + v;
  return out.empty() ? "-" : out;
}

// RFC 4180 fields: commas, double quotes, "" inside quotes.
std::vector<std::string> csvFields(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

rec::SiteType siteType(const std::string& text, int line) {
  static const std::map<std::string, rec::SiteType> kTypes = {{"border_point", rec::SITE_TYPE_BORDER_POINT},
                                                              {"shelter", rec::SITE_TYPE_SHELTER},
                                                              {"detention_centre", rec::SITE_TYPE_DETENTION_CENTRE},
                                                              {"urban_point", rec::SITE_TYPE_URBAN_POINT},
                                                              {"field_mission", rec::SITE_TYPE_FIELD_MISSION}};
  const auto it = kTypes.find(text);
  if (it == kTypes.end()) throw Failure("line " + std::to_string(line) + ": unknown site_type " + text);
  return it->second;
}

rec::AccessRegime accessRegime(const std::string& text, int line) {
  if (text.empty()) return rec::ACCESS_REGIME_UNSPECIFIED;
  if (text == "authorised") return rec::ACCESS_REGIME_AUTHORISED;
  if (text == "conditional") return rec::ACCESS_REGIME_CONDITIONAL;
  if (text == "denied") return rec::ACCESS_REGIME_DENIED;
  throw Failure("line " + std::to_string(line) + ": unknown access_regime " + text);
}

// Header: office,name,site_type,subtype,operator,adm1,adm2,latitude,longitude,capacity,access_regime
std::vector<domain::RecordEnvelope> readSites(const fs::path& file, const std::string& author) {
  std::ifstream in(file);
  if (!in) throw Failure("cannot read " + file.string());
  std::string line;
  if (!std::getline(in, line)) throw Failure(file.string() + " is empty");
  const auto header = csvFields(line);
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < header.size(); ++i) column[header[i]] = i;
  for (const auto* needed : {"office", "name", "site_type"}) {
    if (!column.count(needed)) throw Failure(std::string("the header needs a ") + needed + " column");
  }
  std::vector<domain::RecordEnvelope> sites;
  int number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line == "\r") continue;
    const auto fields = csvFields(line);
    auto get = [&](const std::string& name) {
      const auto it = column.find(name);
      return it == column.end() || it->second >= fields.size() ? std::string() : fields[it->second];
    };
    domain::RecordEnvelope envelope;
    envelope.set_id(sync::newRecordId());
    envelope.set_kind(v1::RECORD_KIND_SITE);
    envelope.set_author(author);
    envelope.set_device_id("amparo-admin");
    envelope.set_office_code(get("office"));
    const auto now = google::protobuf::util::TimeUtil::GetCurrentTime();
    *envelope.mutable_created_at() = now;
    *envelope.mutable_modified_at() = now;
    auto& site = *envelope.mutable_site();
    site.set_name(get("name"));
    site.set_site_type(siteType(get("site_type"), number));
    site.set_subtype(get("subtype"));
    site.set_operator_name(get("operator"));
    site.set_office_code(get("office"));
    site.set_adm1(get("adm1"));
    site.set_adm2(get("adm2"));
    if (!get("latitude").empty() && !get("longitude").empty()) {
      site.mutable_location()->set_latitude(std::stod(get("latitude")));
      site.mutable_location()->set_longitude(std::stod(get("longitude")));
      site.mutable_location()->set_source(amparo::common::v1::POSITION_SOURCE_MANUAL);
    }
    if (!get("capacity").empty()) site.set_official_capacity(std::stoi(get("capacity")));
    site.set_access_regime(accessRegime(get("access_regime"), number));
    site.set_active(true);
    sync::seal(envelope);
    sites.push_back(std::move(envelope));
  }
  return sites;
}

int run(const Args& args, std::istream& in, std::ostream& out) {
  if (args.words.empty()) throw Failure(kUsage);
  const auto& command = args.words[0];
  const auto sub = args.words.size() > 1 ? args.words[1] : std::string();
  const auto path = sessionPath(args);

  if (command == "login") {
    Session session;
    parseServer(args.required("server"), session);
    session.fingerprint = args.option("fingerprint").value_or("");
    amparo::auth::v1::EnrollRequest request;
    request.set_username(args.required("username"));
    request.set_password(readPassword(in));
    request.set_device_label("amparo-admin");
    const auto response =
        decoded<amparo::auth::v1::EnrollResponse>(call(session, "POST", "/v1/devices/enroll", &request));
    if (response.role() != amparo::auth::v1::ROLE_ADMIN) throw Failure(request.username() + " is not an admin");
    session.username = response.username();
    session.token = response.token();
    saveSession(path, session);
    out << "logged in as " << session.username << "; session in " << path.string() << "\n";
    return 0;
  }
  if (command == "verify") {
    const auto report = verifyDatabase(fs::path(args.required("data")) / "db");
    out << "records " << report.records << ", revisions " << report.revisions << ", change-feed entries "
        << report.changes << "\n";
    for (const auto& problem : report.problems) out << "problem: " << problem << "\n";
    out << (report.problems.empty() ? "ok" : "FAILED") << "\n";
    return report.problems.empty() ? 0 : 1;
  }
  if (command == "restore") {
    const auto replaced = restoreDatabase(args.required("data"), args.required("from"));
    out << "restored; the previous database is in " << (replaced.empty() ? "-" : replaced.string()) << "\n";
    return 0;
  }

  static const std::set<std::string> kRemote = {"user", "device", "site", "backup", "audit"};
  if (!kRemote.count(command)) throw Failure(kUsage);
  const auto session = loadSession(path);
  if (command == "user" && sub == "list") {
    const auto list = decoded<adm::ListAccountsResponse>(call(session, "GET", "/v1/admin/accounts"));
    for (const auto& a : list.accounts()) {
      out << a.username() << "\t" << roleText(a.role()) << "\t" << joined(a.office_codes())
          << (a.disabled() ? "\tdisabled" : "") << "\n";
    }
    return 0;
  }
  if (command == "user" && sub == "add" && args.words.size() == 3) {
    adm::CreateAccountRequest request;
    request.set_username(args.words[2]);
    const auto role = args.required("role");
    if (role == "monitor") request.set_role(amparo::auth::v1::ROLE_MONITOR);
    if (role == "coordinator") request.set_role(amparo::auth::v1::ROLE_COORDINATOR);
    if (role == "admin") request.set_role(amparo::auth::v1::ROLE_ADMIN);
    auto [first, last] = args.options.equal_range("office");
    for (auto it = first; it != last; ++it) request.add_office_codes(it->second);
    request.set_password(readPassword(in));
    const auto account = decoded<adm::Account>(call(session, "POST", "/v1/admin/accounts", &request));
    out << "created " << account.username() << " (" << roleText(account.role()) << ", "
        << joined(account.office_codes()) << ")\n";
    return 0;
  }
  if (command == "user" && sub == "passwd" && args.words.size() == 3) {
    adm::SetPasswordRequest request;
    request.set_password(readPassword(in));
    call(session, "POST", "/v1/admin/accounts/" + args.words[2] + "/password", &request);
    out << "password changed for " << args.words[2] << "\n";
    return 0;
  }
  if (command == "user" && sub == "disable" && args.words.size() == 3) {
    call(session, "POST", "/v1/admin/accounts/" + args.words[2] + "/disable");
    out << "disabled " << args.words[2] << "; its devices stop working now\n";
    return 0;
  }
  if (command == "device" && sub == "list") {
    const auto user = args.option("user");
    const auto list = decoded<adm::ListDevicesResponse>(
        call(session, "GET", "/v1/admin/devices" + (user ? "?username=" + *user : std::string())));
    for (const auto& d : list.devices()) {
      out << d.device_id() << "\t" << d.username() << "\t" << d.label() << "\t"
          << google::protobuf::util::TimeUtil::ToString(d.created_at()) << (d.revoked() ? "\trevoked" : "") << "\n";
    }
    return 0;
  }
  if (command == "device" && sub == "revoke" && args.words.size() == 3) {
    call(session, "POST", "/v1/admin/devices/" + args.words[2] + "/revoke");
    out << "revoked " << args.words[2] << "; it is told to wipe on its next sync\n";
    return 0;
  }
  if (command == "site" && sub == "list") {
    std::string token;
    const auto office = args.option("office");
    do {
      std::string target = "/v1/records?kind=site&page_size=500";
      if (office) target += "&office=" + *office;
      if (!token.empty()) target += "&page_token=" + token;
      const auto page = decoded<amparo::query::v1::ListRecordsResponse>(call(session, "GET", target));
      for (const auto& r : page.records()) {
        out << r.id() << "\t" << r.office_code() << "\t" << rec::SiteType_Name(r.site().site_type()) << "\t"
            << r.site().name() << "\n";
      }
      token = page.next_page_token();
    } while (!token.empty());
    return 0;
  }
  if (command == "site" && sub == "import" && args.words.size() == 3) {
    const auto sites = readSites(args.words[2], session.username);
    std::size_t accepted = 0;
    std::size_t rejected = 0;
    constexpr std::size_t kBatch = 100;
    for (std::size_t start = 0; start < sites.size(); start += kBatch) {
      v1::PushRequest request;
      for (std::size_t i = start; i < std::min(sites.size(), start + kBatch); ++i) *request.add_records() = sites[i];
      const auto response = decoded<v1::PushResponse>(call(session, "POST", "/v1/sync/push", &request));
      for (int i = 0; i < response.results_size(); ++i) {
        const auto& result = response.results(i);
        if (result.outcome() == v1::PUSH_OUTCOME_REJECTED) {
          ++rejected;
          out << "line " << start + static_cast<std::size_t>(i) + 2 << ": rejected";
          for (const auto& field : result.field_errors()) out << "; " << field.path() << ": " << field.message();
          out << "\n";
        } else {
          ++accepted;
        }
      }
    }
    out << "imported " << accepted << " site(s), rejected " << rejected << "\n";
    return rejected == 0 ? 0 : 1;
  }
  if (command == "audit") {
    std::string target = "/v1/admin/audit?after=" + args.option("after").value_or("0");
    if (auto limit = args.option("limit")) target += "&limit=" + *limit;
    const auto page = decoded<adm::ListAuditResponse>(call(session, "GET", target));
    for (const auto& e : page.entries()) {
      out << e.sequence() << "\t" << google::protobuf::util::TimeUtil::ToString(e.at()) << "\t" << e.action() << "\t"
          << e.actor() << "\t" << (e.subject().empty() ? "-" : e.subject()) << "\t"
          << (e.detail().empty() ? "-" : e.detail()) << "\n";
    }
    if (page.has_more()) out << "more: amparo-admin audit --after " << page.next_after() << "\n";
    return 0;
  }
  if (command == "backup" && args.words.size() <= 2) {
    // Refuse a DIR in use before asking the server for anything.
    const fs::path target = args.words.size() == 2 ? fs::path(args.words[1]) : fs::path();
    if (!target.empty() && fs::exists(target) && !fs::is_empty(target)) {
      throw Failure(target.string() + " is not empty: give a new or empty folder");
    }
    const auto backup = decoded<adm::BackupResponse>(call(session, "POST", "/v1/admin/backup"));
    out << "backup of " << backup.records() << " record(s) in " << backup.directory() << " (on the server)\n";
    if (target.empty()) return 0;
    fs::create_directories(target);
    std::int64_t bytes = 0;
    for (const auto& file : backup.files()) {
      const auto content = call(session, "GET", "/v1/admin/backups/" + backup.name() + "/files/" + file.name());
      if (static_cast<std::int64_t>(content.size()) != file.size()) {
        throw Failure("backup file " + file.name() + " arrived with " + std::to_string(content.size()) +
                      " bytes instead of " + std::to_string(file.size()));
      }
      std::ofstream copy(target / file.name(), std::ios::binary | std::ios::trunc);
      copy.write(content.data(), static_cast<std::streamsize>(content.size()));
      copy.close();
      if (!copy) throw Failure("cannot write " + (target / file.name()).string());
      bytes += file.size();
    }
    out << "copied " << backup.files_size() << " file(s), " << bytes << " bytes, into " << target.string()
        << "\nrestore it with: amparo-server --data DATA restore --from " << fs::absolute(target).string() << "\n";
    return 0;
  }
  throw Failure(kUsage);
}

}  // namespace

int runAdmin(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  try {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
      out << kUsage;
      return 0;
    }
    return run(parseArgs(args), in, out);
  } catch (const Failure& e) {
    err << "amparo-admin: " << e.what() << "\n";
    return e.what() == std::string(kUsage) ? 2 : 1;
  } catch (const std::exception& e) {
    err << "amparo-admin: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace amparo::server::admin
