#pragma once
// amparo-admin: manages a running server over HTTPS as an admin (accounts,
// devices, sites, backups), and verifies or restores a stopped server's data.

#include <iosfwd>
#include <string>
#include <vector>

namespace amparo::server::admin {

// `args` without the program name. Passwords are read from `in`, one per
// line, never taken from the command line. Returns the exit status.
int runAdmin(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace amparo::server::admin
