#pragma once
// Stable per-export pseudonyms (DOMAIN.md §3.9: microdata exports are
// pseudonymised). HMAC-SHA256 under a random key made for one export and
// then forgotten: within the export the same id always gets the same
// pseudonym, so rows still link up (a referral to its case); across exports
// the pseudonyms differ, and without the key they cannot be reversed or
// recomputed from a guessed id.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace amparo::server::exports {

class Pseudonymiser {
public:
  static constexpr std::size_t kKeyBytes = 32;
  using Key = std::array<std::uint8_t, kKeyBytes>;

  // A fresh random key.
  Pseudonymiser();
  // A given key (tests).
  explicit Pseudonymiser(const Key& key);
  ~Pseudonymiser();  // wipes the key
  Pseudonymiser(const Pseudonymiser&) = delete;
  Pseudonymiser& operator=(const Pseudonymiser&) = delete;

  // "<prefix>-" and 16 hex characters (64 bits of the HMAC): `scope` keeps
  // ids of different sorts apart ("record", "account"). Empty in, empty out.
  std::string pseudonym(std::string_view scope, std::string_view prefix, std::string_view value) const;

private:
  Key m_key{};
};

}  // namespace amparo::server::exports
