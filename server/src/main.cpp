// amparo-server: the sync server. Everything but argument handling lives in
// amparo_server_lib, which the tests link too.
#include "cli.hpp"

int main(int argc, char** argv) {
  return amparo::server::runMain(argc, argv);
}
