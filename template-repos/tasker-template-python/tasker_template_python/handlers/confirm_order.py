"""Step handler for ``confirm_order``: confirms the priced order."""

from __future__ import annotations

from typing import Any

from tasker_core.step_handler.functional import depends_on, step_handler

from tasker_template_python.services import orders


@step_handler("tasker_template_python.handlers.confirm_order")
@depends_on(priced="price_order")
def confirm_order(priced: dict[str, Any], context: Any) -> dict[str, Any]:
    return orders.confirm_order(priced)
