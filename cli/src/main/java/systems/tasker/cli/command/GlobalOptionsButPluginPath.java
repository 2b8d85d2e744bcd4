package systems.tasker.cli.command;

import picocli.CommandLine.Option;

/**
 * The global options but {@code --plugin-path}: {@link GlobalOptionsMixin} adds it for every
 * command except {@code remote add}, whose own {@code --plugin-path} names a folder inside the
 * remote (tasker-ctl's option). {@link GlobalOptions#of} reads both alike.
 */
public class GlobalOptionsButPluginPath {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Use FILE instead of the nearest .tasker-cli.toml.")
  String config;

  @Option(names = "--profile", paramLabel = "NAME", description = "Use the named config profile.")
  String profile;

  @Option(names = "--no-color", description = "Never print colours or styles.")
  boolean noColor;

  @Option(
      names = {"-v", "--verbose"},
      description = "Say more: passed-over plugins, stack traces of internal errors.")
  boolean verbose;

  @Option(
      names = "--no-input",
      description = "Never prompt; a missing required parameter is an error.")
  boolean noInput;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
  boolean quiet;
}
