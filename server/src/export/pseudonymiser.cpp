#include "export/pseudonymiser.hpp"

#include <sodium.h>

#include <stdexcept>

namespace amparo::server::exports {
namespace {

void ensureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium unavailable");
}

constexpr std::size_t kPseudonymBytes = 8;

}  // namespace

Pseudonymiser::Pseudonymiser() {
  ensureSodium();
  randombytes_buf(m_key.data(), m_key.size());
}

Pseudonymiser::Pseudonymiser(const Key& key) : m_key(key) {
  ensureSodium();
}

Pseudonymiser::~Pseudonymiser() {
  sodium_memzero(m_key.data(), m_key.size());
}

std::string Pseudonymiser::pseudonym(std::string_view scope, std::string_view prefix, std::string_view value) const {
  if (value.empty()) return {};
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, m_key.data(), m_key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(scope.data()), scope.size());
  const unsigned char separator = 0;
  crypto_auth_hmacsha256_update(&state, &separator, 1);
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(value.data()), value.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&state, mac);
  char hex[kPseudonymBytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, mac, kPseudonymBytes);
  return std::string(prefix) + "-" + std::string(hex, kPseudonymBytes * 2);
}

}  // namespace amparo::server::exports
