// Schema compatibility: the wire schema may only grow. Two guards:
//  1. a snapshot of every field number (tests/data/schema/fields.txt): a number
//     may never change name or type, and a removed field must be `reserved`;
//  2. golden messages encoded by an earlier schema (tests/data/golden/*.binpb)
//     must still decode to the same JSON (tests/data/golden/*.json).
// After adding fields on purpose, refresh both with
//   AMPARO_UPDATE_SCHEMA_SNAPSHOT=1 build/bin/amparo_shared_tests --gtest_filter='SchemaCompat*'
// (new golden files are only written for missing ones: old ones stay old).

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/timestamp.pb.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "amparo/domain/records.hpp"
#include "amparo/wire/codec.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

const fs::path kDataDir = AMPARO_TEST_DATA_DIR;

bool updating() { return std::getenv("AMPARO_UPDATE_SCHEMA_SNAPSHOT") != nullptr; }

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void writeFile(const fs::path& path, const std::string& data) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << data;
}

std::string typeName(const FieldDescriptor* field) {
  std::string type = field->type_name();
  if (field->message_type()) type = field->message_type()->full_name();
  if (field->enum_type()) type = field->enum_type()->full_name();
  if (field->is_repeated()) type = "repeated " + type;
  return type;
}

// "<message> <number> <name> <type>" and "<enum> <number> <name> enum-value" lines.
std::map<std::string, std::string> currentSnapshot(const google::protobuf::FileDescriptorSet& set) {
  google::protobuf::DescriptorPool pool;
  for (const auto& file : set.file()) EXPECT_NE(pool.BuildFile(file), nullptr) << file.name();
  std::map<std::string, std::string> lines;  // key "<type> <number>" → rest
  std::function<void(const Descriptor*)> addMessage = [&](const Descriptor* message) {
    for (int i = 0; i < message->field_count(); ++i) {
      const auto* field = message->field(i);
      lines[message->full_name() + " " + std::to_string(field->number())] = field->name() + " " + typeName(field);
    }
    for (int i = 0; i < message->nested_type_count(); ++i) addMessage(message->nested_type(i));
  };
  for (const auto& fileProto : set.file()) {
    if (fileProto.package().rfind("amparo.", 0) != 0) continue;
    const auto* file = pool.FindFileByName(fileProto.name());
    for (int i = 0; i < file->message_type_count(); ++i) addMessage(file->message_type(i));
    for (int i = 0; i < file->enum_type_count(); ++i) {
      const auto* e = file->enum_type(i);
      for (int v = 0; v < e->value_count(); ++v) {
        lines[e->full_name() + " " + std::to_string(e->value(v)->number())] = e->value(v)->name() + " enum-value";
      }
    }
  }
  return lines;
}

// Reserved numbers per message, from the descriptor set.
std::map<std::string, std::set<int>> reservedNumbers(const google::protobuf::FileDescriptorSet& set) {
  std::map<std::string, std::set<int>> reserved;
  std::function<void(const std::string&, const google::protobuf::DescriptorProto&)> visit =
      [&](const std::string& prefix, const google::protobuf::DescriptorProto& message) {
        const auto name = prefix + "." + message.name();
        for (const auto& range : message.reserved_range()) {
          for (int n = range.start(); n < range.end(); ++n) reserved[name].insert(n);
        }
        for (const auto& nested : message.nested_type()) visit(name, nested);
      };
  for (const auto& file : set.file()) {
    for (const auto& message : file.message_type()) visit(file.package(), message);
    for (const auto& e : file.enum_type()) {
      for (const auto& range : e.reserved_range()) {
        for (int n = range.start(); n <= range.end(); ++n) reserved[file.package() + "." + e.name()].insert(n);
      }
    }
  }
  return reserved;
}

google::protobuf::FileDescriptorSet loadDescriptorSet() {
  google::protobuf::FileDescriptorSet set;
  const auto bytes = readFile(AMPARO_DESCRIPTOR_SET);
  EXPECT_TRUE(set.ParseFromString(bytes)) << "cannot read " << AMPARO_DESCRIPTOR_SET;
  return set;
}

TEST(SchemaCompatTest, FieldNumbersAreNeverReused) {
  const auto set = loadDescriptorSet();
  const auto current = currentSnapshot(set);
  ASSERT_GT(current.size(), 300u) << "the schema should cover every entity";
  const auto reserved = reservedNumbers(set);
  const auto snapshotPath = kDataDir / "schema" / "fields.txt";

  std::map<std::string, std::string> snapshot;
  std::istringstream in(readFile(snapshotPath));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream parts(line);
    std::string type, number;
    parts >> type >> number;
    std::string rest;
    std::getline(parts >> std::ws, rest);
    snapshot[type + " " + number] = rest;
  }

  std::vector<std::string> added;
  for (const auto& [key, value] : current) {
    if (!snapshot.contains(key)) added.push_back(key + " " + value);
  }
  for (const auto& [key, was] : snapshot) {
    const auto it = current.find(key);
    const auto type = key.substr(0, key.find(' '));
    const int number = std::stoi(key.substr(key.find(' ') + 1));
    if (it == current.end()) {
      EXPECT_TRUE(reserved.contains(type) && reserved.at(type).contains(number))
          << key << " (" << was << ") was removed without `reserved " << number << "`";
    } else {
      EXPECT_EQ(it->second, was) << key << " changed meaning: a field number must never be reused";
    }
  }

  if (updating()) {
    std::string out = "# Generated by schema_compat_test (AMPARO_UPDATE_SCHEMA_SNAPSHOT=1). Lines only ever get added.\n";
    auto merged = snapshot;  // keep removed-and-reserved lines: they stay reserved forever
    merged.insert(current.begin(), current.end());
    for (const auto& [key, value] : merged) out += key + " " + value + "\n";
    writeFile(snapshotPath, out);
  } else {
    EXPECT_TRUE(added.empty()) << added.size() << " new field(s), e.g. \"" << (added.empty() ? "" : added.front())
                               << "\": refresh the snapshot with AMPARO_UPDATE_SCHEMA_SNAPSHOT=1";
  }
}

// Fills every field of a message deterministically. `choice` picks which
// member of each oneof is set, so several golden files cover every member.
void fill(Message& message, int choice, int depth) {
  const auto* descriptor = message.GetDescriptor();
  const auto* reflection = message.GetReflection();
  if (descriptor->full_name() == "google.protobuf.Timestamp") {
    auto& ts = dynamic_cast<google::protobuf::Timestamp&>(message);
    ts.set_seconds(1764633600 + choice * 3600 + depth);
    return;
  }
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto* field = descriptor->field(i);
    if (const auto* oneof = field->real_containing_oneof()) {
      const int index = field->index_in_oneof();
      if (index != choice % oneof->field_count()) continue;
    }
    const int n = field->number();
    const int copies = field->is_repeated() ? 2 : 1;
    for (int c = 0; c < copies; ++c) {
      const bool rep = field->is_repeated();
      switch (field->cpp_type()) {
        case FieldDescriptor::CPPTYPE_STRING: {
          const auto value = field->name() + "-" + std::to_string(c);
          rep ? reflection->AddString(&message, field, value) : reflection->SetString(&message, field, value);
          break;
        }
        case FieldDescriptor::CPPTYPE_INT32:
          rep ? reflection->AddInt32(&message, field, n * 7 + c) : reflection->SetInt32(&message, field, n * 7 + c);
          break;
        case FieldDescriptor::CPPTYPE_INT64:
          rep ? reflection->AddInt64(&message, field, n * 11 + c) : reflection->SetInt64(&message, field, n * 11 + c);
          break;
        case FieldDescriptor::CPPTYPE_DOUBLE:
          rep ? reflection->AddDouble(&message, field, n + 0.25 + c)
              : reflection->SetDouble(&message, field, n + 0.25 + c);
          break;
        case FieldDescriptor::CPPTYPE_BOOL:
          rep ? reflection->AddBool(&message, field, true) : reflection->SetBool(&message, field, true);
          break;
        case FieldDescriptor::CPPTYPE_ENUM: {
          const auto* e = field->enum_type();
          const auto* value = e->value(e->value_count() - 1 - c % (e->value_count() - 1));
          rep ? reflection->AddEnum(&message, field, value) : reflection->SetEnum(&message, field, value);
          break;
        }
        case FieldDescriptor::CPPTYPE_MESSAGE:
          if (depth < 5) {
            auto* sub = rep ? reflection->AddMessage(&message, field) : reflection->MutableMessage(&message, field);
            fill(*sub, choice, depth + 1);
          }
          break;
        default:
          ADD_FAILURE() << "unhandled field type in " << field->full_name();
      }
    }
  }
}

std::string canonicalJson(const Message& message) { return wire::toJson(message, {.pretty = true}) + "\n"; }

TEST(SchemaCompatTest, GoldenMessagesStillDecodeTheSame) {
  const auto goldenDir = kDataDir / "golden";
  // One envelope per body kind (8), covering each visit module in turn.
  for (int choice = 0; choice < 8; ++choice) {
    const auto stem = goldenDir / ("envelope-" + std::to_string(choice));
    const auto binPath = fs::path(stem.string() + ".binpb");
    const auto jsonPath = fs::path(stem.string() + ".json");
    if (!fs::exists(binPath) && updating()) {
      domain::RecordEnvelope envelope;
      fill(envelope, choice, 0);
      writeFile(binPath, wire::toBinary(envelope));
      writeFile(jsonPath, canonicalJson(envelope));
    }
    ASSERT_TRUE(fs::exists(binPath)) << binPath << " missing";
    domain::RecordEnvelope decoded;
    ASSERT_TRUE(wire::fromBinary(readFile(binPath), decoded)) << binPath;
    EXPECT_EQ(decoded.GetReflection()->GetUnknownFields(decoded).field_count(), 0)
        << binPath << " has fields the schema no longer knows";
    EXPECT_EQ(canonicalJson(decoded), readFile(jsonPath))
        << binPath << " decodes differently: a field number was reused or retyped";
  }
}

TEST(SchemaCompatTest, GoldenFilesCoverEveryBodyKind) {
  std::set<int> kinds;
  for (int choice = 0; choice < 8; ++choice) {
    domain::RecordEnvelope decoded;
    const auto path = kDataDir / "golden" / ("envelope-" + std::to_string(choice) + ".binpb");
    ASSERT_TRUE(wire::fromBinary(readFile(path), decoded)) << path;
    kinds.insert(decoded.body_case());
    if (decoded.has_visit()) {
      EXPECT_NE(decoded.visit().module_case(), domain::Visit::MODULE_NOT_SET);
    }
  }
  EXPECT_EQ(kinds.size(), 8u);
}

TEST(SchemaCompatTest, EnumZeroValuesAreUnspecified) {
  const auto set = loadDescriptorSet();
  for (const auto& file : set.file()) {
    if (file.package().rfind("amparo.", 0) != 0) continue;
    for (const auto& e : file.enum_type()) {
      ASSERT_GT(e.value_size(), 0);
      EXPECT_EQ(e.value(0).number(), 0) << e.name();
      EXPECT_TRUE(e.value(0).name().ends_with("_UNSPECIFIED")) << e.name() << " zero value " << e.value(0).name();
    }
    const auto folder = "amparo/" + file.package().substr(7);
    std::string expectedDir = folder;
    std::replace(expectedDir.begin(), expectedDir.end(), '.', '/');
    EXPECT_EQ(file.name().rfind(expectedDir + "/", 0), 0u) << file.name() << " is not in " << expectedDir;
  }
}

}  // namespace
}  // namespace amparo
