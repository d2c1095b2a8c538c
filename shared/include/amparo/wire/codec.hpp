#pragma once
// Binary and JSON encoding of wire messages. JSON is protobuf's canonical JSON
// mapping (for tools and debugging); parsing rejects unknown fields.

#include <google/protobuf/message.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::wire {

struct DecodeError {
  // For the client that sent the data. Parser messages may quote the offending
  // token, so servers return it but never log it.
  std::string message;
};

// Deterministic binary serialisation: the same message gives the same bytes
// with this library version (used for content hashes).
std::string toBinary(const google::protobuf::Message& message);

// Returns false and fills error on malformed input; `out` is cleared first.
bool fromBinary(std::string_view bytes, google::protobuf::Message& out, DecodeError* error = nullptr);

// The bytes of every occurrence of the length-delimited field `fieldNumber`
// at the top level of a binary message, in order, without parsing it (views
// into `message`); nothing when the bytes are not a well-formed message.
std::optional<std::vector<std::string_view>> lengthDelimitedFields(std::string_view message, int fieldNumber);

struct JsonStyle {
  bool pretty = false;
  bool protoFieldNames = false;  // snake_case names instead of lowerCamelCase
};
std::string toJson(const google::protobuf::Message& message, JsonStyle style = {});

// Rejects unknown fields and malformed JSON with a message naming the problem.
bool fromJson(std::string_view json, google::protobuf::Message& out, DecodeError* error = nullptr);

}  // namespace amparo::wire
