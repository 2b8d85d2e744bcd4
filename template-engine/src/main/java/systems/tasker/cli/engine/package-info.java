/**
 * Turns a template and its parameter values into a {@link systems.tasker.cli.engine.plan.GenerationPlan}:
 * typed parameter resolution ({@link systems.tasker.cli.engine.ParameterValues}), case filters
 * ({@link systems.tasker.cli.engine.CaseConversion}), sandboxed Pebble rendering
 * ({@link systems.tasker.cli.engine.TemplateRenderer}) and the checks behind
 * {@code plugin validate} ({@link systems.tasker.cli.engine.TemplateChecker}).
 *
 * <p>Plugins are untrusted data: templates cannot call Java methods, read files outside their
 * template directory, or produce output beyond a size cap. Pebble is only loaded when something
 * is rendered, so commands that never render do not pay for it.
 */
package systems.tasker.cli.engine;
