#pragma once
// The domain model of Amparo. The wire schema (proto/) is the single
// definition of every record's fields; these aliases give the domain names
// the rest of the code uses, so there is no hand-kept mirror to drift.

#include <optional>
#include <string>
#include <string_view>

#include "amparo/common/v1/common.pb.h"
#include "amparo/records/v1/follow_up.pb.h"
#include "amparo/records/v1/incident.pb.h"
#include "amparo/records/v1/person.pb.h"
#include "amparo/records/v1/referral.pb.h"
#include "amparo/records/v1/review.pb.h"
#include "amparo/records/v1/screening.pb.h"
#include "amparo/records/v1/site.pb.h"
#include "amparo/records/v1/visit.pb.h"
#include "amparo/sync/v1/sync.pb.h"

namespace amparo::domain {

namespace rec = amparo::records::v1;
namespace cmn = amparo::common::v1;

using Site = rec::Site;
using Visit = rec::Visit;
using Screening = rec::Screening;
using Person = rec::Person;
using SpecificNeed = rec::SpecificNeed;
using Referral = rec::Referral;
using FollowUp = rec::FollowUp;
using Incident = rec::Incident;
using Review = rec::Review;
using RecordEnvelope = amparo::sync::v1::RecordEnvelope;
using RecordKind = amparo::sync::v1::RecordKind;
using AgeBand = cmn::AgeBand;
using DataClass = cmn::DataClass;

// Stable lower-case name of a kind ("visit", "follow_up"), for paths and logs.
std::string_view kindName(RecordKind kind);
std::optional<RecordKind> kindFromName(std::string_view name);

// The kind implied by the envelope's body, or RECORD_KIND_UNSPECIFIED if none.
RecordKind bodyKind(const RecordEnvelope& envelope);

// The data class a record of this kind carries by default: Person and
// identified screenings are personal; referrals, follow-ups and incidents are
// sensitive; reviews and sites are not personal.
DataClass defaultDataClass(const RecordEnvelope& envelope);

// UNHCR age band for an age in whole years; UNSPECIFIED for negative ages.
AgeBand ageBandFor(int ageYears);
std::string_view ageBandLabel(AgeBand band);  // "0-4", "5-11", ..., "60+"

}  // namespace amparo::domain
