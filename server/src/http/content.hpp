#pragma once
// Content negotiation: binary protobuf (application/x-protobuf) or protobuf's
// JSON mapping (application/json), both ways, through amparo::wire. Every
// error body is the schema's amparo.sync.v1.Error.

#include <google/protobuf/message.h>

#include <optional>
#include <string>
#include <vector>

#include "amparo/sync/v1/sync.pb.h"
#include "http/message.hpp"

namespace amparo::server::http {

inline constexpr std::string_view kProtobufType = "application/x-protobuf";
inline constexpr std::string_view kJsonType = "application/json";

enum class Format { Protobuf, Json };

// The request body's format from Content-Type; nullopt when unsupported.
// An absent Content-Type means protobuf (what the app sends).
std::optional<Format> requestFormat(const Request& request);
// The response format from Accept; without a usable Accept, the request's own.
Format responseFormat(const Request& request);

// Decodes the body into `out`, or returns the 400/415 error response to send.
std::optional<Response> decodeBody(const Request& request, google::protobuf::Message& out);

Response encodeMessage(const Request& request, const google::protobuf::Message& message, int status = 200);

using ErrorCode = amparo::sync::v1::ErrorCode;
Response errorResponse(const Request& request, int status, ErrorCode code, std::string message,
                       const std::vector<amparo::sync::v1::FieldError>& fieldErrors = {});

// A field-level error found by a handler (not by the shared validation).
amparo::sync::v1::FieldError fieldError(std::string path, std::string code, std::string messageEn,
                                        std::string messageEs);

}  // namespace amparo::server::http
