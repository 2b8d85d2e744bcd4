#!/usr/bin/env python3
"""Checks a docker-compose file parses as YAML and defines the named services.

Usage: check_compose.py FILE SERVICE...   (exit 0 when all are present, 1 otherwise)
"""
import sys

import yaml


def main(path, wanted):
    try:
        with open(path, encoding="utf-8") as handle:
            doc = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        print(f"{path}: {str(error).splitlines()[0]}")
        return 1
    services = (doc or {}).get("services") or {}
    missing = [name for name in wanted if name not in services]
    for name in missing:
        print(f"{path}: no service '{name}' (has: {', '.join(sorted(services)) or 'none'})")
    if not missing:
        print(f"{path}: compose ok ({', '.join(wanted)})")
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-1])
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
