#pragma once
// A self-signed certificate for first start without one configured, so the
// server is HTTPS from the first run and the app can pin the fingerprint.
// OpenSSL only; no Asio.

#include <filesystem>
#include <string>

namespace amparo::server::net {

// Creates an ECDSA P-256 key (file mode 0600) and a self-signed certificate
// (CN and subjectAltName from `hostName`, plus 127.0.0.1/::1, 10 years) unless
// both files exist. Throws std::runtime_error on failure. Returns true when
// it created them.
bool ensureSelfSignedCertificate(const std::filesystem::path& certificateFile,
                                 const std::filesystem::path& privateKeyFile, const std::string& hostName);

// "AB:CD:…" SHA-256 of the DER certificate (the first in a PEM file).
std::string certificateFingerprint(const std::filesystem::path& certificateFile);

}  // namespace amparo::server::net
