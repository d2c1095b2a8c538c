#pragma once
// Reading a screening's consent items: several items may exist for one
// purpose (asked again, withdrawn, given to another agency); one given and
// not withdrawn is enough.

#include <string_view>

#include "amparo/domain/records.hpp"

namespace amparo::validation::detail {

enum class ConsentState {
  Missing,    // no item for this purpose (and agency)
  Refused,    // only items with given = false
  Withdrawn,  // given once, since withdrawn
  Given,      // at least one item given and not withdrawn
};

// `agencyCode` empty: any agency (purposes that are not per agency).
ConsentState consentState(const domain::Screening& screening, amparo::records::v1::ConsentPurpose purpose,
                          std::string_view agencyCode = {});

}  // namespace amparo::validation::detail
