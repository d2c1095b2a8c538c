#include "net/session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

#include <pthread.h>

#include <algorithm>
#include <cctype>
#include <functional>

#include "log.hpp"

namespace amparo::server::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

// Named threads make `top -H` and profiles readable for operators.
void nameThisWorkerThread() {
  thread_local bool named = false;
  if (!named) {
    pthread_setname_np(pthread_self(), "amparo-worker");
    named = true;
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Copies what the parser has of the header (all of it once the header is
// complete) into the plain request the handlers see.
http::Request toRequest(const bhttp::request<bhttp::string_body>& message) {
  http::Request request;
  request.method = http::methodFromName(std::string_view(message.method_string()));
  request.target = std::string(message.target());
  if (!http::parseTarget(request.target, request.path, request.query)) request.path.clear();
  for (const auto& field : message) {
    request.headers.push_back({lower(field.name_string()), std::string(field.value())});
  }
  return request;
}

bool isParseError(const beast::error_code& ec) {
  return ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category();
}

// A response whose body is a file (http::BodyFile: exports), and the
// serializer writing it. Kept alive by the completion handlers.
struct FileWrite {
  bhttp::response<bhttp::file_body> message;
  std::optional<bhttp::response_serializer<bhttp::file_body>> serializer;
};

// Writes a file response piece by piece (a few KiB each), with a fresh write
// timeout for every piece: memory stays flat however large the file, and a
// slow but live client is not cut off by a deadline meant for one small
// response, while a stalled one still is.
template <class Stream>
void writeInPieces(Stream& stream, std::shared_ptr<FileWrite> state, std::chrono::milliseconds timeout,
                   std::function<void(beast::error_code)> done) {
  beast::get_lowest_layer(stream).expires_after(timeout);
  auto& serializer = *state->serializer;
  bhttp::async_write_some(stream, serializer,
                          [&stream, state = std::move(state), timeout, done = std::move(done)](
                              beast::error_code ec, std::size_t) mutable {
                            if (ec || state->serializer->is_done()) {
                              done(ec);
                              return;
                            }
                            writeInPieces(stream, std::move(state), timeout, std::move(done));
                          });
}

}  // namespace

Session::Session(asio::ip::tcp::socket&& socket, ServerState& state)
    : m_stream(std::move(socket), state.tls), m_state(state) {
  if (m_state.callbacks.connectionOpened) m_state.callbacks.connectionOpened();
}

Session::~Session() {
  m_state.remove(this);
  if (m_state.callbacks.connectionClosed) m_state.callbacks.connectionClosed();
}

void Session::run() {
  asio::dispatch(m_stream.get_executor(), beast::bind_front_handler(&Session::onRun, shared_from_this()));
}

void Session::onRun() {
  beast::get_lowest_layer(m_stream).expires_after(m_state.config.handshakeTimeout);
  m_stream.async_handshake(asio::ssl::stream_base::server,
                           beast::bind_front_handler(&Session::onHandshake, shared_from_this()));
}

void Session::onHandshake(beast::error_code ec) {
  if (ec) {
    // Scanners and wrong pins end here; not worth more than a debug line.
    closeSocket();
    return;
  }
  doRead();
}

void Session::doRead() {
  if (m_state.draining) {
    doShutdown();
    return;
  }
  m_phase = Phase::Reading;
  m_parser.emplace();
  m_parser->body_limit(m_state.config.bodyLimit);
  m_parser->header_limit(m_state.config.headerLimit);
  beast::get_lowest_layer(m_stream).expires_after(m_state.config.readTimeout);
  bhttp::async_read(m_stream, m_buffer, *m_parser, beast::bind_front_handler(&Session::onRead, shared_from_this()));
}

void Session::onRead(beast::error_code ec, std::size_t) {
  if (m_phase == Phase::Closed) return;
  if (ec == bhttp::error::end_of_stream) {
    doShutdown();
    return;
  }
  if (ec == bhttp::error::body_limit) {
    rejectRequest(413);
    return;
  }
  if (ec == bhttp::error::header_limit) {
    rejectRequest(431);
    return;
  }
  if (ec && isParseError(ec)) {
    rejectRequest(400);
    return;
  }
  if (ec) {
    // Timeouts, resets, TLS errors: nobody to answer.
    closeSocket();
    return;
  }

  m_phase = Phase::Handling;
  auto message = m_parser->release();
  const bool keepAlive = message.keep_alive();
  const unsigned version = message.version();
  auto request = toRequest(message);
  request.body = std::move(message.body());
  // Handlers may block (fsync, Argon2id): run them off the I/O threads and
  // come back to this connection's strand to write.
  asio::post(m_state.workers, [self = shared_from_this(), request = std::move(request), keepAlive, version]() mutable {
    nameThisWorkerThread();
    http::Response response;
    try {
      response = self->m_state.callbacks.handle(request);
    } catch (const std::exception&) {
      // Never let a handler end a worker thread: answer 500 and run on.
      response = self->m_state.callbacks.reject(request, 500);
    }
    asio::post(self->m_stream.get_executor(), [self, response = std::move(response), keepAlive, version]() mutable {
      self->respond(std::move(response), keepAlive, version);
    });
  });
}

void Session::rejectRequest(int status) {
  auto request = m_parser ? toRequest(m_parser->get()) : http::Request{};
  const unsigned version = m_parser ? m_parser->get().version() : 11;
  auto response = m_state.callbacks.reject(request, status);
  // The rest of the request is not read, so the connection cannot be reused.
  respond(std::move(response), false, version);
}

void Session::respond(http::Response response, bool keepAlive, unsigned version) {
  if (m_phase == Phase::Closed) return;
  m_phase = Phase::Writing;
  const bool keep = keepAlive && !m_state.draining;
  if (response.bodyFile) {
    respondWithFile(std::move(response), keep, version);
    return;
  }
  m_response.emplace(static_cast<bhttp::status>(response.status), version == 10 ? 10 : 11);
  m_response->set(bhttp::field::server, "amparo");
  if (!response.contentType.empty()) m_response->set(bhttp::field::content_type, response.contentType);
  for (const auto& header : response.headers) m_response->set(header.name, header.value);
  m_response->body() = std::move(response.body);
  m_response->keep_alive(keep);
  m_response->prepare_payload();
  beast::get_lowest_layer(m_stream).expires_after(m_state.config.writeTimeout);
  bhttp::async_write(m_stream, *m_response, beast::bind_front_handler(&Session::onWrite, shared_from_this(), !keep));
}

// The body is an open, unlinked file (see http::BodyFile): the descriptor
// passes to Beast's file body, which closes it when the write ends or fails.
void Session::respondWithFile(http::Response response, bool keep, unsigned version) {
  auto state = std::make_shared<FileWrite>();
  auto& message = state->message;
  message.result(static_cast<bhttp::status>(response.status));
  message.version(version == 10 ? 10 : 11);
  message.set(bhttp::field::server, "amparo");
  if (!response.contentType.empty()) message.set(bhttp::field::content_type, response.contentType);
  for (const auto& header : response.headers) message.set(header.name, header.value);
  beast::error_code ec;
  beast::file file;
  file.native_handle(response.bodyFile->release());
  file.seek(0, ec);
  if (!ec) message.body().reset(std::move(file), ec);
  if (ec) {
    // Headers not sent yet, but the answer promised is gone: close.
    closeSocket();
    return;
  }
  message.keep_alive(keep);
  message.prepare_payload();
  state->serializer.emplace(message);
  writeInPieces(m_stream, std::move(state), m_state.config.writeTimeout,
                [self = shared_from_this(), keep](beast::error_code written) { self->onWrite(!keep, written, 0); });
}

void Session::onWrite(bool close, beast::error_code ec, std::size_t) {
  m_response.reset();
  if (ec) {
    closeSocket();
    return;
  }
  if (close) {
    doShutdown();
    return;
  }
  doRead();
}

void Session::doShutdown() {
  if (m_phase == Phase::Closed || m_phase == Phase::Closing) return;
  m_phase = Phase::Closing;
  beast::get_lowest_layer(m_stream).expires_after(m_state.config.shutdownTimeout);
  m_stream.async_shutdown([self = shared_from_this()](beast::error_code) { self->closeSocket(); });
}

void Session::closeSocket() {
  if (m_phase == Phase::Closed) return;
  m_phase = Phase::Closed;
  beast::error_code ignored;
  beast::get_lowest_layer(m_stream).socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  beast::get_lowest_layer(m_stream).close();
}

void Session::stopWhenIdle() {
  asio::post(m_stream.get_executor(), [self = shared_from_this()] {
    const bool idle = self->m_phase == Phase::Handshake ||
                      (self->m_phase == Phase::Reading && !(self->m_parser && self->m_parser->got_some()));
    if (idle) self->closeSocket();
    // Otherwise respond() sees `draining` and closes after the response.
  });
}

void Session::forceClose() {
  asio::post(m_stream.get_executor(), [self = shared_from_this()] { self->closeSocket(); });
}

}  // namespace amparo::server::net
