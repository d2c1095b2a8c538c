// amparo-admin: accounts, devices, sites and backups of a running server.
#include <iostream>
#include <string>
#include <vector>

#include "admin/admin_cli.hpp"

int main(int argc, char** argv) {
  return amparo::server::admin::runAdmin(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout,
                                         std::cerr);
}
