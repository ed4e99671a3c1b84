#!/usr/bin/env bash
# Set up (once) and start the assistant. Without arguments: the console on ./assistant.db.
set -euo pipefail
INVOKED_AS=$0
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# The install is editable, so code changes need nothing; reinstall only when pyproject.toml
# (the dependencies, the entry points) changed since the last successful install.
STAMP=.venv/.run-installed
wanted=$(.venv/bin/python -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')
if [ ! -x .venv/bin/assistant ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$wanted" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
  echo "$wanted" > "$STAMP"
fi
if [ $# -eq 0 ]; then
  set -- chat --as you
fi
# Hints printed by the assistant (the demo's last line, how to become secretariat) name the
# command that started it.
export ASSISTANT_LAUNCHER=${ASSISTANT_LAUNCHER:-$INVOKED_AS}
exec .venv/bin/assistant "$@"
