"""Step handler for ``price_order``: prices the validated order."""

from __future__ import annotations

from typing import Any

from tasker_core.step_handler.functional import depends_on, step_handler

from tasker_template_python.services import orders


@step_handler("tasker_template_python.handlers.price_order")
@depends_on(order="validate_order")
def price_order(order: dict[str, Any], context: Any) -> dict[str, Any]:
    return orders.price_order(order)
