#include "auth/passwords.hpp"

#include <sodium.h>

#include <stdexcept>

namespace amparo::server::auth {

void ensureSodium() {
  // sodium_init is idempotent and thread-safe; a failure means no usable RNG.
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

PasswordCost PasswordCost::interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::minimal() {
  return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

std::optional<std::string> hashPassword(std::string_view password, const PasswordCost& cost) {
  ensureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost.opsLimit, cost.memLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return std::nullopt;
  }
  return std::string(out);
}

bool verifyPassword(std::string_view hash, std::string_view password) {
  ensureSodium();
  const std::string terminated(hash);  // libsodium wants a C string
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace amparo::server::auth
