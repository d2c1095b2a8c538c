#pragma once
// The tests use the library's plain-OpenSSL client (server/src/client/).

#include "client/https_client.hpp"

namespace amparo::server::testing {
using client::HttpResponse;
using client::HttpsClient;
using client::IdleConnection;
}  // namespace amparo::server::testing
