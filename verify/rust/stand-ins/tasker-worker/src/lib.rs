//! Stand-in for the `tasker-worker` crate: the items generated projects use, with the real paths
//! and signatures (tasker-core crates/tasker-worker/src/…, named beside each item). What only the
//! running worker would execute is `unimplemented!()`.

pub mod worker {
    //! crates/tasker-worker/src/worker/mod.rs re-exports DispatchHandles (core.rs) and the
    //! dispatch types of handlers/.
    pub mod handlers {
        //! crates/tasker-worker/src/worker/handlers/{traits.rs, dispatch_service.rs}
        use async_trait::async_trait;
        use std::sync::Arc;
        use std::time::Duration;
        use tasker_shared::messaging::StepExecutionResult;
        use tasker_shared::types::base::TaskSequenceStep;
        use tasker_shared::TaskerResult;
        use tokio::sync::mpsc;

        /// traits.rs: `pub trait StepHandlerRegistry: Send + Sync + 'static` (async_trait).
        #[async_trait]
        pub trait StepHandlerRegistry: Send + Sync + 'static {
            async fn get(&self, step: &TaskSequenceStep) -> Option<Arc<dyn StepHandler>>;
            fn register(&self, name: &str, handler: Arc<dyn StepHandler>);
            fn handler_available(&self, name: &str) -> bool;
            fn registered_handlers(&self) -> Vec<String>;
        }

        /// traits.rs: `pub trait StepHandler: Send + Sync + 'static` (async_trait).
        #[async_trait]
        pub trait StepHandler: Send + Sync + 'static {
            async fn call(&self, step: &TaskSequenceStep) -> TaskerResult<StepExecutionResult>;
            fn name(&self) -> &str;
            fn version(&self) -> &str {
                "1.0.0"
            }
            fn namespace(&self) -> Option<&str> {
                None
            }
        }

        /// dispatch_service.rs: `pub trait PostHandlerCallback: Send + Sync + 'static`.
        #[async_trait]
        pub trait PostHandlerCallback: Send + Sync + 'static {
            async fn on_handler_complete(&self, step: &TaskSequenceStep, result: &StepExecutionResult, worker_id: &str);
            fn name(&self) -> &str;
        }

        /// dispatch_service.rs: `pub struct NoOpCallback;`
        #[derive(Debug)]
        pub struct NoOpCallback;

        #[async_trait]
        impl PostHandlerCallback for NoOpCallback {
            async fn on_handler_complete(&self, _step: &TaskSequenceStep, _result: &StepExecutionResult, _worker_id: &str) {}
            fn name(&self) -> &str {
                "no-op"
            }
        }

        /// dispatch_service.rs
        #[derive(Debug, Clone)]
        pub struct LoadSheddingConfig {
            pub enabled: bool,
            pub capacity_threshold_percent: f64,
            pub warning_threshold_percent: f64,
        }

        impl Default for LoadSheddingConfig {
            fn default() -> Self {
                Self { enabled: true, capacity_threshold_percent: 80.0, warning_threshold_percent: 70.0 }
            }
        }

        /// dispatch_service.rs
        #[derive(Debug, Clone)]
        pub struct HandlerDispatchConfig {
            pub max_concurrent_handlers: usize,
            pub handler_timeout: Duration,
            pub service_id: String,
            pub load_shedding: LoadSheddingConfig,
        }

        /// worker/actors: the message the dispatch channel carries (opaque to generated code).
        #[derive(Debug)]
        pub struct DispatchHandlerMessage {
            _private: (),
        }

        /// dispatch_service.rs: `CapacityChecker`, returned beside the service.
        #[derive(Debug, Clone)]
        pub struct CapacityChecker {
            _private: (),
        }

        /// dispatch_service.rs: `pub struct HandlerDispatchService<R: StepHandlerRegistry,
        /// C: PostHandlerCallback = NoOpCallback>`.
        pub struct HandlerDispatchService<R: StepHandlerRegistry, C: PostHandlerCallback = NoOpCallback> {
            _registry: Arc<R>,
            _callback: Arc<C>,
        }

        impl<R: StepHandlerRegistry> HandlerDispatchService<R, NoOpCallback> {
            /// `pub fn new(dispatch_receiver, completion_sender, handler_registry: Arc<R>,
            /// config: HandlerDispatchConfig) -> (Self, CapacityChecker)`
            pub fn new(
                _dispatch_receiver: mpsc::Receiver<DispatchHandlerMessage>,
                _completion_sender: mpsc::Sender<StepExecutionResult>,
                _handler_registry: Arc<R>,
                _config: HandlerDispatchConfig,
            ) -> (Self, CapacityChecker) {
                unimplemented!("stand-in: the dispatch service runs only in the real tasker-worker")
            }
        }

        impl<R: StepHandlerRegistry, C: PostHandlerCallback> HandlerDispatchService<R, C> {
            /// `pub fn with_callback(dispatch_receiver, completion_sender, handler_registry: Arc<R>,
            /// config: HandlerDispatchConfig, callback: Arc<C>) -> (Self, CapacityChecker)`
            pub fn with_callback(
                _dispatch_receiver: mpsc::Receiver<DispatchHandlerMessage>,
                _completion_sender: mpsc::Sender<StepExecutionResult>,
                _handler_registry: Arc<R>,
                _config: HandlerDispatchConfig,
                _callback: Arc<C>,
            ) -> (Self, CapacityChecker) {
                unimplemented!("stand-in: the dispatch service runs only in the real tasker-worker")
            }

            /// `pub async fn run(mut self)`
            pub async fn run(self) {
                unimplemented!("stand-in: the dispatch service runs only in the real tasker-worker")
            }
        }
    }

    pub use handlers::{
        CapacityChecker, HandlerDispatchConfig, HandlerDispatchService, LoadSheddingConfig, NoOpCallback,
        PostHandlerCallback, StepHandler, StepHandlerRegistry,
    };

    /// core.rs: `pub struct DispatchHandles`.
    pub struct DispatchHandles {
        pub dispatch_receiver: tokio::sync::mpsc::Receiver<handlers::DispatchHandlerMessage>,
        pub completion_sender: tokio::sync::mpsc::Sender<tasker_shared::messaging::StepExecutionResult>,
        pub dispatch_sender: tokio::sync::mpsc::Sender<handlers::DispatchHandlerMessage>,
    }
}

pub mod bootstrap {
    //! crates/tasker-worker/src/bootstrap.rs
    use crate::worker::DispatchHandles;
    use tasker_shared::TaskerResult;

    /// `pub struct WorkerSystemHandle`.
    pub struct WorkerSystemHandle {
        _private: (),
    }

    impl WorkerSystemHandle {
        /// `pub fn take_dispatch_handles(&mut self) -> Option<DispatchHandles>`
        pub fn take_dispatch_handles(&mut self) -> Option<DispatchHandles> {
            unimplemented!("stand-in: only the real tasker-worker runs a worker")
        }

        /// `pub async fn stop(&mut self) -> TaskerResult<()>`: async, so callers `.await` it.
        pub async fn stop(&mut self) -> TaskerResult<()> {
            unimplemented!("stand-in: only the real tasker-worker runs a worker")
        }
    }

    /// `pub struct WorkerBootstrap;`
    pub struct WorkerBootstrap;

    impl WorkerBootstrap {
        /// `pub async fn bootstrap() -> TaskerResult<WorkerSystemHandle>` (reads TASKER_CONFIG_PATH).
        pub async fn bootstrap() -> TaskerResult<WorkerSystemHandle> {
            unimplemented!("stand-in: only the real tasker-worker runs a worker")
        }
    }
}

pub use bootstrap::{WorkerBootstrap, WorkerSystemHandle};
pub use tasker_shared::types::TaskSequenceStep;

pub mod batch_processing {
    //! crates/tasker-worker/src/batch_processing/worker_helper.rs (re-exported by mod.rs)
    use anyhow::Result;
    use tasker_shared::types::TaskSequenceStep;

    /// `pub struct BatchWorkerContext`: a batch worker step's cursor range.
    #[derive(Debug, Clone)]
    pub struct BatchWorkerContext {
        batch_id: String,
        start: u64,
        end: u64,
        no_op: bool,
    }

    impl BatchWorkerContext {
        /// `pub fn from_step_data(step_data: &TaskSequenceStep) -> Result<Self>` (anyhow::Result):
        /// reads the step's batch cursor, which the stand-in's steps never carry.
        pub fn from_step_data(step_data: &TaskSequenceStep) -> Result<Self> {
            anyhow::bail!("step {} carries no batch cursor (stand-in)", step_data.workflow_step.name)
        }

        pub fn is_no_op(&self) -> bool {
            self.no_op
        }

        pub fn batch_id(&self) -> &str {
            &self.batch_id
        }

        pub fn start_position(&self) -> u64 {
            self.start
        }

        pub fn end_position(&self) -> u64 {
            self.end
        }
    }
}
