//! Stand-in for `tasker-client`: generated projects list the crate but use none of its items.
