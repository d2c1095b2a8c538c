#include "amparo/wire/codec.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>

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
    if (error) error->message = "invalid JSON for " + out.GetDescriptor()->full_name() + ": " +
                                std::string(status.message());
    return false;
  }
  return true;
}

}  // namespace amparo::wire
