#!/usr/bin/env python3
"""Holds a generated project's Tasker configuration and compose file to the real Tasker's contract.

Usage: check_tasker_config.py PROJECT_DIR   (exit 0 when every check passes, 1 otherwise)

1. config/tasker/worker.toml and config/tasker/orchestration.toml each parse, hold [common] and their
   own section and nothing else at the top, and hold every key path of contract/config-required-keys.txt
   (the serde fields without a default along TaskerConfig, tasker-core
   crates/tasker-shared/src/config/tasker.rs); every deployment_mode is a DeploymentMode variant.
2. Every ${NAME} or ${NAME:-default} in them, comments included, names a variable of
   contract/env-allowlist.txt (get_env_var_allowlist, crates/tasker-shared/src/config/config_loader.rs).
3. No configuration file is left that nothing reads (config/tasker/common.toml), and every other file
   that names TASKER_CONFIG_PATH points it at worker.toml (or, in the compose file, the mounted
   orchestration.toml).
4. docker-compose.tasker.yml: the orchestration service sets TASKER_CONFIG_PATH, TASKER_ENV and
   DATABASE_URL (tasker-core docker/scripts/orchestration-entrypoint.sh needs the last two) and mounts a
   file of the project at that path, which is config/tasker/orchestration.toml.
"""
import os
import re
import sys
import tomllib

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
# crates/tasker-shared/src/event_system/deployment.rs: DeploymentMode, serde PascalCase.
DEPLOYMENT_MODES = {"EventDrivenOnly", "PollingOnly", "Hybrid", "Disabled"}
CONFIGS = {"worker.toml": "worker", "orchestration.toml": "orchestration"}


def contract_lines(name):
    with open(os.path.join(HERE, "contract", name), encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def required_keys():
    """{file name: [key path]} from config-required-keys.txt."""
    keys = {name: [] for name in CONFIGS}
    section = None
    for line in contract_lines("config-required-keys.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        for name in CONFIGS:
            if section in ("both", name):
                keys[name].append(line)
    return keys


def has_path(doc, path):
    node = doc
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def deployment_modes(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "deployment_mode":
                yield f"{path}{key}", value
            else:
                yield from deployment_modes(value, f"{path}{key}.")


def check_config(project, name, required, allowed):
    path = os.path.join(project, "config", "tasker", name)
    if not os.path.isfile(path):
        return [f"config/tasker/{name}: missing"]
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for expression in PLACEHOLDER.findall(line):
            variable = expression.split(":-", 1)[0]
            if variable not in allowed:
                found.append(f"config/tasker/{name}:{number}: ${{{expression}}} names '{variable}', "
                             "which the Tasker loader does not allow")
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return found + [f"config/tasker/{name}: not TOML: {error}"]
    expected_top = {"common", CONFIGS[name]}
    for key in sorted(set(doc) - expected_top):
        found.append(f"config/tasker/{name}: unexpected top-level table [{key}]")
    for key in required:
        if not has_path(doc, key):
            found.append(f"config/tasker/{name}: missing required key {key}")
    for where, mode in deployment_modes(doc):
        if mode not in DEPLOYMENT_MODES:
            found.append(f"config/tasker/{name}: {where} = {mode!r} is not one of {sorted(DEPLOYMENT_MODES)}")
    return found


def text_files(project):
    for root, dirs, files in os.walk(project):
        dirs[:] = [d for d in dirs if d not in ("node_modules", "target", ".git", "dist", ".venv")]
        for file in files:
            path = os.path.join(root, file)
            try:
                with open(path, encoding="utf-8") as handle:
                    yield os.path.relpath(path, project), handle.read()
            except (UnicodeDecodeError, OSError):
                continue


def check_references(project):
    found = []
    if os.path.exists(os.path.join(project, "config", "tasker", "common.toml")):
        found.append("config/tasker/common.toml: nothing reads it (Tasker loads one complete file)")
    for relative, text in text_files(project):
        if relative.startswith(os.path.join("config", "tasker")) or "TASKER_CONFIG_PATH" not in text:
            continue
        if "common.toml" in text:
            found.append(f"{relative}: names common.toml, which nothing reads")
        target = "orchestration.toml" if relative == "docker-compose.tasker.yml" else "worker.toml"
        if target not in text:
            found.append(f"{relative}: names TASKER_CONFIG_PATH but never {target}")
    return found


def check_compose(project):
    path = os.path.join(project, "docker-compose.tasker.yml")
    try:
        with open(path, encoding="utf-8") as handle:
            doc = yaml.safe_load(handle) or {}
    except (OSError, yaml.YAMLError) as error:
        return [f"docker-compose.tasker.yml: {str(error).splitlines()[0]}"]
    service = (doc.get("services") or {}).get("orchestration") or {}
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    found = [f"docker-compose.tasker.yml: orchestration sets no {name}"
             for name in ("TASKER_CONFIG_PATH", "TASKER_ENV", "DATABASE_URL") if not environment.get(name)]
    config_path = environment.get("TASKER_CONFIG_PATH")
    if not config_path:
        return found
    mounted = None
    for volume in service.get("volumes") or []:
        parts = volume.split(":") if isinstance(volume, str) else [volume.get("source"), volume.get("target")]
        if len(parts) >= 2 and parts[1] == config_path:
            mounted = parts[0]
    if mounted is None:
        return found + [f"docker-compose.tasker.yml: no volume of orchestration mounts TASKER_CONFIG_PATH {config_path}"]
    source = os.path.normpath(os.path.join(project, mounted))
    if not os.path.isfile(source):
        found.append(f"docker-compose.tasker.yml: the mounted {mounted} is not a file of the project")
    elif source != os.path.normpath(os.path.join(project, "config", "tasker", "orchestration.toml")):
        found.append(f"docker-compose.tasker.yml: mounts {mounted}, not config/tasker/orchestration.toml")
    return found


def main(project):
    allowed = set(contract_lines("env-allowlist.txt"))
    found = []
    for name, required in required_keys().items():
        found += check_config(project, name, required, allowed)
    found += check_references(project)
    found += check_compose(project)
    for problem in found:
        print(problem)
    if not found:
        print(f"{project}: Tasker configuration and compose file ok "
              "(required keys, allowlisted variables, mounted orchestration config)")
    return 1 if found else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2])
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
