"""Submits one example ``process_order`` task to the orchestration server and waits until it finishes.

    python -m tasker_template_python.submit

It calls the orchestration REST API (``POST /v1/tasks`` with a TaskRequest body, then
``GET /v1/tasks/<task_uuid>``), so it needs no worker in this process; the worker
(``python -m tasker_template_python.worker``) must be running elsewhere. TASKER_API_URL overrides the server's
address (default http://localhost:8080). Standard library only.
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.request

API_URL = os.environ.get("TASKER_API_URL", "http://localhost:8080")
FINISHED = {"complete", "error", "cancelled", "resolved_manually"}

EXAMPLE_ORDER = {
    "order_id": "ORD-1001",
    "items": [
        {"sku": "WIDGET-1", "quantity": 2, "unit_price_cents": 1250},
        {"sku": "GADGET-7", "quantity": 1, "unit_price_cents": 4999},
    ],
}


def call(path: str, body: dict | None = None) -> dict:
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(
        API_URL + path, data=data, headers={"Content-Type": "application/json"},
        method="GET" if body is None else "POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main() -> int:
    task = call("/v1/tasks", {
        "name": "process_order",
        "namespace": "default",
        "version": "1.0.0",
        "context": EXAMPLE_ORDER,
        "initiator": "tasker-template-python",
        "source_system": "tasker-template-python",
        "reason": "Example order from tasker_template_python.submit",
    })
    print(f"Submitted task {task['task_uuid']} (status: {task['status']})")
    for _ in range(60):
        if task["status"] in FINISHED:
            break
        time.sleep(1)
        task = call(f"/v1/tasks/{task['task_uuid']}")
    print(f"Task {task['task_uuid']}: {task['status']} "
          f"({task.get('completed_steps')}/{task.get('total_steps')} steps complete)")
    return 0 if task["status"] == "complete" else 1


if __name__ == "__main__":
    sys.exit(main())
