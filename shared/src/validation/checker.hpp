#pragma once
// The Checker: carries the path prefix down the message tree and collects
// findings, so each rule reads as one line ("c.required(...)") and every
// finding gets its path, code, severity and both messages the same way.

#include <google/protobuf/timestamp.pb.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "amparo/domain/reference_data.hpp"
#include "amparo/validation/validator.hpp"
#include "validation/calendar.hpp"
#include "validation/messages.hpp"

namespace amparo::validation::detail {

class Checker {
public:
  Checker(ValidationResult& result, const ValidationContext& context, const domain::ReferenceData& reference,
          std::string prefix);

  // A checker for a sub-message or a repeated element: "visit.detention", "screening.consents[2]".
  Checker at(std::string_view field) const;
  Checker at(std::string_view field, std::size_t index) const;

  // The full path of a field of this message; an empty field names the message itself.
  std::string pathOf(std::string_view field) const;

  const ValidationContext& context() const { return *m_context; }
  const domain::ReferenceData& reference() const { return *m_reference; }

  // Records a finding. `messageKey` names a catalogue entry (default: the code).
  void report(std::string_view field, std::string_view code, Severity severity, std::string_view messageKey = {},
              const MessageArgs& args = {}) const;
  void error(std::string_view field, std::string_view code, std::string_view messageKey = {},
             const MessageArgs& args = {}) const {
    report(field, code, Severity::Error, messageKey, args);
  }

  // Common rules. Each returns whether the value is present and passed, so a
  // caller can skip rules that depend on it (no cascades of findings).
  bool requiredText(std::string_view field, const std::string& value, std::string_view messageKey = {}) const;
  // A required enum: 0 (UNSPECIFIED) is missing, a number the schema doesn't know is unknown_code.
  bool requiredEnum(std::string_view field, int value, bool (*isValid)(int)) const;
  // An optional enum: only numbers the schema doesn't know are reported.
  void knownEnum(std::string_view field, int value, bool (*isValid)(int)) const;
  bool recordId(std::string_view field, const std::string& value, bool required,
                std::string_view messageKey = "invalid_format.record_id") const;

  // ISO date "YYYY-MM-DD"; `notInFuture` for things that already happened.
  std::optional<std::chrono::year_month_day> isoDate(std::string_view field, const std::string& value,
                                                     bool required, bool notInFuture) const;
  // A Timestamp not in the future beyond the clock skew.
  std::optional<Instant> timestamp(std::string_view field, bool present, const google::protobuf::Timestamp& value,
                                   bool required) const;
  // `later` is not before `earlier` (both optional; nothing reported if either is missing).
  template <typename T>
  void notBefore(std::string_view laterField, const std::optional<T>& later, std::string_view earlierField,
                 const std::optional<T>& earlier) const {
    if (later && earlier && *later < *earlier) {
      error(laterField, "out_of_order", "out_of_order", {.other = earlierField});
    }
  }

  bool nonNegative(std::string_view field, bool present, std::int64_t value) const;
  // `field` is not greater than `limitField` (both present, both non-negative).
  void notMoreThan(std::string_view field, bool present, std::int64_t value, std::string_view limitField,
                   bool limitPresent, std::int64_t limit) const;

  void country(std::string_view field, const std::string& alpha3) const;  // empty allowed
  bool agency(std::string_view field, const std::string& code) const;     // empty allowed

  void sexAgeCount(std::string_view field, const amparo::common::v1::SexAgeCount& count) const;
  void geoPoint(std::string_view field, const amparo::common::v1::GeoPoint& point) const;
  void specificNeed(std::string_view field, std::size_t index, const domain::SpecificNeed& need) const;

private:
  ValidationResult* m_result;
  const ValidationContext* m_context;
  const domain::ReferenceData* m_reference;
  std::string m_prefix;
};

}  // namespace amparo::validation::detail
