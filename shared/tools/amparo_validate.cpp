// amparo-validate: validates record envelopes written as protobuf JSON and
// prints every finding, one per line. Prints paths, codes and catalogue
// messages only, never field values, so its output is safe to paste anywhere.

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "amparo/validation/validator.hpp"
#include "amparo/wire/codec.hpp"

namespace {

using amparo::validation::Language;
using amparo::validation::Severity;

constexpr int kExitValid = 0;
constexpr int kExitInvalid = 1;
constexpr int kExitUnreadable = 2;

constexpr std::string_view kUsage =
    "Usage: amparo-validate [--lang en|es] [--import] FILE.json [FILE.json ...]\n"
    "\n"
    "Validates each FILE as an Amparo RecordEnvelope in protobuf JSON and prints\n"
    "one line per finding:  SEVERITY  path  code  message\n"
    "then a summary line per file.\n"
    "\n"
    "  --lang en|es  language of the messages (default: en)\n"
    "  --import      import mode: legacy v3 specific-needs codes are warnings, not errors\n"
    "  --help        show this help\n"
    "\n"
    "A referral is checked against the consent of its screening when that\n"
    "screening is among the files given.\n"
    "\n"
    "Exit status: 0 all valid (alerts and warnings allowed), 1 any error,\n"
    "2 a file could not be read or parsed.\n";

struct Options {
  Language language = Language::En;
  amparo::validation::Mode mode = amparo::validation::Mode::Capture;
  std::vector<std::string> files;
};

struct Input {
  std::string file;
  bool parsed = false;
  std::string problem;
  amparo::domain::RecordEnvelope envelope;
};

// "ERROR", "WARNING", "ALERT": the core's severity name, shouted for scanning.
std::string severityLabel(Severity severity) {
  std::string label(amparo::validation::severityName(severity));
  for (auto& ch : label) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return label;
}

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string summary(const std::string& file, const amparo::validation::ValidationResult& result, Language language) {
  const bool es = language == Language::Es;
  const auto errors = result.errors().size();
  const auto warnings = result.warnings().size();
  const auto alerts = result.alerts().size();
  std::string line = file + ": ";
  line += result.ok() ? (es ? "válido" : "valid") : (es ? "NO válido" : "INVALID");
  line += " (";
  line += es ? plural(errors, "error", "errores") : plural(errors, "error", "errors");
  line += ", ";
  line += es ? plural(warnings, "advertencia", "advertencias") : plural(warnings, "warning", "warnings");
  line += ", ";
  line += es ? plural(alerts, "alerta", "alertas") : plural(alerts, "alert", "alerts");
  line += ")";
  return line;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  out = buffer.str();
  return true;
}

// Returns an exit status when the command line asks to stop (help or misuse).
std::optional<int> parseArguments(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return kExitValid;
    }
    if (arg == "--import") {
      options.mode = amparo::validation::Mode::Import;
    } else if (arg == "--lang" || arg.starts_with("--lang=")) {
      std::string_view value;
      if (arg == "--lang") {
        if (i + 1 >= argc) {
          std::cerr << "amparo-validate: --lang needs en or es\n" << kUsage;
          return kExitUnreadable;
        }
        value = argv[++i];
      } else {
        value = arg.substr(std::string_view("--lang=").size());
      }
      if (value == "en") {
        options.language = Language::En;
      } else if (value == "es") {
        options.language = Language::Es;
      } else {
        std::cerr << "amparo-validate: --lang must be en or es\n";
        return kExitUnreadable;
      }
    } else if (arg.starts_with("--")) {
      std::cerr << "amparo-validate: unknown option " << arg << "\n" << kUsage;
      return kExitUnreadable;
    } else {
      options.files.emplace_back(arg);
    }
  }
  if (options.files.empty()) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (const auto status = parseArguments(argc, argv, options)) return *status;

  // Read everything first, so a referral can find its screening in any file.
  std::vector<Input> inputs;
  std::map<std::string, const Input*> screeningsById;
  inputs.reserve(options.files.size());
  for (const auto& file : options.files) {
    Input& input = inputs.emplace_back();
    input.file = file;
    std::string text;
    if (!readFile(file, text)) {
      input.problem = options.language == Language::Es ? "no se pudo abrir el archivo" : "cannot read the file";
      continue;
    }
    amparo::wire::DecodeError error;
    if (!amparo::wire::fromJson(text, input.envelope, &error)) {
      input.problem = (options.language == Language::Es ? "no se pudo interpretar: " : "cannot parse: ") + error.message;
      continue;
    }
    input.parsed = true;
  }
  for (const auto& input : inputs) {
    if (input.parsed && input.envelope.has_screening() && !input.envelope.deleted()) {
      screeningsById.emplace(input.envelope.id(), &input);
    }
  }

  int status = kExitValid;
  for (const auto& input : inputs) {
    if (!input.parsed) {
      std::cout << input.file << ": " << input.problem << "\n";
      status = kExitUnreadable;
      continue;
    }
    amparo::validation::ValidationContext context;
    context.mode = options.mode;
    const Input* linked = nullptr;
    if (input.envelope.has_referral()) {
      const auto found = screeningsById.find(input.envelope.referral().screening_id());
      if (found != screeningsById.end()) {
        linked = found->second;
        context.linkedScreening = &linked->envelope.screening();
      }
    }
    const auto result = amparo::validation::validate(input.envelope, context);
    for (const auto& issue : result.issues) {
      std::cout << severityLabel(issue.severity) << "  " << issue.path << "  " << issue.code << "  "
                << issue.message(options.language) << "\n";
    }
    std::cout << summary(input.file, result, options.language);
    if (linked) {
      std::cout << (options.language == Language::Es ? " [consentimiento verificado con " : " [consent checked against ")
                << linked->file << "]";
    }
    std::cout << "\n";
    if (!result.ok() && status == kExitValid) status = kExitInvalid;
  }
  return status;
}
