#!/usr/bin/env bash
# Run every benchmark in turn (each prints a table and writes bench/results/<name>.json).
# Extra arguments (e.g. --quick) are passed to each script.
set -euo pipefail
cd "$(dirname "$0")/.."
for script in dates scheduler queries replan slack_http broadcast; do
  echo "== bench/$script.py"
  .venv/bin/python "bench/$script.py" "$@"
done
