#include "http/content.hpp"

#include <algorithm>
#include <cctype>

#include "amparo/wire/codec.hpp"

namespace amparo::server::http {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "application/json; charset=utf-8" → "application/json".
std::string mediaType(std::string_view value) {
  auto type = lower(value.substr(0, value.find(';')));
  const auto first = type.find_first_not_of(" \t");
  const auto last = type.find_last_not_of(" \t");
  return first == std::string::npos ? std::string() : type.substr(first, last - first + 1);
}

}  // namespace

std::optional<Format> requestFormat(const Request& request) {
  const auto type = mediaType(request.header("content-type"));
  if (type.empty() || type == kProtobufType || type == "application/protobuf") return Format::Protobuf;
  if (type == kJsonType) return Format::Json;
  return std::nullopt;
}

Format responseFormat(const Request& request) {
  const auto accept = lower(request.header("accept"));
  const bool json = accept.find(kJsonType) != std::string::npos;
  const bool protobuf = accept.find(kProtobufType) != std::string::npos;
  if (json && !protobuf) return Format::Json;
  if (protobuf && !json) return Format::Protobuf;
  if (json && protobuf) return accept.find(kJsonType) < accept.find(kProtobufType) ? Format::Json : Format::Protobuf;
  return requestFormat(request).value_or(Format::Protobuf);
}

std::optional<Response> decodeBody(const Request& request, google::protobuf::Message& out) {
  const auto format = requestFormat(request);
  if (!format) {
    return errorResponse(request, 415, amparo::sync::v1::ERROR_CODE_UNSUPPORTED_MEDIA_TYPE,
                         "Content-Type must be application/x-protobuf or application/json");
  }
  wire::DecodeError error;
  const bool ok =
      *format == Format::Json ? wire::fromJson(request.body, out, &error) : wire::fromBinary(request.body, out, &error);
  if (!ok) return errorResponse(request, 400, amparo::sync::v1::ERROR_CODE_MALFORMED_BODY, error.message);
  return std::nullopt;
}

Response encodeMessage(const Request& request, const google::protobuf::Message& message, int status) {
  Response response;
  response.status = status;
  if (responseFormat(request) == Format::Json) {
    response.contentType = kJsonType;
    response.body = wire::toJson(message);
  } else {
    response.contentType = kProtobufType;
    response.body = wire::toBinary(message);
  }
  return response;
}

Response errorResponse(const Request& request, int status, ErrorCode code, std::string message,
                       const std::vector<amparo::sync::v1::FieldError>& fieldErrors) {
  amparo::sync::v1::Error error;
  error.set_code(code);
  error.set_message(std::move(message));
  error.set_request_id(request.requestId);
  for (const auto& fe : fieldErrors) *error.add_field_errors() = fe;
  return encodeMessage(request, error, status);
}

amparo::sync::v1::FieldError fieldError(std::string path, std::string code, std::string messageEn,
                                        std::string messageEs) {
  amparo::sync::v1::FieldError error;
  error.set_path(std::move(path));
  error.set_code(std::move(code));
  error.set_message(std::move(messageEn));
  error.set_message_es(std::move(messageEs));
  error.set_severity(amparo::sync::v1::SEVERITY_ERROR);
  return error;
}

}  // namespace amparo::server::http
