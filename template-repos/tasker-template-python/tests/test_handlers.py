"""Tests of the step handlers. They need the Tasker SDK (tasker-py) and are skipped without it."""

import pytest


def require_sdk():
    """Skips when tasker-py is not installed at all; a tasker_core that is installed but fails to
    import (its native module, one of its own imports) raises, so the run fails loudly."""
    try:
        import tasker_core  # noqa: F401
    except ModuleNotFoundError as error:
        if error.name != "tasker_core":
            raise
        pytest.skip(f"tasker-py is not installed ({error}); handler tests need the Tasker SDK",
                    allow_module_level=True)


require_sdk()

from tasker_template_python.handlers.confirm_order import confirm_order  # noqa: E402
from tasker_template_python.handlers.price_order import price_order  # noqa: E402
from tasker_template_python.handlers.validate_order import validate_order  # noqa: E402

ITEMS = [{"sku": "WIDGET-1", "quantity": 2, "unit_price_cents": 1250}]


class FakeStepContext:
    """Answers the two questions the functional DSL asks of a StepContext."""

    def __init__(self, inputs=None, dependency_results=None):
        self._inputs = inputs or {}
        self._dependency_results = dependency_results or {}

    def get_input(self, key):
        return self._inputs.get(key)

    def get_dependency_result(self, step_name):
        return self._dependency_results.get(step_name)


def run(handler_function, context):
    return handler_function._handler_class().call(context)


def test_handlers_register_the_callables_of_the_task_definition():
    assert validate_order._handler_class.handler_name == "tasker_template_python.handlers.validate_order"
    assert price_order._handler_class.handler_name == "tasker_template_python.handlers.price_order"
    assert confirm_order._handler_class.handler_name == "tasker_template_python.handlers.confirm_order"


def test_validate_order_succeeds_on_a_good_order():
    result = run(validate_order, FakeStepContext(inputs={"order_id": "ORD-1", "items": ITEMS}))

    assert result.is_success
    assert result.result["line_count"] == 1


def test_validate_order_fails_permanently_on_a_bad_order():
    result = run(validate_order, FakeStepContext(inputs={"order_id": "ORD-1", "items": []}))

    assert not result.is_success
    assert result.retryable is False


def test_price_and_confirm_use_the_upstream_results():
    order = {"order_id": "ORD-1", "lines": ITEMS, "line_count": 1}
    priced = run(price_order, FakeStepContext(dependency_results={"validate_order": order}))
    confirmed = run(confirm_order, FakeStepContext(dependency_results={"price_order": priced.result}))

    assert priced.result["total_cents"] == 2700
    assert confirmed.result["status"] == "confirmed"
