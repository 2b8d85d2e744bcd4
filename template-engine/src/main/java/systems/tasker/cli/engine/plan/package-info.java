/**
 * The in-memory result of rendering a template ({@link systems.tasker.cli.engine.plan.GenerationPlan})
 * and the {@link systems.tasker.cli.engine.plan.PlanWriter} that previews it against the output
 * directory and commits it atomically.
 *
 * <p>Every planned path is checked twice: when the plan is built (relative, normalised, no
 * {@code ..}, see {@link systems.tasker.cli.engine.plan.PlannedPaths}) and when it is written (no
 * symbolic link leading out of the output directory). This package does not know Pebble.
 */
package systems.tasker.cli.engine.plan;
