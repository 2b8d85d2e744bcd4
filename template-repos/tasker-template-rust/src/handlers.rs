//! Step handlers for the example workflow (`config/tasks/process_order.yaml`).
//!
//! Each handler is a thin wrapper: it reads the task context or the results of the steps it
//! depends on, calls a function in [`crate::services`], and turns the outcome into a
//! `StepExecutionResult`. The JSON translation lives in plain functions (`validate_order_step`,
//! …) so it is unit-tested without a running worker.
//!
//! `RustStepHandler` is the step handler trait of the `tasker-worker` crate
//! (`tasker_worker::worker::handlers::StepHandler`): the worker's dispatch service looks a
//! handler up in a `StepHandlerRegistry` by the step's `handler.callable` and calls it.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Instant;

use async_trait::async_trait;
use serde_json::{json, Value};
use tasker_shared::messaging::StepExecutionResult;
use tasker_shared::types::base::TaskSequenceStep;
use tasker_shared::TaskerResult;
use tasker_worker::worker::handlers::{StepHandler as RustStepHandler, StepHandlerRegistry};

use crate::services::{self, OrderItem, OrderTotals};

// tasker-cli: handler modules (keep this line: `tasker-cli generate handler` declares new modules above it)

/// Handler callables, as written in `config/tasks/process_order.yaml`.
pub const VALIDATE_ORDER: &str = "tasker_template_rust_validate_order";
pub const CALCULATE_TOTAL: &str = "tasker_template_rust_calculate_total";
pub const CONFIRM_ORDER: &str = "tasker_template_rust_confirm_order";

fn dollars(cents: u64) -> f64 {
    cents as f64 / 100.0
}

fn parse_items(items: &Value) -> Result<Vec<OrderItem>, String> {
    let lines = items.as_array().ok_or("items must be a list")?;
    lines
        .iter()
        .map(|line| {
            let sku = line.get("sku").and_then(Value::as_str).unwrap_or_default();
            let quantity = line.get("quantity").and_then(Value::as_u64).unwrap_or(0);
            let unit_price_cents = match line.get("unit_price_cents").and_then(Value::as_u64) {
                Some(cents) => cents,
                None => {
                    let price = line.get("unit_price").and_then(Value::as_f64).unwrap_or(-1.0);
                    if price < 0.0 {
                        return Err(format!("item {sku} needs a unit_price of zero or more"));
                    }
                    (price * 100.0).round() as u64
                }
            };
            Ok(OrderItem {
                sku: sku.to_string(),
                quantity: u32::try_from(quantity).map_err(|_| format!("item {sku} has too large a quantity"))?,
                unit_price_cents,
            })
        })
        .collect()
}

fn dependency<'a>(deps: &'a HashMap<String, Value>, step: &str) -> Result<&'a Value, String> {
    deps.get(step).ok_or_else(|| format!("missing result of step {step}"))
}

/// `validate_order`: checks `order_id` and `items` from the task context.
pub fn validate_order_step(context: &Value) -> Result<Value, String> {
    let order_id = context.get("order_id").and_then(Value::as_str).unwrap_or_default();
    let items = parse_items(context.get("items").unwrap_or(&Value::Null))?;
    let order = services::validate_order(order_id, items).map_err(|error| error.to_string())?;
    let items: Vec<Value> = order
        .items
        .iter()
        .map(|item| {
            json!({
                "sku": item.sku,
                "quantity": item.quantity,
                "unit_price_cents": item.unit_price_cents,
            })
        })
        .collect();
    Ok(json!({
        "order_id": order.order_id,
        "items": items,
        "item_count": order.item_count,
    }))
}

/// `calculate_total`: prices the order validated by `validate_order`.
pub fn calculate_total_step(deps: &HashMap<String, Value>) -> Result<Value, String> {
    let order = dependency(deps, "validate_order")?;
    let order_id = order.get("order_id").and_then(Value::as_str).unwrap_or_default();
    let items = parse_items(order.get("items").unwrap_or(&Value::Null))?;
    let totals = services::calculate_totals(&items, services::TAX_RATE_BASIS_POINTS);
    Ok(json!({
        "order_id": order_id,
        "subtotal_cents": totals.subtotal_cents,
        "tax_cents": totals.tax_cents,
        "total_cents": totals.total_cents,
        "total": dollars(totals.total_cents),
    }))
}

/// `confirm_order`: confirms the order priced by `calculate_total`.
pub fn confirm_order_step(deps: &HashMap<String, Value>) -> Result<Value, String> {
    let priced = dependency(deps, "calculate_total")?;
    let cents = |field: &str| priced.get(field).and_then(Value::as_u64).unwrap_or(0);
    let order_id = priced.get("order_id").and_then(Value::as_str).unwrap_or_default();
    let totals = OrderTotals {
        subtotal_cents: cents("subtotal_cents"),
        tax_cents: cents("tax_cents"),
        total_cents: cents("total_cents"),
    };
    let confirmation = services::confirm_order(order_id, &totals).map_err(|error| error.to_string())?;
    Ok(json!({
        "order_id": confirmation.order_id,
        "status": "confirmed",
        "total": dollars(confirmation.total_cents),
        "confirmation_code": confirmation.confirmation_code,
    }))
}

/// The task context (the task's input), or an empty object.
pub fn task_context(step: &TaskSequenceStep) -> Value {
    step.task.task.context.clone().unwrap_or_else(|| json!({}))
}

/// Results of the steps this step depends on, by step name.
pub fn dependency_results(step: &TaskSequenceStep) -> HashMap<String, Value> {
    step.dependency_results
        .iter()
        .map(|(name, result)| (name.clone(), result.result.clone()))
        .collect()
}

/// Turns a step outcome into a result; errors from these steps are permanent (not retried).
pub fn step_result(step: &TaskSequenceStep, started: Instant, outcome: Result<Value, String>) -> StepExecutionResult {
    let step_uuid = step.workflow_step.workflow_step_uuid;
    let elapsed_ms = started.elapsed().as_millis() as i64;
    match outcome {
        Ok(result) => StepExecutionResult::success(step_uuid, result, elapsed_ms, None),
        Err(message) => StepExecutionResult::failure(step_uuid, message, None, None, false, elapsed_ms, None),
    }
}

#[derive(Debug, Default)]
pub struct ValidateOrderHandler;

#[async_trait]
impl RustStepHandler for ValidateOrderHandler {
    async fn call(&self, step: &TaskSequenceStep) -> TaskerResult<StepExecutionResult> {
        let started = Instant::now();
        Ok(step_result(step, started, validate_order_step(&task_context(step))))
    }

    fn name(&self) -> &str {
        VALIDATE_ORDER
    }
}

#[derive(Debug, Default)]
pub struct CalculateTotalHandler;

#[async_trait]
impl RustStepHandler for CalculateTotalHandler {
    async fn call(&self, step: &TaskSequenceStep) -> TaskerResult<StepExecutionResult> {
        let started = Instant::now();
        Ok(step_result(step, started, calculate_total_step(&dependency_results(step))))
    }

    fn name(&self) -> &str {
        CALCULATE_TOTAL
    }
}

#[derive(Debug, Default)]
pub struct ConfirmOrderHandler;

#[async_trait]
impl RustStepHandler for ConfirmOrderHandler {
    async fn call(&self, step: &TaskSequenceStep) -> TaskerResult<StepExecutionResult> {
        let started = Instant::now();
        Ok(step_result(step, started, confirm_order_step(&dependency_results(step))))
    }

    fn name(&self) -> &str {
        CONFIRM_ORDER
    }
}

/// The handlers of this worker, by callable.
#[derive(Default)]
pub struct HandlerRegistry {
    handlers: RwLock<HashMap<String, Arc<dyn RustStepHandler>>>,
}

impl HandlerRegistry {
    /// A registry holding this project's handlers; register new ones here.
    pub fn with_project_handlers() -> Self {
        let registry = Self::default();
        registry.add(Arc::new(ValidateOrderHandler));
        registry.add(Arc::new(CalculateTotalHandler));
        registry.add(Arc::new(ConfirmOrderHandler));
        // tasker-cli: register handlers (keep this line: `tasker-cli generate handler` adds handlers above it)
        registry
    }

    /// Registers a handler under its own name.
    pub fn add(&self, handler: Arc<dyn RustStepHandler>) {
        let name = handler.name().to_string();
        self.register(&name, handler);
    }
}

#[async_trait]
impl StepHandlerRegistry for HandlerRegistry {
    async fn get(&self, step: &TaskSequenceStep) -> Option<Arc<dyn RustStepHandler>> {
        let handlers = self.handlers.read().expect("handler registry lock poisoned");
        handlers.get(&step.step_definition.handler.callable).cloned()
    }

    fn register(&self, name: &str, handler: Arc<dyn RustStepHandler>) {
        let mut handlers = self.handlers.write().expect("handler registry lock poisoned");
        handlers.insert(name.to_string(), handler);
    }

    fn handler_available(&self, name: &str) -> bool {
        let handlers = self.handlers.read().expect("handler registry lock poisoned");
        handlers.contains_key(name)
    }

    fn registered_handlers(&self) -> Vec<String> {
        let handlers = self.handlers.read().expect("handler registry lock poisoned");
        let mut names: Vec<String> = handlers.keys().cloned().collect();
        names.sort();
        names
    }
}

// These tests need the Tasker crates (tasker-worker, tasker-shared) to build, like the rest of
// this module; the service tests in src/services.rs need nothing but std.
#[cfg(test)]
mod tests {
    use super::*;

    fn order_context() -> Value {
        json!({
            "order_id": "ord-1",
            "items": [
                { "sku": "WIDGET", "quantity": 2, "unit_price": 10.0 },
                { "sku": "GADGET", "quantity": 1, "unit_price": 5.5 }
            ]
        })
    }

    #[test]
    fn the_three_steps_chain() {
        let validated = validate_order_step(&order_context()).expect("validated");
        assert_eq!(validated["item_count"], 3);

        let mut deps = HashMap::new();
        deps.insert("validate_order".to_string(), validated);
        let priced = calculate_total_step(&deps).expect("priced");
        assert_eq!(priced["total_cents"], 2_754);

        deps.insert("calculate_total".to_string(), priced);
        let confirmed = confirm_order_step(&deps).expect("confirmed");
        assert_eq!(confirmed["status"], "confirmed");
        assert_eq!(confirmed["confirmation_code"], "CONF-ORD1");
    }

    #[test]
    fn validate_order_step_rejects_an_empty_order() {
        let error = validate_order_step(&json!({ "order_id": "ord-1", "items": [] })).unwrap_err();
        assert!(error.contains("at least one item"));
    }

    #[test]
    fn calculate_total_step_needs_its_dependency() {
        assert!(calculate_total_step(&HashMap::new()).is_err());
    }

    #[test]
    fn registry_holds_every_callable_of_the_task_definition() {
        // Handlers added later by `tasker-cli generate handler` register here too.
        let registered = HandlerRegistry::with_project_handlers().registered_handlers();
        for callable in [VALIDATE_ORDER, CALCULATE_TOTAL, CONFIRM_ORDER] {
            assert!(registered.contains(&callable.to_string()), "{callable} is not registered");
        }
    }
}
