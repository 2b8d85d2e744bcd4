/**
 * The read-only model of tasker-cli plugins and templates, and the readers that load it from
 * {@code tasker-plugin.toml} and {@code template.toml} in either published dialect.
 *
 * <p>This package knows nothing of Pebble or picocli: it is data and validation only.
 */
package systems.tasker.cli.plugin;
