package systems.tasker.cli.discovery;

import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.TaskerException;

/** A plugin asked for by name whose manifest cannot be used. */
public final class BrokenPluginException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final transient DiscoveredPlugin plugin;

  BrokenPluginException(DiscoveredPlugin plugin) {
    super(
        Kind.FAILURE,
        "plugin '"
            + plugin.name()
            + "' in "
            + plugin.directory()
            + " is broken"
            + firstError(plugin),
        "run `tasker-cli plugin validate " + plugin.directory() + "` to see every problem");
    this.plugin = plugin;
  }

  public DiscoveredPlugin plugin() {
    return plugin;
  }

  private static String firstError(DiscoveredPlugin plugin) {
    return plugin.diagnostics().stream()
        .filter(Diagnostic::isError)
        .findFirst()
        .map(error -> ": " + error.message())
        .orElse("");
  }
}
