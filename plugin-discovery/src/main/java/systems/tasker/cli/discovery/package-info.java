/**
 * Finding plugins: the process {@link systems.tasker.cli.discovery.Environment}, the configuration
 * file and its profiles ({@link systems.tasker.cli.discovery.ConfigLoader}), the five search paths
 * ({@link systems.tasker.cli.discovery.SearchPaths}), scanning them ({@link
 * systems.tasker.cli.discovery.PluginScanner}) and looking plugins and templates up ({@link
 * systems.tasker.cli.discovery.PluginRegistry}).
 *
 * <p>Nothing here reads the process environment or the default file system directly: every path
 * comes from an {@code Environment} or from the caller, so all of it runs on Jimfs.
 */
package systems.tasker.cli.discovery;
