// Cost per record of what every save and every push does: seal (hash +
// revision id), validate, and encode/decode. Reports bytes per record for the
// binary and JSON encodings, and their ratio.
#include <benchmark/benchmark.h>

#include "amparo/domain/records.hpp"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "amparo/wire/codec.hpp"

namespace {

using namespace amparo;

domain::RecordEnvelope typicalScreening() {
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(amparo::sync::v1::RECORD_KIND_SCREENING);
  envelope.set_author("demo-monitor");
  envelope.set_device_id("tablet-07");
  envelope.set_office_code("TAP");
  envelope.mutable_created_at()->set_seconds(1764633600);
  envelope.mutable_modified_at()->set_seconds(1764633600);
  auto* s = envelope.mutable_screening();
  s->set_visit_id(sync::newRecordId());
  s->set_mode(amparo::records::v1::SCREENING_MODE_ANONYMOUS);
  auto* consent = s->add_consents();
  consent->set_purpose(amparo::records::v1::CONSENT_PURPOSE_INTERVIEW);
  consent->set_given(true);
  consent->mutable_recorded_at()->set_seconds(1764633600);
  s->mutable_interviewed_at()->set_seconds(1764633600);
  auto* r = s->mutable_respondent();
  r->set_sex(amparo::common::v1::SEX_FEMALE);
  r->set_age_years(29);
  r->set_age_band(amparo::common::v1::AGE_BAND_18_59);
  r->set_nationality("HND");
  s->mutable_household()->set_travel_mode(amparo::records::v1::TRAVEL_MODE_WITH_FAMILY);
  s->mutable_household()->set_adults(2);
  s->mutable_household()->set_children(3);
  s->add_flight_reasons(amparo::records::v1::FLIGHT_REASON_THREATS);
  s->mutable_intentions()->set_intends_to_seek_asylum(amparo::common::v1::ANSWER_YES);
  s->mutable_intentions()->set_comar_status(amparo::records::v1::COMAR_STATUS_NOT_STARTED);
  s->add_specific_needs()->set_code("WR-WR");
  s->add_information_given(amparo::records::v1::INFORMATION_TOPIC_RIGHT_TO_ASYLUM);
  s->set_case_priority(amparo::common::v1::PRIORITY_NORMAL);
  sync::seal(envelope);
  return envelope;
}

void BM_Seal(benchmark::State& state) {
  auto envelope = typicalScreening();
  for (auto _ : state) {
    sync::seal(envelope);
    benchmark::DoNotOptimize(envelope.revision());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Seal);

void BM_Validate(benchmark::State& state) {
  const auto envelope = typicalScreening();
  for (auto _ : state) benchmark::DoNotOptimize(validation::validate(envelope).ok());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Validate);

void BM_NewRecordId(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(sync::newRecordId());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NewRecordId);

void BM_BinaryRoundTrip(benchmark::State& state) {
  const auto envelope = typicalScreening();
  domain::RecordEnvelope decoded;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto encoded = wire::toBinary(envelope);
    bytes = encoded.size();
    benchmark::DoNotOptimize(wire::fromBinary(encoded, decoded));
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["bytes_per_record"] = static_cast<double>(bytes);
}
BENCHMARK(BM_BinaryRoundTrip);

void BM_JsonRoundTrip(benchmark::State& state) {
  const auto envelope = typicalScreening();
  domain::RecordEnvelope decoded;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto encoded = wire::toJson(envelope);
    bytes = encoded.size();
    benchmark::DoNotOptimize(wire::fromJson(encoded, decoded));
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["bytes_per_record"] = static_cast<double>(bytes);
  state.counters["json_to_binary_size_ratio"] =
      static_cast<double>(bytes) / static_cast<double>(wire::toBinary(envelope).size());
}
BENCHMARK(BM_JsonRoundTrip);

}  // namespace

BENCHMARK_MAIN();
