package systems.tasker.cli;

import picocli.CommandLine.Option;

/**
 * The global options but {@code --plugin-path}: for {@code remote add}, whose own
 * {@code --plugin-path} names a folder inside the remote (tasker-ctl's option). {@link
 * GlobalOptions} adds {@code --plugin-path} for every other command.
 */
public class GlobalOptionsButPluginPath {

  final CliContext context;

  public GlobalOptionsButPluginPath(CliContext context) {
    this.context = context;
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
