#include "validation/consent.hpp"

namespace amparo::validation::detail {

ConsentState consentState(const domain::Screening& screening, amparo::records::v1::ConsentPurpose purpose,
                          std::string_view agencyCode) {
  auto state = ConsentState::Missing;
  for (const auto& item : screening.consents()) {
    if (item.purpose() != purpose) continue;
    if (!agencyCode.empty() && item.agency_code() != agencyCode) continue;
    if (item.given() && !item.has_withdrawn_at()) return ConsentState::Given;
    if (item.given()) {
      state = ConsentState::Withdrawn;
    } else if (state == ConsentState::Missing) {
      state = ConsentState::Refused;
    }
  }
  return state;
}

}  // namespace amparo::validation::detail
