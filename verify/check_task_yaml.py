#!/usr/bin/env python3
"""Checks a Tasker task definition: it parses, declares steps, and its dependencies form a DAG.

Also holds it to the real loader (tasker-core crates/tasker-shared/src/models/core/task_template/mod.rs,
c8733f95): every key is a field of TaskTemplate, StepDefinition, HandlerDefinition or
RetryConfiguration (serde ignores any other key silently, e.g. retry.limit, so a typo never fails
there), and every retry block says max_attempts, the field orchestration reads
(workflow_step_creator.rs).

Usage: check_task_yaml.py FILE...   (exit 0 when every file passes, 1 otherwise)
"""
import sys

import yaml

# Field names (and serde renames/aliases) of the structs in task_template/mod.rs.
TASK_KEYS = {"name", "namespace_name", "version", "description", "metadata", "system_dependencies",
             "domain_events", "input_schema", "steps", "environments", "lifecycle"}
STEP_KEYS = {"name", "description", "handler", "type", "step_type", "system_dependency", "dependencies",
             "depends_on", "retry", "timeout_seconds", "publishes_events", "batch_config", "result_schema",
             "composition"}
HANDLER_KEYS = {"callable", "method", "resolver", "initialization"}
RETRY_KEYS = {"retryable", "max_attempts", "backoff", "backoff_base_ms", "max_backoff_ms"}
BACKOFFS = {"none", "linear", "exponential", "fibonacci"}


def unknown(keys, known, where):
    return [f"{where}: key '{key}' is not read by Tasker (known: {', '.join(sorted(known))})"
            for key in keys if key not in known]


def retry_problems(step):
    retry = step.get("retry")
    if retry is None:
        return []
    if not isinstance(retry, dict):
        return [f"step '{step['name']}': retry is not a mapping"]
    found = unknown(retry, RETRY_KEYS, f"step '{step['name']}' retry")
    if "max_attempts" not in retry:
        found.append(f"step '{step['name']}': retry has no max_attempts")
    if "backoff" in retry and retry["backoff"] not in BACKOFFS:
        found.append(f"step '{step['name']}': retry.backoff '{retry['backoff']}' is not one of {sorted(BACKOFFS)}")
    return found


def problems(path):
    with open(path, encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    if not isinstance(doc, dict):
        return ["top level is not a mapping"]
    found = [f"missing '{key}'" for key in ("name", "namespace_name", "version", "steps") if key not in doc]
    found += unknown(doc, TASK_KEYS, "top level")
    steps = doc.get("steps") or []
    if not isinstance(steps, list) or not steps:
        return found + ["'steps' is not a non-empty list"]
    names = [step.get("name") for step in steps if isinstance(step, dict)]
    if len(names) != len(steps) or not all(names):
        return found + ["every step needs a name"]
    if len(set(names)) != len(names):
        found.append("step names repeat")
    graph = {}
    for step in steps:
        handler = step.get("handler") or {}
        if not handler.get("callable"):
            found.append(f"step '{step['name']}' has no handler.callable")
        found += unknown(step, STEP_KEYS, f"step '{step['name']}'")
        found += unknown(handler, HANDLER_KEYS, f"step '{step['name']}' handler")
        found += retry_problems(step)
        deps = step.get("dependencies") or []
        for dep in deps:
            if dep not in names:
                found.append(f"step '{step['name']}' depends on undeclared step '{dep}'")
        graph[step["name"]] = [dep for dep in deps if dep in names]
    state = {}

    def cyclic(node):
        state[node] = "visiting"
        for dep in graph[node]:
            if state.get(dep) == "visiting" or (dep not in state and cyclic(dep)):
                return True
        state[node] = "done"
        return False

    if any(node not in state and cyclic(node) for node in graph):
        found.append("step dependencies form a cycle")
    return found


def main(paths):
    failed = False
    for path in paths:
        try:
            found = problems(path)
        except (OSError, yaml.YAMLError) as error:
            found = [str(error).splitlines()[0]]
        for problem in found:
            print(f"{path}: {problem}")
        failed = failed or bool(found)
        if not found:
            print(f"{path}: task definition ok (DAG over declared steps)")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
