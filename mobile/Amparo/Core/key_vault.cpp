#include "key_vault.hpp"

#include <sodium.h>

#include <new>

namespace amparo::mobile {
namespace {

constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char kKeyWrapAad[] = "amparo-data-key-v1";

const unsigned char* bytes(QByteArrayView view) { return reinterpret_cast<const unsigned char*>(view.data()); }
unsigned char* bytes(QByteArray& array) { return reinterpret_cast<unsigned char*>(array.data()); }

QByteArray sealWith(const unsigned char* key, QByteArrayView plaintext, QByteArrayView aad) {
  QByteArray out(static_cast<qsizetype>(kNonceBytes + plaintext.size() + kTagBytes), Qt::Uninitialized);
  unsigned char* nonce = bytes(out);
  randombytes_buf(nonce, kNonceBytes);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, bytes(plaintext),
                                             static_cast<unsigned long long>(plaintext.size()), bytes(aad),
                                             static_cast<unsigned long long>(aad.size()), nullptr, nonce, key);
  return out;
}

bool openWith(const unsigned char* key, QByteArrayView sealed, QByteArrayView aad, unsigned char* out,
              std::size_t outSize) {
  if (static_cast<std::size_t>(sealed.size()) != kNonceBytes + outSize + kTagBytes) return false;
  unsigned long long written = 0;
  const unsigned char* nonce = bytes(sealed);
  return crypto_aead_xchacha20poly1305_ietf_decrypt(out, &written, nullptr, nonce + kNonceBytes,
                                                    static_cast<unsigned long long>(sealed.size()) - kNonceBytes,
                                                    bytes(aad), static_cast<unsigned long long>(aad.size()), nonce,
                                                    key) == 0;
}

}  // namespace

SecretKey::SecretKey() {
  KeyVault::initSodium();
  m_bytes = static_cast<unsigned char*>(sodium_malloc(kSize));
  if (m_bytes == nullptr) throw std::bad_alloc();
  sodium_memzero(m_bytes, kSize);
}

SecretKey::~SecretKey() { sodium_free(m_bytes); }  // sodium_free zeroes first

void SecretKey::wipe() { sodium_memzero(m_bytes, kSize); }

KdfParams KdfParams::interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::minimal() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

bool KeyVault::initSodium() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

bool KeyVault::deriveKek(QByteArrayView passphrase, const QByteArray& salt, KdfParams params, SecretKey& kek) {
  if (static_cast<std::size_t>(salt.size()) != crypto_pwhash_SALTBYTES) return false;
  return crypto_pwhash(kek.data(), SecretKey::kSize, passphrase.data(),
                       static_cast<unsigned long long>(passphrase.size()), bytes(salt), params.opsLimit,
                       params.memLimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

WrappedKey KeyVault::wrap(const SecretKey& dataKey, QByteArrayView passphrase, KdfParams params) {
  WrappedKey wrapped;
  wrapped.params = params;
  wrapped.salt.resize(crypto_pwhash_SALTBYTES);
  randombytes_buf(bytes(wrapped.salt), crypto_pwhash_SALTBYTES);
  SecretKey kek;
  if (!deriveKek(passphrase, wrapped.salt, params, kek)) return {};
  wrapped.sealedKey = sealWith(kek.data(), QByteArrayView(reinterpret_cast<const char*>(dataKey.data()),
                                                          static_cast<qsizetype>(SecretKey::kSize)),
                               QByteArrayView(kKeyWrapAad));
  return wrapped;
}

WrappedKey KeyVault::create(QByteArrayView passphrase, KdfParams params) {
  initSodium();
  crypto_aead_xchacha20poly1305_ietf_keygen(m_dataKey.data());
  WrappedKey wrapped = wrap(m_dataKey, passphrase, params);
  m_unlocked = !wrapped.sealedKey.isEmpty();
  if (!m_unlocked) m_dataKey.wipe();
  return wrapped;
}

bool KeyVault::unlock(const WrappedKey& wrapped, QByteArrayView passphrase) {
  lock();
  SecretKey kek;
  if (!deriveKek(passphrase, wrapped.salt, wrapped.params, kek)) return false;
  m_unlocked = openWith(kek.data(), wrapped.sealedKey, QByteArrayView(kKeyWrapAad), m_dataKey.data(),
                        SecretKey::kSize);
  if (!m_unlocked) m_dataKey.wipe();
  return m_unlocked;
}

WrappedKey KeyVault::rewrap(QByteArrayView passphrase, KdfParams params) const {
  if (!m_unlocked) return {};
  return wrap(m_dataKey, passphrase, params);
}

void KeyVault::lock() {
  m_dataKey.wipe();
  m_unlocked = false;
}

QByteArray KeyVault::encrypt(QByteArrayView plaintext, QByteArrayView aad) const {
  if (!m_unlocked) return {};
  return sealWith(m_dataKey.data(), plaintext, aad);
}

bool KeyVault::decrypt(QByteArrayView sealed, QByteArrayView aad, QByteArray& plaintext) const {
  plaintext.clear();
  if (!m_unlocked || static_cast<std::size_t>(sealed.size()) < kNonceBytes + kTagBytes) return false;
  plaintext.resize(sealed.size() - static_cast<qsizetype>(kNonceBytes + kTagBytes));
  if (!openWith(m_dataKey.data(), sealed, aad, bytes(plaintext), static_cast<std::size_t>(plaintext.size()))) {
    plaintext.clear();
    return false;
  }
  return true;
}

void wipeBytes(QByteArray& bytes) {
  if (!bytes.isEmpty()) sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
  bytes.clear();
}

}  // namespace amparo::mobile
