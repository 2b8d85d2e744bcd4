package systems.tasker.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every command accepts, before or after the subcommand. Each command mixes this in;
 * all copies write into the one {@link CliContext}, so {@code tasker-cli -v plugin list} and
 * {@code tasker-cli plugin list -v} mean the same.
 */
public final class GlobalOptions extends GlobalOptionsButPluginPath {

  public GlobalOptions(CliContext context) {
    super(context);
  }

  /** How many {@code --plugin-path} values this copy of the options has passed on. */
  private int pluginPathsPassedOn;

  /**
   * picocli calls a repeatable option's setter with the whole list so far, after an empty one at
   * the start of each parse; only the values not yet passed on go to the context, in order.
   */
  @Option(
      names = "--plugin-path",
      paramLabel = "DIR",
      description = "Search DIR for plugins first (repeatable).")
  void pluginPaths(List<String> directories) {
    if (directories.size() < pluginPathsPassedOn) {
      pluginPathsPassedOn = 0;
    }
    for (String directory : directories.subList(pluginPathsPassedOn, directories.size())) {
      context.addPluginPath(directory);
    }
    pluginPathsPassedOn = directories.size();
  }
}
