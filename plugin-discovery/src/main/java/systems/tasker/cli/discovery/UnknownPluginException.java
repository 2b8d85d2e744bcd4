package systems.tasker.cli.discovery;

import java.util.Collection;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;

/** A plugin name that no discovered plugin has. */
public final class UnknownPluginException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String plugin;

  UnknownPluginException(String plugin, Collection<String> known) {
    super(
        Kind.USAGE,
        "unknown plugin '" + plugin + "'" + Suggestions.didYouMean(plugin, known),
        "run `tasker-cli plugin list` to see the plugins found and where they were searched for");
    this.plugin = plugin;
  }

  public String plugin() {
    return plugin;
  }
}
