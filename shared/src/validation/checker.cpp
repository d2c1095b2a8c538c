#include "validation/checker.hpp"

#include <cmath>

#include "amparo/sync/record_id.hpp"

namespace amparo::validation::detail {
namespace {

// Device clocks reset to 1970 are a real failure in the field: anything
// before this is a wrong clock, not an old record.
constexpr std::int64_t kEarliestPlausibleSeconds = 946684800;  // 2000-01-01T00:00:00Z
constexpr std::chrono::year kEarliestPlausibleYear{1900};

// The label of a finding is its last field name: "a.b[2].code" → "code".
std::string_view labelKey(std::string_view path) {
  const auto dot = path.rfind('.');
  std::string_view last = dot == std::string_view::npos ? path : path.substr(dot + 1);
  return last.substr(0, last.find('['));
}

}  // namespace

Checker::Checker(ValidationResult& result, const ValidationContext& context, const domain::ReferenceData& reference,
                 std::string prefix)
    : m_result(&result), m_context(&context), m_reference(&reference), m_prefix(std::move(prefix)) {}

Checker Checker::at(std::string_view field) const {
  return Checker(*m_result, *m_context, *m_reference, pathOf(field));
}

Checker Checker::at(std::string_view field, std::size_t index) const {
  return Checker(*m_result, *m_context, *m_reference, pathOf(field) + "[" + std::to_string(index) + "]");
}

std::string Checker::pathOf(std::string_view field) const {
  if (field.empty()) return m_prefix;
  if (m_prefix.empty()) return std::string(field);
  std::string path = m_prefix;
  path += '.';
  path += field;
  return path;
}

void Checker::report(std::string_view field, std::string_view code, Severity severity, std::string_view messageKey,
                     const MessageArgs& args) const {
  FieldIssue issue;
  issue.path = pathOf(field);
  issue.code = std::string(code);
  issue.severity = severity;
  auto messages = renderMessage(messageKey.empty() ? code : messageKey, labelKey(issue.path), args);
  issue.messageEn = std::move(messages.en);
  issue.messageEs = std::move(messages.es);
  m_result->issues.push_back(std::move(issue));
}

bool Checker::requiredText(std::string_view field, const std::string& value, std::string_view messageKey) const {
  if (!value.empty()) return true;
  error(field, "required", messageKey.empty() ? std::string_view("required") : messageKey);
  return false;
}

bool Checker::requiredEnum(std::string_view field, int value, bool (*isValid)(int)) const {
  if (value == 0) {
    error(field, "required");
    return false;
  }
  if (!isValid(value)) {
    error(field, "unknown_code", "unknown_code.value");
    return false;
  }
  return true;
}

void Checker::knownEnum(std::string_view field, int value, bool (*isValid)(int)) const {
  if (!isValid(value)) error(field, "unknown_code", "unknown_code.value");
}

bool Checker::recordId(std::string_view field, const std::string& value, bool required,
                       std::string_view messageKey) const {
  if (value.empty()) {
    if (required) error(field, "required");
    return false;
  }
  if (!sync::isValidRecordId(value)) {
    error(field, "invalid_format", messageKey);
    return false;
  }
  return true;
}

std::optional<std::chrono::year_month_day> Checker::isoDate(std::string_view field, const std::string& value,
                                                            bool required, bool notInFuture) const {
  if (value.empty()) {
    if (required) error(field, "required");
    return std::nullopt;
  }
  const auto date = parseIsoDate(value);
  if (!date) {
    error(field, "invalid_format", "invalid_format.date");
    return std::nullopt;
  }
  if (date->year() < kEarliestPlausibleYear) {
    error(field, "implausible", "implausible.date");
    return std::nullopt;
  }
  if (notInFuture && std::chrono::sys_days(*date) > latestLocalDay(m_context->now + m_context->clockSkew)) {
    error(field, "in_future", "in_future.date");
  }
  return date;
}

std::optional<Instant> Checker::timestamp(std::string_view field, bool present,
                                          const google::protobuf::Timestamp& value, bool required) const {
  if (!present) {
    if (required) error(field, "required");
    return std::nullopt;
  }
  if (!isValidTimestamp(value)) {
    error(field, "invalid_format", "invalid_format.time");
    return std::nullopt;
  }
  if (value.seconds() < kEarliestPlausibleSeconds) {
    error(field, "implausible", "implausible.time");
    return std::nullopt;
  }
  const Instant instant = toInstant(value);
  if (instant > toInstant(m_context->now + m_context->clockSkew)) error(field, "in_future");
  return instant;
}

bool Checker::nonNegative(std::string_view field, bool present, std::int64_t value) const {
  if (!present) return false;
  if (value < 0) {
    error(field, "negative");
    return false;
  }
  return true;
}

void Checker::notMoreThan(std::string_view field, bool present, std::int64_t value, std::string_view limitField,
                          bool limitPresent, std::int64_t limit) const {
  if (present && limitPresent && value >= 0 && limit >= 0 && value > limit) {
    error(field, "out_of_range", "out_of_range.not_more_than", {.other = limitField});
  }
}

void Checker::country(std::string_view field, const std::string& alpha3) const {
  if (!alpha3.empty() && !m_reference->findCountry(alpha3)) error(field, "unknown_code", "unknown_code.country");
}

bool Checker::agency(std::string_view field, const std::string& code) const {
  if (code.empty()) return false;
  if (!m_reference->findAgency(code)) {
    error(field, "unknown_code", "unknown_code.agency");
    return false;
  }
  return true;
}

void Checker::sexAgeCount(std::string_view field, const amparo::common::v1::SexAgeCount& count) const {
  const Checker c = at(field);
  bool allNonNegative = true;
  const auto part = [&](std::string_view name, bool present, std::int32_t value) {
    if (present && !c.nonNegative(name, present, value)) allNonNegative = false;
  };
  part("total", count.has_total(), count.total());
  part("women", count.has_women(), count.women());
  part("men", count.has_men(), count.men());
  part("girls", count.has_girls(), count.girls());
  part("boys", count.has_boys(), count.boys());
  part("unknown", count.has_unknown(), count.unknown());

  const bool anyPart =
      count.has_women() || count.has_men() || count.has_girls() || count.has_boys() || count.has_unknown();
  if (!anyPart) return;
  if (!count.has_total()) {
    c.error("total", "required", "required.total");
    return;
  }
  if (!allNonNegative) return;  // the negative count is the finding; a sum would only add noise
  // "unknown" absorbs whoever was not counted by sex and age, so a breakdown
  // must add up exactly; unset parts count as zero.
  const std::int64_t sum = std::int64_t{count.women()} + count.men() + count.girls() + count.boys() + count.unknown();
  if (sum != count.total()) c.error("total", "sum_mismatch", "sum_mismatch", {.a = sum, .b = count.total()});
}

void Checker::geoPoint(std::string_view field, const amparo::common::v1::GeoPoint& point) const {
  const Checker c = at(field);
  // Written as negated ranges so NaN is out of range too.
  if (!(point.latitude() >= -90.0 && point.latitude() <= 90.0)) {
    c.error("latitude", "out_of_range", "out_of_range.latitude");
  }
  if (!(point.longitude() >= -180.0 && point.longitude() <= 180.0)) {
    c.error("longitude", "out_of_range", "out_of_range.longitude");
  }
  if (!(point.horizontal_accuracy_m() >= 0.0) || std::isinf(point.horizontal_accuracy_m())) {
    c.error("horizontal_accuracy_m", "negative");
  }
  c.knownEnum("source", point.source(), amparo::common::v1::PositionSource_IsValid);
  c.timestamp("fixed_at", point.has_fixed_at(), point.fixed_at(), false);
}

void Checker::specificNeed(std::string_view field, std::size_t index, const domain::SpecificNeed& need) const {
  const Checker c = at(field, index);
  if (c.requiredText("code", need.code())) {
    switch (m_reference->specificNeedStatus(need.code())) {
      case domain::CodeStatus::Current:
        break;
      case domain::CodeStatus::Legacy:
        // Old v3 codes are kept when importing history, never typed anew.
        if (m_context->mode == Mode::Import) {
          c.report("code", "legacy_code", Severity::Warning, "legacy_code.import");
        } else {
          c.error("code", "legacy_code", "legacy_code.capture");
        }
        break;
      case domain::CodeStatus::Unknown:
        c.error("code", "unknown_code", "unknown_code.specific_need");
        break;
    }
  }
  c.knownEnum("status", need.status(), amparo::records::v1::SpecificNeedStatus_IsValid);
  c.isoDate("date_identified", need.date_identified(), false, true);
}

}  // namespace amparo::validation::detail
