package systems.tasker.cli.discovery;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What discovery needs to know about the running process: where it runs, whose home it is, and its
 * environment variables. The CLI builds one from the real process; tests build one on Jimfs.
 *
 * @param workingDirectory absolute; relative paths given by the user resolve against it, and its
 *     file system is the one every other path lives on
 * @param home the user's home directory, absolute, on the same file system
 * @param variables the environment variables
 */
public record Environment(Path workingDirectory, Path home, Map<String, String> variables) {

  /** Where the system-level plugins live when {@value #SYSTEM_PLUGINS_VARIABLE} is not set. */
  public static final String DEFAULT_SYSTEM_PLUGINS = "/usr/local/share/tasker-cli/plugins";

  public static final String SYSTEM_PLUGINS_VARIABLE = "TASKER_CLI_SYSTEM_PLUGINS";
  public static final String XDG_CONFIG_HOME_VARIABLE = "XDG_CONFIG_HOME";
  public static final String XDG_CACHE_HOME_VARIABLE = "XDG_CACHE_HOME";
  public static final String HOME_VARIABLE = "HOME";

  public Environment {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(home, "home");
    if (!workingDirectory.isAbsolute() || !home.isAbsolute()) {
      throw new IllegalArgumentException(
          "working directory and home must be absolute: " + workingDirectory + ", " + home);
    }
    workingDirectory = workingDirectory.normalize();
    home = home.normalize();
    variables = Map.copyOf(variables);
  }

  /**
   * The user's home: {@code $HOME} when it is set to an absolute path (as every shell tool takes
   * it, so {@code HOME=/tmp/x tasker-cli …} works), else the account's home directory.
   *
   * @param accountHome the home the operating system records for the account ({@code user.home})
   */
  public static Path home(FileSystem fileSystem, Map<String, String> variables, String accountHome) {
    String home = variables.get(HOME_VARIABLE);
    if (home != null && !home.isBlank()) {
      Path path = fileSystem.getPath(home);
      if (path.isAbsolute()) {
        return path;
      }
    }
    return fileSystem.getPath(accountHome);
  }

  /** The file system every path of this environment lives on. */
  public FileSystem fileSystem() {
    return workingDirectory.getFileSystem();
  }

  /** The value of a variable; empty when it is unset or blank (the shell's {@code VAR=}). */
  public Optional<String> variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * {@code $XDG_CONFIG_HOME}, or {@code ~/.config}. A relative value is ignored, as the XDG base
   * directory specification asks.
   */
  public Path xdgConfigHome() {
    return xdgDirectory(XDG_CONFIG_HOME_VARIABLE, ".config");
  }

  /**
   * {@code $XDG_CACHE_HOME}, or {@code ~/.cache}; a relative value is ignored, as for {@link
   * #xdgConfigHome()}.
   */
  public Path xdgCacheHome() {
    return xdgDirectory(XDG_CACHE_HOME_VARIABLE, ".cache");
  }

  /** An XDG base directory: the variable when it holds an absolute path, else {@code ~/<inHome>}. */
  private Path xdgDirectory(String variable, String inHome) {
    return variable(variable)
        .map(value -> fileSystem().getPath(value))
        .filter(Path::isAbsolute)
        .map(Path::normalize)
        .orElseGet(() -> home.resolve(inHome));
  }

  /** {@code $TASKER_CLI_SYSTEM_PLUGINS} (relative to the working directory), or the default. */
  public Path systemPluginsDirectory() {
    return resolve(variable(SYSTEM_PLUGINS_VARIABLE).orElse(DEFAULT_SYSTEM_PLUGINS));
  }

  /**
   * {@code path} made absolute against the working directory and normalised. A path from another
   * file system (a picocli option converted on the default one, say) is moved onto this one first.
   */
  public Path resolve(Path path) {
    Path here =
        path.getFileSystem().equals(fileSystem()) ? path : fileSystem().getPath(path.toString());
    return workingDirectory.resolve(here).normalize();
  }

  /** {@link #resolve(Path)} for a path written as text. */
  public Path resolve(String path) {
    return resolve(fileSystem().getPath(path));
  }

  /**
   * A path written in a configuration file: {@code ~} and {@code ~/x} start at home, other relative
   * paths start at {@code base}. {@code ~user} is not expanded: there is no portable way to find
   * another user's home.
   */
  public Path expand(String written, Path base) {
    if (written.equals("~")) {
      return home;
    }
    if (written.startsWith("~/")) {
      return home.resolve(written.substring(2)).normalize();
    }
    return base.resolve(fileSystem().getPath(written)).normalize();
  }
}
