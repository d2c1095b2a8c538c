#pragma once
// Valid, sealed records for the server tests.

#include <string>

#include "amparo/domain/records.hpp"

namespace amparo::server::testing {

// An urban-point visit by `author` for `office`: valid and sealed.
domain::RecordEnvelope makeVisit(const std::string& author, const std::string& office);
// The next revision of `record` with a changed count: valid and sealed.
domain::RecordEnvelope editVisit(const domain::RecordEnvelope& record, int peopleInterviewed);
// A coordinator's review of `target`.
domain::RecordEnvelope makeReview(const std::string& author, const domain::RecordEnvelope& target);

}  // namespace amparo::server::testing
