#!/usr/bin/env bash
# The main job: builds, then runs the sync server with demo data on loopback,
# keeping its database and generated certificate under ./var/. It prints the
# URL, the certificate's SHA-256 fingerprint and the demo accounts; Ctrl-C
# drains in-flight requests and stops it cleanly.
#   AMPARO_LISTEN=127.0.0.1:9443 make run    another port (loopback only with --demo)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
mkdir -p var
listen="${AMPARO_LISTEN:-127.0.0.1:8443}"
echo
echo "Try:  curl -k https://${listen}/healthz"
echo "      curl -k -H 'Content-Type: application/json' \\"
echo "           -d '{\"username\":\"demo-monitor\",\"password\":\"amparo-monitor\",\"deviceLabel\":\"my laptop\"}' \\"
echo "           https://${listen}/v1/devices/enroll"
echo
# exec: the server itself receives Ctrl-C (SIGINT) and drains.
exec build/bin/amparo-server --demo --data var --listen "$listen"
