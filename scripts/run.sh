#!/usr/bin/env bash
# The main job. Until the sync server lands, it demonstrates the shared core:
# validating example records and printing every field-level finding.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
lang="${AMPARO_LANG:-es}"
for example in tests/data/examples/*.json; do
  echo
  echo "== ${example}"
  build/bin/amparo-validate --lang "$lang" "$example" || true
done
echo
echo "Try: build/bin/amparo-validate --lang en FILE.json   (a RecordEnvelope in protobuf JSON)"
