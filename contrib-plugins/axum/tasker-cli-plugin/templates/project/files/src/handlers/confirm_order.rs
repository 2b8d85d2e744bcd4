//! Second step of process_order: confirms the order validate_order accepted.

use std::time::Instant;

use async_trait::async_trait;
use serde_json::{json, Value};
use tasker_shared::messaging::StepExecutionResult;
use tasker_shared::types::base::TaskSequenceStep;
use tasker_shared::TaskerResult;
use tasker_worker::worker::handlers::StepHandler;

pub const CALLABLE: &str = "confirm_order";

#[derive(Debug, Default)]
pub struct ConfirmOrderHandler;

#[async_trait]
impl StepHandler for ConfirmOrderHandler {
    async fn call(&self, step: &TaskSequenceStep) -> TaskerResult<StepExecutionResult> {
        let started = Instant::now();
        let validated = step
            .dependency_results
            .get("validate_order")
            .map(|result| result.result.clone())
            .unwrap_or(Value::Null);
        let result = json!({
            "order_id": validated["order_id"],
            "confirmed": true,
            "item_count": validated["item_count"],
        });
        let elapsed_ms = started.elapsed().as_millis() as i64;
        Ok(StepExecutionResult::success(step.workflow_step.workflow_step_uuid, result, elapsed_ms, None))
    }

    fn name(&self) -> &str {
        CALLABLE
    }
}
