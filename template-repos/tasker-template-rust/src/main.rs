//! Worker binary: bootstraps the Tasker worker and dispatches steps to this crate's handlers.
//!
//!     cargo run
//!
//! Needs the infrastructure from docker-compose.tasker.yml, `DATABASE_URL`, and the Tasker
//! configuration in config/tasker/worker.toml (`TASKER_CONFIG_PATH`, one complete file).

use std::sync::Arc;
use std::time::Duration;

use tasker_worker::worker::handlers::{NoOpCallback, StepHandlerRegistry};
use tasker_worker::worker::{HandlerDispatchConfig, HandlerDispatchService, LoadSheddingConfig};
use tasker_worker::WorkerBootstrap;
use tracing::info;
use tracing_subscriber::EnvFilter;

use tasker_template_rust::handlers::HandlerRegistry;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();

    let registry = Arc::new(HandlerRegistry::with_project_handlers());
    let mut worker = WorkerBootstrap::bootstrap().await?;
    info!("Tasker worker bootstrapped (namespace of the example task: default)");

    // Steps claimed by the worker arrive on the dispatch channel; the dispatch service looks
    // each one up in the registry by its handler callable and reports the result back.
    let dispatch = worker.take_dispatch_handles().map(|handles| {
        let config = HandlerDispatchConfig {
            max_concurrent_handlers: 10,
            handler_timeout: Duration::from_secs(30),
            service_id: "tasker-template-rust-dispatch".to_string(),
            load_shedding: LoadSheddingConfig::default(),
        };
        let (service, _capacity) = HandlerDispatchService::with_callback(
            handles.dispatch_receiver,
            handles.completion_sender,
            registry.clone(),
            config,
            Arc::new(NoOpCallback),
        );
        tokio::spawn(async move { service.run().await })
    });
    info!("dispatching to handlers: {:?}", registry.registered_handlers());

    tokio::signal::ctrl_c().await?;
    info!("shutting down");
    if let Some(task) = dispatch {
        task.abort();
    }
    worker.stop().await?;
    Ok(())
}
