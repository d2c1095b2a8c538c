#pragma once
// The English/Spanish message catalogue. Entries are keyed by finding code,
// optionally refined by a variant ("required.legal_basis") when a condition
// needs explaining; field labels are keyed by proto field name.

#include <cstdint>
#include <string>
#include <string_view>

namespace amparo::validation::detail {

// Values a message may show. Only labels, aggregate counts and limits:
// never a value that could identify or describe a person.
struct MessageArgs {
  std::string_view other = {};  // label key of a second field ("{other}")
  std::int64_t a = 0;      // "{a}"
  std::int64_t b = 0;      // "{b}"
};

struct Messages {
  std::string en;
  std::string es;
};

// Renders the catalogue entry `key` (falling back to the part before the
// first '.', then to a generic text) for a field labelled by `fieldKey`.
// Placeholders: {field} / {Field} (capitalised), {other}, {a}, {b}.
Messages renderMessage(std::string_view key, std::string_view fieldKey, const MessageArgs& args);

}  // namespace amparo::validation::detail
