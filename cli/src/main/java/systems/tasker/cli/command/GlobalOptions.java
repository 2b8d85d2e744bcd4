package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.ParseResult;

/**
 * The global options of one run, as an immutable value built from the parse result: each may be
 * given before the subcommand or after it ({@link GlobalOptionsMixin} declares them on every
 * level), and {@code --plugin-path} values add up in the order typed.
 *
 * @param pluginPaths the {@code --plugin-path} directories as typed, in order
 * @param configFile {@code --config}, or {@code null}
 * @param profile {@code --profile}, or {@code null}
 * @param noColor {@code --no-color}
 * @param verbose {@code -v}
 * @param quiet {@code -q}
 * @param noInput {@code --no-input}
 */
public record GlobalOptions(
    List<String> pluginPaths,
    String configFile,
    String profile,
    boolean noColor,
    boolean verbose,
    boolean quiet,
    boolean noInput) {

  /** No global option given. */
  public static final GlobalOptions NONE =
      new GlobalOptions(List.of(), null, null, false, false, false, false);

  public GlobalOptions {
    pluginPaths = List.copyOf(pluginPaths);
  }

  // equals and hashCode written out: a record's own start a method-handle bootstrap
  // (ObjectMethods) at their first call, and every run compares the options of its two parses
  // (about 3 ms of a one-file generate's start on Java 17, found by bench/profile).

  @Override
  public boolean equals(Object other) {
    return other instanceof GlobalOptions that
        && pluginPaths.equals(that.pluginPaths)
        && Objects.equals(configFile, that.configFile)
        && Objects.equals(profile, that.profile)
        && noColor == that.noColor
        && verbose == that.verbose
        && quiet == that.quiet
        && noInput == that.noInput;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pluginPaths, configFile, profile, noColor, verbose, quiet, noInput);
  }

  /**
   * The global options matched on every level of {@code parsed}, from the root command down to
   * the subcommand that runs; a value given on a lower level wins.
   */
  public static GlobalOptions of(ParseResult parsed) {
    List<String> pluginPaths = new ArrayList<>();
    GlobalOptions options = NONE;
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (!(level.commandSpec().userObject() instanceof RemoteAddCommand)) {
        // remote add's --plugin-path is a folder inside the remote, not a search path.
        pluginPaths.addAll(level.matchedOptionValue("--plugin-path", List.<String>of()));
      }
      options = new GlobalOptions(
          pluginPaths,
          level.matchedOptionValue("--config", options.configFile()),
          level.matchedOptionValue("--profile", options.profile()),
          level.matchedOptionValue("--no-color", options.noColor()),
          level.matchedOptionValue("--verbose", options.verbose()),
          level.matchedOptionValue("--quiet", options.quiet()),
          level.matchedOptionValue("--no-input", options.noInput()));
    }
    return options;
  }
}
