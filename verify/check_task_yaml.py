#!/usr/bin/env python3
"""Checks a Tasker task definition: it parses, declares steps, and its dependencies form a DAG.

Usage: check_task_yaml.py FILE...   (exit 0 when every file passes, 1 otherwise)
"""
import sys

import yaml


def problems(path):
    with open(path, encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    if not isinstance(doc, dict):
        return ["top level is not a mapping"]
    found = [f"missing '{key}'" for key in ("name", "namespace_name", "version", "steps") if key not in doc]
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
