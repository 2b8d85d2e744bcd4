"""Tests of the order service. Plain Python: they run with or without the Tasker SDK."""

import pytest

from tasker_template_python.services import orders

ITEMS = [
    {"sku": "WIDGET-1", "quantity": 2, "unit_price_cents": 1250},
    {"sku": "GADGET-7", "quantity": 1, "unit_price_cents": 4999},
]


def test_validate_order_normalises_the_order():
    order = orders.validate_order(" ORD-1 ", ITEMS)

    assert order["order_id"] == "ORD-1"
    assert order["line_count"] == 2
    assert order["lines"][0] == {"sku": "WIDGET-1", "quantity": 2, "unit_price_cents": 1250}


@pytest.mark.parametrize(
    ("order_id", "items", "message"),
    [
        ("", ITEMS, "order_id"),
        ("ORD-1", [], "items"),
        ("ORD-1", [{"sku": "A", "quantity": 0, "unit_price_cents": 1}], "quantity"),
        ("ORD-1", [{"sku": "A", "quantity": 1, "unit_price_cents": -1}], "unit_price_cents"),
        ("ORD-1", [{"quantity": 1, "unit_price_cents": 1}], "sku"),
    ],
)
def test_validate_order_refuses_bad_input(order_id, items, message):
    with pytest.raises(orders.InvalidOrder, match=message):
        orders.validate_order(order_id, items)


def test_price_order_adds_tax_rounded_half_up():
    priced = orders.price_order(orders.validate_order("ORD-1", ITEMS))

    assert priced == {
        "order_id": "ORD-1",
        "subtotal_cents": 7499,
        "tax_cents": 600,
        "total_cents": 8099,
    }


def test_confirm_order_reports_the_total():
    confirmation = orders.confirm_order(
        {"order_id": "ORD-1", "subtotal_cents": 7499, "tax_cents": 600, "total_cents": 8099}
    )

    assert confirmation["status"] == "confirmed"
    assert confirmation["total_cents"] == 8099
    assert confirmation["message"] == "Order ORD-1 confirmed: 80.99 due"
