#!/bin/sh
# The checks every language's verify script runs on a generated project, holding it to the real
# Tasker's contract: its task definitions (config/tasks/*.yaml) parse, use only keys Tasker reads
# (retry.max_attempts) and their steps form a DAG over declared steps; docker-compose.tasker.yml
# parses with the two Tasker services; the worker and orchestration configuration hold every
# required key and only allowlisted variables, and the compose file mounts the orchestration one.
# Usage: check_definitions.sh PROJECT_DIR   (exit 0 when all pass)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
project=$1
python=${PYTHON:-python3}
set -- "$project"/config/tasks/*.yaml
if [ ! -e "$1" ]; then
  echo "verify: FAILED: no task definition in config/tasks/" >&2
  exit 1
fi
"$python" "$here/check_task_yaml.py" "$@"
"$python" "$here/check_compose.py" "$project/docker-compose.tasker.yml" postgres orchestration
"$python" "$here/check_tasker_config.py" "$project"
