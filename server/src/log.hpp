#pragma once
// One line per event: "ts=… event=… key=value …" on stderr. Callers pass ids,
// routes, codes and durations only — never a name, a note or record content
// (data-protection rule 4).

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace amparo::server {

using LogField = std::pair<std::string_view, std::string>;

void logEvent(std::string_view event, std::initializer_list<LogField> fields = {});
// Tests silence the log.
void setLogEnabled(bool enabled);

}  // namespace amparo::server
