package systems.tasker.cli.discovery;

import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.TaskerException;

/** A plugin asked for by name whose manifest cannot be used. */
public final class BrokenPluginException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final transient DiscoveredPlugin plugin;

  BrokenPluginException(DiscoveredPlugin plugin) {
    this("", plugin);
  }

  /** For a template that only {@code plugin} offers: saying "unknown template" would mislead. */
  BrokenPluginException(String template, DiscoveredPlugin plugin) {
    super(
        Kind.FAILURE,
        (template.isEmpty() ? "" : "template '" + template + "' is offered only by ")
            + "plugin '"
            + plugin.name()
            + "' in "
            + plugin.directory()
            + (template.isEmpty() ? " is broken" : ", which is broken")
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
