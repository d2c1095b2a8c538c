#pragma once
// `amparo-server` command line: TOML config, flags over it, signals.

#include <string>

namespace amparo::server {

struct Config;

// Applies a TOML config file over `config`. Throws std::runtime_error on a
// parse error, an unknown key or a non-positive number.
void applyConfigFile(const std::string& file, Config& config);

// Runs the server until SIGTERM/SIGINT; returns the process exit status.
int runMain(int argc, char** argv);

}  // namespace amparo::server
