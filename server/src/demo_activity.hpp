#pragma once
// `--demo` activity: six months of made-up but plausible monitoring — visits
// to the demo sites with anonymous screenings, specific needs and referrals —
// so a newcomer signing in as demo-coordinator sees a visit log and figures
// to review. Deterministic (fixed seed), dated back from `now`; no real
// person in it, and no identified screening (no names at all).

#include <chrono>
#include <vector>

#include "amparo/domain/records.hpp"

namespace amparo::server {

// Sealed, valid records authored by demo-monitor (Tapachula) and by
// "demo-monitor-ten" (Tenosique, no account), for the given demo sites.
std::vector<domain::RecordEnvelope> demoActivity(const std::vector<domain::RecordEnvelope>& sites,
                                                 std::chrono::system_clock::time_point now);

}  // namespace amparo::server
