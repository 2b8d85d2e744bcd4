//! First step of process_order: checks the order id and its line items.

use std::time::Instant;

use async_trait::async_trait;
use serde_json::{json, Value};
use tasker_shared::messaging::StepExecutionResult;
use tasker_shared::types::base::TaskSequenceStep;
use tasker_shared::TaskerResult;
use tasker_worker::worker::handlers::StepHandler;

pub const CALLABLE: &str = "validate_order";

/// The step's logic, without the SDK: the order id and the item count, or why not.
pub fn validate(context: &Value) -> Result<Value, String> {
    let order_id = context.get("order_id").and_then(Value::as_str).unwrap_or_default();
    if order_id.is_empty() {
        return Err("order_id is required".to_string());
    }
    match context.get("items").and_then(Value::as_array) {
        Some(items) if !items.is_empty() => Ok(json!({ "order_id": order_id, "item_count": items.len() })),
        _ => Err("items must be a non-empty list".to_string()),
    }
}

#[derive(Debug, Default)]
pub struct ValidateOrderHandler;

#[async_trait]
impl StepHandler for ValidateOrderHandler {
    async fn call(&self, step: &TaskSequenceStep) -> TaskerResult<StepExecutionResult> {
        let started = Instant::now();
        let step_uuid = step.workflow_step.workflow_step_uuid;
        let context = step.task.task.context.clone().unwrap_or(Value::Null);
        let elapsed_ms = started.elapsed().as_millis() as i64;
        Ok(match validate(&context) {
            Ok(result) => StepExecutionResult::success(step_uuid, result, elapsed_ms, None),
            Err(message) => StepExecutionResult::failure(step_uuid, message, None, None, false, elapsed_ms, None),
        })
    }

    fn name(&self) -> &str {
        CALLABLE
    }
}
