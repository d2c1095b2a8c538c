#pragma once
// Key handling for the local store. A random 256-bit data key encrypts every
// record; the passphrase only wraps that key (Argon2id), so changing the
// passphrase rewraps 72 bytes instead of re-encrypting the database.

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace amparo::mobile {

// A 256-bit key in guarded memory (sodium_malloc: locked, canaries), zeroed
// when wiped or destroyed.
class SecretKey {
public:
  static constexpr std::size_t kSize = 32;

  SecretKey();
  ~SecretKey();
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;

  unsigned char* data() { return m_bytes; }
  const unsigned char* data() const { return m_bytes; }
  void wipe();

private:
  unsigned char* m_bytes = nullptr;
};

// Argon2id cost. Stored with the wrapped key so a store opens with the
// parameters it was created with.
struct KdfParams {
  std::uint64_t opsLimit = 0;
  std::size_t memLimit = 0;

  // The default: about 0.1 to 0.3 s and 64 MiB here, still fine on a tablet.
  static KdfParams interactive();
  // Minimum cost, for tests that create many stores. Never for real data.
  static KdfParams minimal();
};

// What the meta table keeps to recover the data key from a passphrase.
struct WrappedKey {
  QByteArray salt;        // crypto_pwhash_SALTBYTES
  KdfParams params;
  QByteArray sealedKey;   // nonce || XChaCha20-Poly1305(data key)
};

// Holds the data key while the store is unlocked.
class KeyVault {
public:
  static bool initSodium();

  bool isUnlocked() const { return m_unlocked; }

  // Makes a fresh random data key, keeps it unlocked, and returns it wrapped
  // under the passphrase.
  WrappedKey create(QByteArrayView passphrase, KdfParams params);
  // False (and stays locked) when the passphrase is wrong or data tampered.
  bool unlock(const WrappedKey& wrapped, QByteArrayView passphrase);
  // The unlocked data key wrapped under a new passphrase with a new salt.
  WrappedKey rewrap(QByteArrayView passphrase, KdfParams params) const;
  // Zeroes the data key.
  void lock();

  // nonce || ciphertext || tag. AAD binds the bytes to their place (record
  // id and revision), so swapping two rows fails to decrypt.
  QByteArray encrypt(QByteArrayView plaintext, QByteArrayView aad) const;
  // False on a wrong key, tampering or a different AAD.
  bool decrypt(QByteArrayView sealed, QByteArrayView aad, QByteArray& plaintext) const;

private:
  static bool deriveKek(QByteArrayView passphrase, const QByteArray& salt, KdfParams params, SecretKey& kek);
  static WrappedKey wrap(const SecretKey& dataKey, QByteArrayView passphrase, KdfParams params);

  SecretKey m_dataKey;
  bool m_unlocked = false;
};

// Zeroes a buffer that held secrets (passphrase bytes, decrypted records).
void wipeBytes(QByteArray& bytes);

}  // namespace amparo::mobile
