#pragma once
// Device tokens: 256 random bits, base64url without padding (43 chars). Only
// their SHA-256 is stored; a plain hash is enough for 256-bit random secrets.

#include <string>
#include <string_view>

namespace amparo::server::auth {

std::string newDeviceToken();
// The raw 32-byte SHA-256 of the token: the device's key in storage.
std::string tokenHash(std::string_view token);
// A short random hex id (requests, log correlation).
std::string randomHex(std::size_t bytes);

}  // namespace amparo::server::auth
