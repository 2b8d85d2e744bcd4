//! Business logic of the example order workflow.
//!
//! Standard library only: nothing here depends on Tasker or any other crate, so these functions
//! are tested on their own (the tests at the bottom of this file) and the handlers in
//! `src/handlers.rs` stay thin. Money is handled in whole cents.

use std::fmt;

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderItem {
    pub sku: String,
    pub quantity: u32,
    pub unit_price_cents: u64,
}

/// An order whose id and items were checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidatedOrder {
    pub order_id: String,
    pub items: Vec<OrderItem>,
    pub item_count: u32,
}

/// Subtotal, tax and total of an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderTotals {
    pub subtotal_cents: u64,
    pub tax_cents: u64,
    pub total_cents: u64,
}

/// The confirmation of a priced order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderConfirmation {
    pub order_id: String,
    pub total_cents: u64,
    pub confirmation_code: String,
}

/// Input that can never succeed: the handlers report it as a permanent failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    MissingOrderId,
    NoItems,
    MissingSku { line: usize },
    ZeroQuantity { sku: String },
    NothingToCharge { order_id: String },
}

impl fmt::Display for OrderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrderError::MissingOrderId => write!(f, "order_id is required"),
            OrderError::NoItems => write!(f, "an order needs at least one item"),
            OrderError::MissingSku { line } => write!(f, "item {line} has no sku"),
            OrderError::ZeroQuantity { sku } => write!(f, "item {sku} needs a positive quantity"),
            OrderError::NothingToCharge { order_id } => {
                write!(f, "order {order_id} has nothing to charge")
            }
        }
    }
}

impl std::error::Error for OrderError {}

/// Tax rate in basis points (800 = 8%).
pub const TAX_RATE_BASIS_POINTS: u64 = 800;

/// Checks the order id and items and counts the units ordered.
pub fn validate_order(order_id: &str, items: Vec<OrderItem>) -> Result<ValidatedOrder, OrderError> {
    if order_id.trim().is_empty() {
        return Err(OrderError::MissingOrderId);
    }
    if items.is_empty() {
        return Err(OrderError::NoItems);
    }
    for (index, item) in items.iter().enumerate() {
        if item.sku.trim().is_empty() {
            return Err(OrderError::MissingSku { line: index + 1 });
        }
        if item.quantity == 0 {
            return Err(OrderError::ZeroQuantity {
                sku: item.sku.clone(),
            });
        }
    }
    let item_count = items.iter().map(|item| item.quantity).sum();
    Ok(ValidatedOrder {
        order_id: order_id.to_string(),
        items,
        item_count,
    })
}

/// Prices the order; tax is rounded half up to the cent.
pub fn calculate_totals(items: &[OrderItem], tax_basis_points: u64) -> OrderTotals {
    let subtotal_cents: u64 = items
        .iter()
        .map(|item| u64::from(item.quantity) * item.unit_price_cents)
        .sum();
    let tax_cents = (subtotal_cents * tax_basis_points + 5_000) / 10_000;
    OrderTotals {
        subtotal_cents,
        tax_cents,
        total_cents: subtotal_cents + tax_cents,
    }
}

/// Confirms a priced order and derives its confirmation code from the order id.
pub fn confirm_order(order_id: &str, totals: &OrderTotals) -> Result<OrderConfirmation, OrderError> {
    if totals.total_cents == 0 {
        return Err(OrderError::NothingToCharge {
            order_id: order_id.to_string(),
        });
    }
    let code: String = order_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    Ok(OrderConfirmation {
        order_id: order_id.to_string(),
        total_cents: totals.total_cents,
        confirmation_code: format!("CONF-{code}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<OrderItem> {
        vec![
            OrderItem {
                sku: "WIDGET".to_string(),
                quantity: 2,
                unit_price_cents: 1_000,
            },
            OrderItem {
                sku: "GADGET".to_string(),
                quantity: 1,
                unit_price_cents: 550,
            },
        ]
    }

    #[test]
    fn validate_order_accepts_a_well_formed_order() {
        let order = validate_order("ord-1", items()).expect("valid order");
        assert_eq!(order.order_id, "ord-1");
        assert_eq!(order.items.len(), 2);
        assert_eq!(order.item_count, 3);
    }

    #[test]
    fn validate_order_rejects_a_missing_id() {
        assert_eq!(validate_order("  ", items()), Err(OrderError::MissingOrderId));
    }

    #[test]
    fn validate_order_rejects_an_empty_order() {
        assert_eq!(validate_order("ord-1", Vec::new()), Err(OrderError::NoItems));
    }

    #[test]
    fn validate_order_rejects_a_zero_quantity() {
        let mut lines = items();
        lines[1].quantity = 0;
        assert_eq!(
            validate_order("ord-1", lines),
            Err(OrderError::ZeroQuantity {
                sku: "GADGET".to_string()
            })
        );
    }

    #[test]
    fn calculate_totals_adds_rounded_tax() {
        let totals = calculate_totals(&items(), TAX_RATE_BASIS_POINTS);
        assert_eq!(
            totals,
            OrderTotals {
                subtotal_cents: 2_550,
                tax_cents: 204,
                total_cents: 2_754,
            }
        );
    }

    #[test]
    fn calculate_totals_without_tax() {
        assert_eq!(calculate_totals(&items(), 0).total_cents, 2_550);
    }

    #[test]
    fn confirm_order_issues_a_code() {
        let totals = calculate_totals(&items(), TAX_RATE_BASIS_POINTS);
        let confirmation = confirm_order("ord-1", &totals).expect("confirmed");
        assert_eq!(confirmation.confirmation_code, "CONF-ORD1");
        assert_eq!(confirmation.total_cents, 2_754);
    }

    #[test]
    fn confirm_order_refuses_an_empty_charge() {
        let totals = calculate_totals(&[], TAX_RATE_BASIS_POINTS);
        assert!(matches!(
            confirm_order("ord-1", &totals),
            Err(OrderError::NothingToCharge { .. })
        ));
    }

    #[test]
    fn errors_read_well() {
        assert_eq!(OrderError::NoItems.to_string(), "an order needs at least one item");
    }
}
