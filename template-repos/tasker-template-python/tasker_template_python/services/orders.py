"""Order logic behind the example workflow: validate -> price -> confirm.

Plain functions over plain data. Step results travel between steps as JSON, so every
function takes and returns dicts with string keys, and money is kept in integer cents.
"""

from __future__ import annotations

from typing import Any

TAX_RATE_PERCENT = 8


class InvalidOrder(ValueError):
    """The order can never succeed as submitted; retrying will not help."""


def validate_order(order_id: Any, items: Any) -> dict[str, Any]:
    """Checks the order id and line items and returns the normalised order."""
    if not isinstance(order_id, str) or not order_id.strip():
        raise InvalidOrder("order_id must be a non-empty string")
    if not isinstance(items, list) or not items:
        raise InvalidOrder("items must be a non-empty list")
    lines = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise InvalidOrder(f"item {index} is not an object")
        sku = item.get("sku")
        quantity = item.get("quantity")
        unit_price_cents = item.get("unit_price_cents")
        if not isinstance(sku, str) or not sku:
            raise InvalidOrder(f"item {index} has no sku")
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
            raise InvalidOrder(f"item {sku} needs a quantity of at least 1")
        if not isinstance(unit_price_cents, int) or isinstance(unit_price_cents, bool) or unit_price_cents < 0:
            raise InvalidOrder(f"item {sku} needs a non-negative unit_price_cents")
        lines.append({"sku": sku, "quantity": quantity, "unit_price_cents": unit_price_cents})
    return {"order_id": order_id.strip(), "lines": lines, "line_count": len(lines)}


def price_order(order: dict[str, Any]) -> dict[str, Any]:
    """Computes subtotal, tax (rounded half up) and total of a validated order."""
    subtotal = sum(line["quantity"] * line["unit_price_cents"] for line in order["lines"])
    tax = (subtotal * TAX_RATE_PERCENT + 50) // 100
    return {
        "order_id": order["order_id"],
        "subtotal_cents": subtotal,
        "tax_cents": tax,
        "total_cents": subtotal + tax,
    }


def confirm_order(priced: dict[str, Any]) -> dict[str, Any]:
    """Builds the confirmation of a priced order."""
    total = priced["total_cents"]
    return {
        "order_id": priced["order_id"],
        "status": "confirmed",
        "total_cents": total,
        "message": f"Order {priced['order_id']} confirmed: {total // 100}.{total % 100:02d} due",
    }
