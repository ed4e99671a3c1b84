#!/usr/bin/env bash
# Set up (once) and run the whole test suite: lint, types, locales, tests.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
# A real Matrix homeserver for the Matrix adapter's end-to-end tests, in its own environment
# (its dependencies are not the assistant's). Without it those tests skip and say why.
if [ ! -x .venv-synapse/bin/python ]; then
  "$PYTHON" -m venv .venv-synapse
fi
.venv-synapse/bin/python -m pip install --quiet --disable-pip-version-check 'matrix-synapse>=1.100,<2' \
  || echo "warning: matrix-synapse could not be installed; the Matrix end-to-end tests will skip"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest "$@"
