"""Step handler for ``validate_order``: checks the submitted order."""

from __future__ import annotations

from typing import Any

from tasker_core.errors import PermanentError
from tasker_core.step_handler.functional import inputs, step_handler

from tasker_template_python.services import orders


@step_handler("tasker_template_python.handlers.validate_order")
@inputs("order_id", "items")
def validate_order(order_id: Any, items: Any, context: Any) -> dict[str, Any]:
    try:
        return orders.validate_order(order_id, items)
    except orders.InvalidOrder as error:
        # Bad input never gets better with retries.
        raise PermanentError(str(error)) from error
