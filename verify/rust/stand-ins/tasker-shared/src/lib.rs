//! Stand-in for the `tasker-shared` crate: the items generated projects use, with the real paths
//! and signatures (tasker-core crates/tasker-shared/src/…, named beside each item).

pub mod errors {
    //! crates/tasker-shared/src/errors.rs
    use thiserror::Error;

    /// `TaskerError` (a thiserror enum; the variants generated code may name).
    #[derive(Debug, Clone, PartialEq, Error)]
    pub enum TaskerError {
        #[error("Configuration error: {0}")]
        ConfigurationError(String),
        #[error("Worker error: {0}")]
        WorkerError(String),
        #[error("Internal error: {0}")]
        Internal(String),
    }

    /// `pub type TaskerResult<T> = anyhow::Result<T, TaskerError>;` (the same type as below).
    pub type TaskerResult<T> = std::result::Result<T, TaskerError>;
}

pub use errors::{TaskerError, TaskerResult};

pub mod models {
    //! crates/tasker-shared/src/models/
    pub mod core {
        pub mod task {
            //! crates/tasker-shared/src/models/core/task.rs
            use uuid::Uuid;

            /// `Task`: the fields generated code reads.
            #[derive(Debug, Clone, Default)]
            pub struct Task {
                pub task_uuid: Uuid,
                pub context: Option<serde_json::Value>,
            }

            /// `TaskForOrchestration`.
            #[derive(Debug, Clone, Default)]
            pub struct TaskForOrchestration {
                pub task: Task,
                pub task_name: String,
                pub task_version: String,
                pub namespace_name: String,
            }
        }

        pub mod workflow_step {
            //! crates/tasker-shared/src/models/core/workflow_step.rs
            use uuid::Uuid;

            /// `WorkflowStepWithName`: the fields generated code reads.
            #[derive(Debug, Clone, Default)]
            pub struct WorkflowStepWithName {
                pub workflow_step_uuid: Uuid,
                pub task_uuid: Uuid,
                pub name: String,
            }
        }

        pub mod task_template {
            //! crates/tasker-shared/src/models/core/task_template/mod.rs
            use std::collections::HashMap;

            /// `HandlerDefinition`.
            #[derive(Debug, Clone, Default)]
            pub struct HandlerDefinition {
                pub callable: String,
                pub method: Option<String>,
                pub resolver: Option<String>,
                pub initialization: HashMap<String, serde_json::Value>,
            }

            /// `StepDefinition`: the fields generated code reads.
            #[derive(Debug, Clone, Default)]
            pub struct StepDefinition {
                pub name: String,
                pub description: Option<String>,
                pub handler: HandlerDefinition,
                pub dependencies: Vec<String>,
            }
        }
    }
}

pub mod messaging {
    //! crates/tasker-shared/src/messaging/execution_types.rs
    use serde_json::Value;
    use std::collections::HashMap;
    use uuid::Uuid;

    /// `StepExecutionError`.
    #[derive(Debug, Clone, Default)]
    pub struct StepExecutionError {
        pub message: String,
        pub error_type: Option<String>,
        pub retryable: bool,
    }

    /// `StepExecutionResult`: the fields generated code and its tests read.
    #[derive(Debug, Clone, Default)]
    pub struct StepExecutionResult {
        pub step_uuid: Uuid,
        pub success: bool,
        pub result: Value,
        pub status: String,
        pub error: Option<StepExecutionError>,
    }

    impl StepExecutionResult {
        /// `pub fn success(step_uuid: Uuid, result: Value, execution_time_ms: i64,
        /// custom_metadata: Option<HashMap<String, Value>>) -> Self`
        pub fn success(
            step_uuid: Uuid,
            result: Value,
            _execution_time_ms: i64,
            _custom_metadata: Option<HashMap<String, Value>>,
        ) -> Self {
            Self { step_uuid, success: true, result, status: "completed".to_string(), error: None }
        }

        /// `pub fn failure(step_uuid: Uuid, error_message: String, error_code: Option<String>,
        /// error_type: Option<String>, retryable: bool, execution_time_ms: i64,
        /// context: Option<HashMap<String, Value>>) -> Self`
        pub fn failure(
            step_uuid: Uuid,
            error_message: String,
            _error_code: Option<String>,
            error_type: Option<String>,
            retryable: bool,
            _execution_time_ms: i64,
            _context: Option<HashMap<String, Value>>,
        ) -> Self {
            Self {
                step_uuid,
                success: false,
                result: serde_json::json!({}),
                status: "failed".to_string(),
                error: Some(StepExecutionError { message: error_message, error_type, retryable }),
            }
        }
    }

    /// `DecisionPointOutcome`: serde tag "type", snake_case, as the real enum serializes.
    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    pub enum DecisionPointOutcome {
        NoBranches,
        CreateSteps { step_names: Vec<String> },
    }

    impl DecisionPointOutcome {
        pub fn no_branches() -> Self {
            Self::NoBranches
        }

        pub fn create_steps(step_names: Vec<String>) -> Self {
            Self::CreateSteps { step_names }
        }

        pub fn to_value(&self) -> Value {
            serde_json::to_value(self).unwrap_or(Value::Null)
        }
    }

    /// `CursorConfig`.
    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
    pub struct CursorConfig {
        pub batch_id: String,
        pub start_cursor: Value,
        pub end_cursor: Value,
        pub batch_size: u32,
    }

    /// `BatchProcessingOutcome`: serde tag "type", snake_case, as the real enum serializes.
    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    pub enum BatchProcessingOutcome {
        NoBatches,
        CreateBatches {
            worker_template_name: String,
            worker_count: u32,
            cursor_configs: Vec<CursorConfig>,
            total_items: u64,
        },
    }

    impl BatchProcessingOutcome {
        pub fn no_batches() -> Self {
            Self::NoBatches
        }

        pub fn create_batches(
            worker_template_name: String,
            worker_count: u32,
            cursor_configs: Vec<CursorConfig>,
            total_items: u64,
        ) -> Self {
            Self::CreateBatches { worker_template_name, worker_count, cursor_configs, total_items }
        }

        pub fn to_value(&self) -> Value {
            serde_json::to_value(self).unwrap_or(Value::Null)
        }
    }
}

pub mod types {
    //! crates/tasker-shared/src/types/ (base.rs; re-exported as types::TaskSequenceStep)
    pub mod base {
        use crate::messaging::StepExecutionResult;
        use crate::models::core::task::TaskForOrchestration;
        use crate::models::core::task_template::StepDefinition;
        use crate::models::core::workflow_step::WorkflowStepWithName;
        use std::collections::HashMap;

        /// `StepDependencyResultMap` (models/orchestration/step_transitive_dependencies.rs).
        pub type StepDependencyResultMap = HashMap<String, StepExecutionResult>;

        /// `TaskSequenceStep`.
        #[derive(Debug, Clone, Default)]
        pub struct TaskSequenceStep {
            pub task: TaskForOrchestration,
            pub workflow_step: WorkflowStepWithName,
            pub dependency_results: StepDependencyResultMap,
            pub step_definition: StepDefinition,
        }
    }

    pub use base::TaskSequenceStep;
}
