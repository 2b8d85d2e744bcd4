#!/bin/sh
# Verifies a project generated from the python plugin's `project` template.
#
#   verify/python.sh PROJECT_DIR
#
# Works on a copy of PROJECT_DIR in a temporary directory; the project itself is never modified.
#  1. syntax: `python3 -m py_compile` on every .py file;
#  2. the task definitions (config/tasks/*.yaml) and docker-compose.tasker.yml, with the checks in verify/;
#  3. the tests as the README runs them, `python -m pytest` (here `python3 -m pytest`).
#     The Tasker SDK (tasker-py) is not reachable offline and nothing is pip-installed: the
#     project's pyproject.toml puts its root on sys.path for pytest, and the handler tests skip
#     with their stated reason. Fails when a test fails or when no test passed.
#     With TASKER_PY_SOURCES set to a directory holding the SDK's `tasker_core` package (tasker-core's
#     crates/tasker-py/python, e.g. from `git archive HEAD crates/tasker-py/python`), the tests run
#     against that real SDK instead: a copy of it goes first on PYTHONPATH, with its compiled module
#     replaced by verify/python/tasker_core_native_stub.py when absent, and the run must skip
#     nothing. The SDK's own dependencies (pydantic 2, pydantic-settings, pyee, httpx, PyYAML) must be
#     importable; when one is missing the handler tests fail, they do not skip.
# Needs: python3 with pytest and PyYAML (Debian: python3 python3-pytest python3-yaml).
set -eu

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 PROJECT_DIR" >&2
    exit 2
fi
VERIFY_DIR=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3}

if ! "$PYTHON" -c 'import pytest, yaml' 2>/dev/null; then
    echo "verify: $PYTHON lacks pytest or PyYAML (Debian: apt-get install -y python3-pytest python3-yaml)" >&2
    exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/verify-python.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
cp -R "$1" "$WORK/project"
cd "$WORK/project"
echo "verify: working on a copy of $1 in $WORK/project"

echo "verify: [1/3] syntax check (python3 -m py_compile)"
count=0
for file in $(find . -name '*.py' -not -path './.venv/*' -not -path './venv/*' | sort); do
    "$PYTHON" -m py_compile "$file"
    count=$((count + 1))
done
if [ "$count" -eq 0 ]; then
    echo "verify: no Python source files found" >&2
    exit 1
fi
echo "verify: $count Python files compile"

echo "verify: [2/3] task definitions and compose file"
PYTHON=$PYTHON sh "$VERIFY_DIR/check_definitions.sh" .

echo "verify: [3/3] tests, as the README runs them"
real_sdk=
if [ -n "${TASKER_PY_SOURCES:-}" ]; then
    if [ ! -d "$TASKER_PY_SOURCES/tasker_core" ]; then
        echo "verify: FAILED: TASKER_PY_SOURCES=$TASKER_PY_SOURCES holds no tasker_core package" >&2
        exit 1
    fi
    real_sdk=$WORK/sdk
    mkdir -p "$real_sdk"
    cp -R "$TASKER_PY_SOURCES/tasker_core" "$real_sdk/"
    if ! ls "$real_sdk"/tasker_core/_tasker_core*.so >/dev/null 2>&1; then
        cp "$VERIFY_DIR/python/tasker_core_native_stub.py" "$real_sdk/tasker_core/_tasker_core.py"
        echo "verify: the real SDK from $TASKER_PY_SOURCES, its native module replaced by verify/python/tasker_core_native_stub.py"
    fi
    PYTHONPATH=$real_sdk${PYTHONPATH:+:$PYTHONPATH}
    export PYTHONPATH
    echo "verify: handler tests run against the real tasker_core; none may be skipped"
else
    echo "verify: TASKER_PY_SOURCES is not set, so no run against the real SDK's sources (CI cannot fetch them)"
fi
if "$PYTHON" -c 'import tasker_core' 2>/dev/null; then
    echo "verify: tasker_core is importable here, so the handler tests will run"
else
    echo "verify: tasker-py (tasker_core) is not installed and PyPI is unreachable; handler tests will be skipped"
fi
echo "verify: not running 'pip install -e .[dev]' (offline); running '$PYTHON -m pytest' with the project root on sys.path"
set +e
PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -m pytest -p no:cacheprovider > "$WORK/pytest.log" 2>&1
status=$?
set -e
cat "$WORK/pytest.log"
summary=$(grep -E '^=+ .* in [0-9.]+s.* =+$' "$WORK/pytest.log" | tail -n 1)
echo "verify: runner summary: ${summary:-<none>}"
passed=$(printf '%s\n' "$summary" | sed -n 's/.*[^0-9]\([0-9][0-9]*\) passed.*/\1/p')
passed=${passed:-0}
if [ "$status" -ne 0 ]; then
    echo "verify: FAILED (pytest exit status $status)" >&2
    exit 1
fi
if [ "$passed" -eq 0 ]; then
    echo "verify: FAILED (no test passed)" >&2
    exit 1
fi
skipped=$(printf '%s\n' "$summary" | sed -n 's/.*[^0-9]\([0-9][0-9]*\) skipped.*/\1/p')
if [ -n "$real_sdk" ] && [ "${skipped:-0}" -ne 0 ]; then
    echo "verify: FAILED ($skipped skipped although the real SDK is on the path)" >&2
    exit 1
fi
echo "verify: OK ($passed passed)"
