package systems.tasker.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every command accepts, before or after the subcommand. Each command mixes this in;
 * all copies write into the one {@link CliContext}, so {@code tasker-cli -v plugin list} and
 * {@code tasker-cli plugin list -v} mean the same.
 */
public final class GlobalOptions {

  private final CliContext context;

  public GlobalOptions(CliContext context) {
    this.context = context;
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

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Use FILE instead of the nearest .tasker-cli.toml.")
  void config(String file) {
    context.setConfigFile(file);
  }

  @Option(names = "--profile", paramLabel = "NAME", description = "Use the named config profile.")
  void profile(String name) {
    context.setProfile(name);
  }

  @Option(names = "--no-color", description = "Never print colours or styles.")
  void noColor(boolean value) {
    context.setNoColor(value);
  }

  @Option(
      names = {"-v", "--verbose"},
      description = "Say more: passed-over plugins, stack traces of internal errors.")
  void verbose(boolean value) {
    context.setVerbose(value);
  }

  @Option(
      names = "--no-input",
      description = "Never prompt; a missing required parameter is an error.")
  void noInput(boolean value) {
    context.setNoInput(value);
  }

  @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
  void quiet(boolean value) {
    context.setQuiet(value);
  }
}
