#pragma once
// The fixed statistics dataset (tests/data/stats/dataset.json), sealed: every
// dashboard figure in stats_test.cpp is computed by hand from it (see
// tests/data/stats/README.md).

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "amparo/domain/records.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/wire/codec.hpp"

namespace amparo::server::testing {

// In file order; reviews name their target's sealed revision.
inline std::vector<domain::RecordEnvelope> loadStatsDataset() {
  std::ifstream file(std::string(AMPARO_SOURCE_DIR) + "/tests/data/stats/dataset.json");
  std::stringstream text;
  text << file.rdbuf();
  amparo::sync::v1::PushRequest batch;
  if (!wire::fromJson(text.str(), batch)) return {};
  std::map<std::string, std::string> revisions;
  std::vector<domain::RecordEnvelope> records;
  for (auto& record : *batch.mutable_records()) {
    if (record.has_review() && record.review().target_revision().empty()) {
      record.mutable_review()->set_target_revision(revisions[record.review().target_record_id()]);
    }
    sync::seal(record);
    revisions[record.id()] = record.revision();
    records.push_back(record);
  }
  return records;
}

inline const domain::RecordEnvelope& datasetRecord(const std::vector<domain::RecordEnvelope>& records,
                                                   const std::string& id) {
  for (const auto& record : records) {
    if (record.id() == id) return record;
  }
  throw std::runtime_error("no record " + id + " in the dataset");
}

// Ids as the dataset spells them: sites 0x11.., visits 0x21.., screenings
// 0x101.., referrals 0x201.., reviews 0x301...
inline std::string datasetId(unsigned n) {
  char id[40];
  std::snprintf(id, sizeof id, "019a%04x-0000-7000-8000-%012x", n >> 16, n);
  return id;
}

}  // namespace amparo::server::testing
