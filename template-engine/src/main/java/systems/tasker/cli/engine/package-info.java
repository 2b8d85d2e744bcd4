/**
 * Turns a template and its parameter values into a {@link systems.tasker.cli.engine.plan.GenerationPlan}:
 * typed parameter resolution ({@link systems.tasker.cli.engine.ParameterValues}), case filters
 * ({@link systems.tasker.cli.engine.CaseConversion}), sandboxed Pebble rendering
 * ({@link systems.tasker.cli.engine.TemplateRenderer}) and the checks behind
 * {@code plugin validate} ({@link systems.tasker.cli.engine.TemplateChecker}).
 *
 * <p>Plugins are untrusted data: templates cannot call Java methods, read anything but regular
 * files inside their template directory's real path ({@code PluginFiles}
 * is the one reader), produce output beyond a size cap, or run beyond the time and step budget of
 * {@link systems.tasker.cli.engine.RenderLimits}. Pebble is only loaded when something
 * is rendered, so commands that never render do not pay for it.
 */
package systems.tasker.cli.engine;
