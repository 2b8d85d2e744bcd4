"""Runs a Tasker worker serving this project's step handlers.

    python -m tasker_template_python.worker

Reads TASKER_CONFIG_PATH (the complete worker configuration, config/tasker/worker.toml),
TASKER_TEMPLATE_PATH (task definitions, config/tasks)
and DATABASE_URL from the environment; see README.md.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

from tasker_core import Worker

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HANDLER_PACKAGES = ["tasker_template_python.handlers"]


def main() -> None:
    os.environ.setdefault("TASKER_TEMPLATE_PATH", str(PROJECT_ROOT / "config" / "tasks"))
    os.environ.setdefault("TASKER_CONFIG_PATH", str(PROJECT_ROOT / "config" / "tasker" / "worker.toml"))

    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    with Worker.start(handler_packages=HANDLER_PACKAGES) as worker:
        print(f"Tasker worker {worker.worker_id} running; Ctrl-C to stop")
        stop.wait()


if __name__ == "__main__":
    main()
