#!/usr/bin/env bash
# The include side of the layers in DESIGN.md (the link side is checked when CMake configures,
# cmake/YokotenLayers.cmake): nothing under sync/ includes a header of client/, and neither
# sync/ nor client/store includes Qt. Prints each offending line; exits 1 if there is one.
# Usage: check-layers.sh SOURCE_DIR
set -euo pipefail
src=${1:?source dir}
cd "$src"
status=0
# client/ headers are reached as "store/…", "app/…" and "cli/…" (client/ is an include root).
if grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](store|app|cli)/' sync; then
  echo "layers: the lines above include client/ code from sync/" >&2
  status=1
fi
if grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](Qt[A-Za-z]*/|Q[A-Z][A-Za-z]*>)' sync client/store; then
  echo "layers: the lines above include Qt in sync/ or client/store" >&2
  status=1
fi
[ "$status" = 0 ] && echo "layers: sync/ includes nothing of client/; sync/ and client/store include no Qt"
exit "$status"
