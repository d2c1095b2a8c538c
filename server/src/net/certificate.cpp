#include "net/certificate.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace amparo::server::net {
namespace {

struct Deleter {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(X509* p) const { X509_free(p); }
  void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
  void operator()(BIGNUM* p) const { BN_free(p); }
  void operator()(std::FILE* p) const { std::fclose(p); }
};
template <class T>
using Owned = std::unique_ptr<T, Deleter>;

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error("certificate: " + what);
}

// Opens for writing with the given mode from the start, so a private key is
// never readable by others, not even for a moment.
Owned<std::FILE> openExclusive(const std::filesystem::path& path, mode_t mode) {
  std::filesystem::remove(path);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) fail("cannot create " + path.string());
  std::FILE* file = ::fdopen(fd, "w");
  if (file == nullptr) {
    ::close(fd);
    fail("cannot open " + path.string());
  }
  return Owned<std::FILE>(file);
}

void addExtension(X509* certificate, int nid, const std::string& value) {
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
  Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str()));
  if (!extension || X509_add_ext(certificate, extension.get(), -1) != 1) fail("cannot add extension");
}

}  // namespace

bool ensureSelfSignedCertificate(const std::filesystem::path& certificateFile,
                                 const std::filesystem::path& privateKeyFile, const std::string& hostName) {
  if (std::filesystem::exists(certificateFile) && std::filesystem::exists(privateKeyFile)) return false;

  Owned<EVP_PKEY> key(EVP_EC_gen("P-256"));
  if (!key) fail("cannot generate a P-256 key");

  Owned<X509> certificate(X509_new());
  if (!certificate) fail("out of memory");
  X509_set_version(certificate.get(), 2);  // v3
  unsigned char serial[16];
  if (RAND_bytes(serial, sizeof serial) != 1) fail("no randomness");
  serial[0] &= 0x7f;  // positive
  Owned<BIGNUM> serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
  if (!serialNumber || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(certificate.get()))) {
    fail("cannot set serial");
  }
  X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);  // tolerate slightly slow clocks
  X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 10L * 365 * 24 * 3600);
  X509_set_pubkey(certificate.get(), key.get());

  X509_NAME* name = X509_get_subject_name(certificate.get());
  const auto* cn = reinterpret_cast<const unsigned char*>(hostName.c_str());
  const auto* org = reinterpret_cast<const unsigned char*>("Amparo (self-signed)");
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, org, -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, cn, -1, -1, 0);
  X509_set_issuer_name(certificate.get(), name);

  addExtension(certificate.get(), NID_subject_alt_name, "DNS:" + hostName + ",DNS:localhost,IP:127.0.0.1,IP:::1");
  addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
  addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature");
  addExtension(certificate.get(), NID_ext_key_usage, "serverAuth");

  if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0) fail("cannot sign");

  std::filesystem::create_directories(certificateFile.parent_path().empty() ? "." : certificateFile.parent_path());
  {
    auto file = openExclusive(privateKeyFile, 0600);
    if (PEM_write_PrivateKey(file.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
      fail("cannot write " + privateKeyFile.string());
    }
  }
  {
    auto file = openExclusive(certificateFile, 0644);
    if (PEM_write_X509(file.get(), certificate.get()) != 1) fail("cannot write " + certificateFile.string());
  }
  return true;
}

std::string certificateFingerprint(const std::filesystem::path& certificateFile) {
  Owned<std::FILE> file(std::fopen(certificateFile.c_str(), "r"));
  if (!file) fail("cannot read " + certificateFile.string());
  Owned<X509> certificate(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
  if (!certificate) fail("not a PEM certificate: " + certificateFile.string());
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (X509_digest(certificate.get(), EVP_sha256(), digest, &length) != 1) fail("cannot digest");
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    if (i > 0) out += ':';
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xf];
  }
  return out;
}

}  // namespace amparo::server::net
