#!/usr/bin/env bash
# Set up (once) and start the assistant. Without arguments: the console on ./assistant.db.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
if [ $# -eq 0 ]; then
  set -- chat --as you
fi
exec .venv/bin/assistant "$@"
