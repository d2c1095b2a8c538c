#include "amparo/wire/codec.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>

#include <cstdint>
#include <limits>

namespace amparo::wire {

std::string toBinary(const google::protobuf::Message& message) {
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return out;
}

bool fromBinary(std::string_view bytes, google::protobuf::Message& out, DecodeError* error) {
  out.Clear();
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    if (error) error->message = "message too large";
    return false;
  }
  if (!out.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    out.Clear();
    if (error) error->message = "malformed protobuf: cannot decode " + out.GetDescriptor()->full_name();
    return false;
  }
  return true;
}

std::string toJson(const google::protobuf::Message& message, JsonStyle style) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = style.pretty;
  options.preserve_proto_field_names = style.protoFieldNames;
  std::string out;
  // Printing a well-formed message cannot fail.
  (void)google::protobuf::util::MessageToJsonString(message, &out, options);
  return out;
}

bool fromJson(std::string_view json, google::protobuf::Message& out, DecodeError* error) {
  out.Clear();
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(json.data(), json.size()), &out, options);
  if (!status.ok()) {
    out.Clear();
    if (error)
      error->message = "invalid JSON for " + out.GetDescriptor()->full_name() + ": " + std::string(status.message());
    return false;
  }
  return true;
}

namespace {

bool readVarint(std::string_view& in, std::uint64_t& value) {
  value = 0;
  for (int shift = 0; shift < 64 && !in.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

std::optional<std::vector<std::string_view>> lengthDelimitedFields(std::string_view message, int fieldNumber) {
  std::vector<std::string_view> fields;
  while (!message.empty()) {
    std::uint64_t tag = 0;
    std::uint64_t length = 0;
    if (!readVarint(message, tag)) return std::nullopt;
    switch (tag & 7) {
      case 0:
        if (!readVarint(message, length)) return std::nullopt;
        break;
      case 1:
        if (message.size() < 8) return std::nullopt;
        message.remove_prefix(8);
        break;
      case 2:
        if (!readVarint(message, length) || length > message.size()) return std::nullopt;
        if ((tag >> 3) == static_cast<std::uint64_t>(fieldNumber)) fields.push_back(message.substr(0, length));
        message.remove_prefix(length);
        break;
      case 5:
        if (message.size() < 4) return std::nullopt;
        message.remove_prefix(4);
        break;
      default:
        return std::nullopt;
    }
  }
  return fields;
}

}  // namespace amparo::wire
