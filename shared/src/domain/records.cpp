#include "amparo/domain/records.hpp"

#include <array>
#include <utility>

namespace amparo::domain {
namespace {

using Kind = amparo::sync::v1::RecordKind;

constexpr std::array<std::pair<Kind, std::string_view>, 8> kKindNames{{
    {amparo::sync::v1::RECORD_KIND_SITE, "site"},
    {amparo::sync::v1::RECORD_KIND_VISIT, "visit"},
    {amparo::sync::v1::RECORD_KIND_SCREENING, "screening"},
    {amparo::sync::v1::RECORD_KIND_PERSON, "person"},
    {amparo::sync::v1::RECORD_KIND_REFERRAL, "referral"},
    {amparo::sync::v1::RECORD_KIND_FOLLOW_UP, "follow_up"},
    {amparo::sync::v1::RECORD_KIND_INCIDENT, "incident"},
    {amparo::sync::v1::RECORD_KIND_REVIEW, "review"},
}};

}  // namespace

std::string_view kindName(RecordKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "unspecified";
}

std::optional<RecordKind> kindFromName(std::string_view name) {
  for (const auto& [k, n] : kKindNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

RecordKind bodyKind(const RecordEnvelope& envelope) {
  using Body = RecordEnvelope::BodyCase;
  switch (envelope.body_case()) {
    case Body::kSite: return amparo::sync::v1::RECORD_KIND_SITE;
    case Body::kVisit: return amparo::sync::v1::RECORD_KIND_VISIT;
    case Body::kScreening: return amparo::sync::v1::RECORD_KIND_SCREENING;
    case Body::kPerson: return amparo::sync::v1::RECORD_KIND_PERSON;
    case Body::kReferral: return amparo::sync::v1::RECORD_KIND_REFERRAL;
    case Body::kFollowUp: return amparo::sync::v1::RECORD_KIND_FOLLOW_UP;
    case Body::kIncident: return amparo::sync::v1::RECORD_KIND_INCIDENT;
    case Body::kReview: return amparo::sync::v1::RECORD_KIND_REVIEW;
    case Body::BODY_NOT_SET: break;
  }
  return amparo::sync::v1::RECORD_KIND_UNSPECIFIED;
}

DataClass defaultDataClass(const RecordEnvelope& envelope) {
  switch (bodyKind(envelope)) {
    case amparo::sync::v1::RECORD_KIND_PERSON:
      return cmn::DATA_CLASS_PERSONAL;
    case amparo::sync::v1::RECORD_KIND_SCREENING:
      return envelope.screening().mode() == rec::SCREENING_MODE_IDENTIFIED ? cmn::DATA_CLASS_PERSONAL
                                                                           : cmn::DATA_CLASS_SENSITIVE;
    case amparo::sync::v1::RECORD_KIND_REFERRAL:
    case amparo::sync::v1::RECORD_KIND_FOLLOW_UP:
    case amparo::sync::v1::RECORD_KIND_INCIDENT:
      return cmn::DATA_CLASS_SENSITIVE;
    case amparo::sync::v1::RECORD_KIND_VISIT:
      // Visits hold a restricted narrative but no personal data.
      return cmn::DATA_CLASS_SENSITIVE;
    case amparo::sync::v1::RECORD_KIND_SITE:
    case amparo::sync::v1::RECORD_KIND_REVIEW:
      return cmn::DATA_CLASS_ANONYMISED_AGGREGATE;
    default:
      return cmn::DATA_CLASS_UNSPECIFIED;
  }
}

AgeBand ageBandFor(int ageYears) {
  if (ageYears < 0) return cmn::AGE_BAND_UNSPECIFIED;
  if (ageYears <= 4) return cmn::AGE_BAND_0_4;
  if (ageYears <= 11) return cmn::AGE_BAND_5_11;
  if (ageYears <= 17) return cmn::AGE_BAND_12_17;
  if (ageYears <= 59) return cmn::AGE_BAND_18_59;
  return cmn::AGE_BAND_60_PLUS;
}

std::string_view ageBandLabel(AgeBand band) {
  switch (band) {
    case cmn::AGE_BAND_0_4: return "0-4";
    case cmn::AGE_BAND_5_11: return "5-11";
    case cmn::AGE_BAND_12_17: return "12-17";
    case cmn::AGE_BAND_18_59: return "18-59";
    case cmn::AGE_BAND_60_PLUS: return "60+";
    default: return "unknown";
  }
}

}  // namespace amparo::domain
