#pragma once
// The storage layer's own result type: rocksdb::Status never leaves storage/.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace amparo::server::storage {

enum class ErrorKind {
  Corruption,  // stored bytes do not decode: a bug or a damaged disk
  Io,          // disk full, I/O error
  Busy,        // locked by another process, try again
  Invalid,     // bad argument or options
  Other,
};

struct Error {
  ErrorKind kind = ErrorKind::Other;
  std::string message;  // RocksDB's text: paths and codes, never record content
};

// Success or an Error; a tiny stand-in for std::expected (C++23).
template <class T>
class Result {
public:
  Result(T value) : m_state(std::move(value)) {}                              // NOLINT: implicit on purpose
  Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return m_state.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() {
    assert(ok());
    return std::get<0>(m_state);
  }
  const T& value() const {
    assert(ok());
    return std::get<0>(m_state);
  }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const {
    assert(!ok());
    return std::get<1>(m_state);
  }

private:
  std::variant<T, Error> m_state;
};

struct Unit {};
using Status = Result<Unit>;
inline Status okStatus() {
  return Unit{};
}

}  // namespace amparo::server::storage
