//! The app's Tasker step handlers and the registry the worker dispatches steps to
//! (tasker-worker's `StepHandlerRegistry`): a step runs the handler whose `name()` is its
//! `handler.callable`.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use async_trait::async_trait;
use tasker_shared::types::base::TaskSequenceStep;
use tasker_worker::worker::handlers::{StepHandler, StepHandlerRegistry};

pub mod confirm_order;
pub mod validate_order;

/// Every handler of the app, by name.
#[derive(Default)]
pub struct ProjectHandlers {
    handlers: RwLock<HashMap<String, Arc<dyn StepHandler>>>,
}

impl ProjectHandlers {
    /// The registry with this app's handlers; register new ones here.
    pub fn new() -> Self {
        let registry = Self::default();
        registry.register(validate_order::CALLABLE, Arc::new(validate_order::ValidateOrderHandler));
        registry.register(confirm_order::CALLABLE, Arc::new(confirm_order::ConfirmOrderHandler));
        registry
    }
}

#[async_trait]
impl StepHandlerRegistry for ProjectHandlers {
    async fn get(&self, step: &TaskSequenceStep) -> Option<Arc<dyn StepHandler>> {
        let callable = &step.step_definition.handler.callable;
        self.handlers.read().ok()?.get(callable).cloned()
    }

    fn register(&self, name: &str, handler: Arc<dyn StepHandler>) {
        if let Ok(mut handlers) = self.handlers.write() {
            handlers.insert(name.to_string(), handler);
        }
    }

    fn handler_available(&self, name: &str) -> bool {
        self.handlers.read().map(|handlers| handlers.contains_key(name)).unwrap_or(false)
    }

    fn registered_handlers(&self) -> Vec<String> {
        let mut names: Vec<String> =
            self.handlers.read().map(|handlers| handlers.keys().cloned().collect()).unwrap_or_default();
        names.sort();
        names
    }
}
