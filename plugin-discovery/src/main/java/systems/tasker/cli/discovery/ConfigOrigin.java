package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a configuration value came from, so {@code config show} can say it.
 *
 * @param scope built-in default, command line, a file's top level, its {@code [cli]} section
 *     (tasker-ctl's unified file), or one of its profiles
 * @param file the configuration file, or {@code null} for a default or the command line
 * @param profile the profile name when {@code scope} is {@link Scope#PROFILE}, else {@code null}
 */
public record ConfigOrigin(Scope scope, Path file, String profile) {

  /** The kinds of places a value can come from. */
  public enum Scope {
    DEFAULT,
    COMMAND_LINE,
    TOP_LEVEL,
    /** The {@code [cli]} section of tasker-ctl's unified {@code .config/tasker.toml}. */
    CLI_SECTION,
    PROFILE
  }

  /** A value nobody set. */
  public static final ConfigOrigin DEFAULT = new ConfigOrigin(Scope.DEFAULT, null, null);

  /** A value given as a command-line option. */
  public static final ConfigOrigin COMMAND_LINE = new ConfigOrigin(Scope.COMMAND_LINE, null, null);

  public ConfigOrigin {
    Objects.requireNonNull(scope, "scope");
    if ((scope == Scope.TOP_LEVEL || scope == Scope.CLI_SECTION || scope == Scope.PROFILE)
        != (file != null)) {
      throw new IllegalArgumentException("a file is required exactly for file scopes: " + scope);
    }
    if ((scope == Scope.PROFILE) != (profile != null)) {
      throw new IllegalArgumentException("a profile name is required exactly for PROFILE");
    }
  }

  public static ConfigOrigin topLevel(Path file) {
    return new ConfigOrigin(Scope.TOP_LEVEL, file, null);
  }

  public static ConfigOrigin cliSection(Path file) {
    return new ConfigOrigin(Scope.CLI_SECTION, file, null);
  }

  public static ConfigOrigin profile(Path file, String profile) {
    return new ConfigOrigin(Scope.PROFILE, file, profile);
  }

  public boolean isDefault() {
    return scope == Scope.DEFAULT;
  }

  /**
   * One line for humans: {@code default}, {@code command line}, {@code FILE (top-level)},
   * {@code FILE ([cli])} or {@code FILE (profile NAME)}.
   */
  public String describe() {
    return switch (scope) {
      case DEFAULT -> "default";
      case COMMAND_LINE -> "command line";
      case TOP_LEVEL -> file + " (top-level)";
      case CLI_SECTION -> file + " ([cli])";
      case PROFILE -> file + " (profile " + profile + ")";
    };
  }
}
