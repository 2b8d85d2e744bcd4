//! Tasker step handlers and the business logic they call.
//!
//! - [`services`]: plain Rust, no Tasker or third-party crates; tested in `src/services.rs`.
//! - [`handlers`]: thin step handlers that translate between Tasker's step data and the services.

pub mod handlers;
pub mod services;
