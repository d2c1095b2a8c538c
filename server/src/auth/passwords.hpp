#pragma once
// Argon2id password hashes (libsodium's crypto_pwhash_str: salt and costs are
// inside the string, so costs can change without invalidating old hashes).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace amparo::server::auth {

struct PasswordCost {
  unsigned long long opsLimit = 0;
  std::size_t memLimit = 0;
  // libsodium's INTERACTIVE costs (2 passes, 64 MiB): ~0.1 s here.
  static PasswordCost interactive();
  // The cheapest Argon2id libsodium allows; for tests only.
  static PasswordCost minimal();
};

// Nullopt when the hash cannot be computed (out of memory).
std::optional<std::string> hashPassword(std::string_view password, const PasswordCost& cost);
bool verifyPassword(std::string_view hash, std::string_view password);

// Initialises libsodium once (throws if the system has no usable RNG).
void ensureSodium();

// Compares in time independent of where the inputs differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace amparo::server::auth
