"""Business logic called by the step handlers. Nothing here imports the Tasker SDK."""
