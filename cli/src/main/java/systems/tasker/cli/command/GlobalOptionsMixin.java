package systems.tasker.cli.command;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The declarations of the options every command accepts, before or after the subcommand. Parsing
 * only fills these fields; what a run uses is the {@link GlobalOptions} value built from the whole
 * parse result afterwards, so {@code tasker-cli -v plugin list} and {@code tasker-cli plugin list
 * -v} mean the same and nothing is shared between two parses.
 */
public final class GlobalOptionsMixin extends GlobalOptionsButPluginPath {

  /**
   * The options before the command that take a value, so a value is not mistaken for a command
   * name: the global ones, and tasker-ctl's place for {@code --format}.
   */
  static final Set<String> NAMES_WITH_VALUE =
      Set.of("--plugin-path", "--config", "--profile", OutputFormatOption.NAME);

  @Option(
      names = "--plugin-path",
      paramLabel = "DIR",
      description = "Search DIR for plugins first (repeatable).")
  List<String> pluginPaths;
}
