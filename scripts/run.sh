#!/usr/bin/env bash
# The main job: builds, starts the sync server with demo data on loopback
# (database and generated certificate under ./var/), then the field app
# already pointed at it. Sign in as demo-monitor, record a visit, sync, and
# see it as demo-coordinator (GET /v1/records). With no display, only the
# server runs and this prints how to start the app. Ctrl-C stops both; the
# server drains in-flight requests first.
#   AMPARO_LISTEN=127.0.0.1:9443 make run    another port (loopback only with --demo)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
mkdir -p var
listen="${AMPARO_LISTEN:-127.0.0.1:8443}"
url="https://${listen}"

log=var/server.out
build/bin/amparo-server --demo-activity --data var --listen "$listen" > >(tee "$log") 2>&1 &
server=$!
app=""
stop() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill -INT "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap stop INT TERM EXIT

# The server prints its certificate fingerprint once it listens.
for _ in $(seq 1 100); do
  grep -q "SHA-256:" "$log" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "amparo-server did not start" >&2; exit 1; }
  sleep 0.1
done
fingerprint=$(sed -n 's/.*SHA-256: *//p' "$log" | head -n 1)

echo
echo "Try:  curl -k ${url}/healthz"
echo "      curl -k -H 'Content-Type: application/json' \\"
echo "           -d '{\"username\":\"demo-coordinator\",\"password\":\"amparo-coordinator\",\"deviceLabel\":\"laptop\"}' \\"
echo "           ${url}/v1/devices/enroll      # then GET /v1/records with 'Authorization: Bearer <token>'"
app_cmd=(build/bin/amparo --data-dir var/app --server "$url" --fingerprint "$fingerprint")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Starting the field app (its data under var/app; sign in as demo-monitor / amparo-monitor)."
  "${app_cmd[@]}" &
  app=$!
else
  echo "No display: start the field app from a desktop session with"
  echo "      ${app_cmd[*]}"
fi
echo
wait "$server"
