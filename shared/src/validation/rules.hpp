#pragma once
// Rules per record kind. Each takes a Checker whose prefix is the kind's body
// field ("visit", "screening", ...), so paths are the same whether a body is
// validated alone or inside its envelope.

#include "amparo/domain/records.hpp"
#include "validation/checker.hpp"

namespace amparo::validation::detail {

void checkSite(const Checker& c, const domain::Site& site);
void checkVisit(const Checker& c, const domain::Visit& visit);
void checkScreening(const Checker& c, const domain::Screening& screening);
void checkPerson(const Checker& c, const domain::Person& person);
void checkReferral(const Checker& c, const domain::Referral& referral);
void checkFollowUp(const Checker& c, const domain::FollowUp& followUp);
void checkIncident(const Checker& c, const domain::Incident& incident);
void checkReview(const Checker& c, const domain::Review& review);

}  // namespace amparo::validation::detail
