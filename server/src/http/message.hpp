#pragma once
// Plain HTTP request and response, with no Beast types, so handlers and the
// route table compile without Beast (see BUILD-NOTES: Beast is expensive).

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::server::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };
std::string_view methodName(Method method);
Method methodFromName(std::string_view name);

struct Header {
  std::string name;  // lower-case
  std::string value;
};

struct Request {
  Method method = Method::Get;
  std::string target;                        // as received: path and query
  std::string path;                          // percent-decoded path
  std::map<std::string, std::string> query;  // percent-decoded; last value wins
  std::vector<Header> headers;
  std::string body;
  std::string requestId;  // set by the server for logs and error bodies

  // The first header with this name (case-insensitive), or empty.
  std::string_view header(std::string_view name) const;
  std::string_view queryValue(std::string_view name) const;
};

// A response body too large to hold in memory (exports): an open file,
// already unlinked from the file system, so it disappears when the last
// descriptor closes whatever happens — sent, failed, or never sent. The
// session sends it from its start; nothing else reads it.
class BodyFile {
public:
  explicit BodyFile(int fd) : m_fd(fd) {}
  ~BodyFile();
  BodyFile(const BodyFile&) = delete;
  BodyFile& operator=(const BodyFile&) = delete;

  int fd() const { return m_fd; }
  // Hands the descriptor over (to the session, which then closes it).
  int release();
  // Bytes in the file; 0 when it cannot be read.
  std::uint64_t size() const;

private:
  int m_fd = -1;
};

struct Response {
  int status = 200;
  std::string contentType;
  std::string body;
  // When set, the body is this file instead of `body` (which stays empty):
  // streamed with flat memory, never compressed.
  std::shared_ptr<BodyFile> bodyFile;
  std::vector<Header> headers;
  // The route pattern that answered ("/v1/records/{id}"), for logs and
  // metrics; never sent. Unknown paths are "unmatched".
  std::string route;
};

// Splits a request target into path and query, percent-decoding both.
// Returns false for a target that is not origin-form or decodes badly.
bool parseTarget(std::string_view target, std::string& path, std::map<std::string, std::string>& query);

}  // namespace amparo::server::http
