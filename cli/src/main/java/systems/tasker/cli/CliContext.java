package systems.tasker.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.List;
import systems.tasker.cli.discovery.ConfigLoader;
import systems.tasker.cli.discovery.EffectiveConfig;
import systems.tasker.cli.discovery.Environment;
import systems.tasker.cli.discovery.PluginRegistry;
import systems.tasker.cli.engine.ParameterPrompter;
import systems.tasker.cli.engine.RenderLimits;
import systems.tasker.cli.engine.plan.Interruption;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.output.Style;
import systems.tasker.cli.output.TerminalText;

/**
 * Everything a command runs with: where output goes, the process environment, the global options,
 * and — built on first use, since most of the start-up cost is there — the configuration and the
 * plugin registry.
 */
public final class CliContext {

  private final PrintWriter out;
  private final PrintWriter err;
  private final BufferedReader in;
  private final Environment environment;
  private final Terminal terminal;
  private final BuiltinPlugin builtin;
  private final Interruption interruption;

  private final List<String> pluginPaths = new ArrayList<>();
  private String configFile;
  private String profile;
  private boolean noColor;
  private boolean verbose;
  private boolean quiet;
  private boolean noInput;

  private final Map<Object, Object> computedOnce = new HashMap<>();
  private EffectiveConfig config;
  private PluginRegistry registry;

  CliContext(
      PrintWriter out,
      PrintWriter err,
      BufferedReader in,
      Environment environment,
      Terminal terminal,
      BuiltinPlugin builtin,
      Interruption interruption) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.environment = environment;
    this.terminal = terminal;
    this.interruption = interruption;
    this.builtin = builtin;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public Environment environment() {
    return environment;
  }

  public Terminal terminal() {
    return terminal;
  }

  public boolean verbose() {
    return verbose;
  }

  public boolean quiet() {
    return quiet;
  }

  /** Styles for stdout: plain unless stdout is a terminal, colours are allowed and not refused. */
  public Style style() {
    return terminal.color() && !noColor ? Style.ANSI : Style.PLAIN;
  }

  /** A path typed by the user, resolved against the working directory. */
  public Path resolve(String typed) {
    return environment.expand(typed, environment.workingDirectory());
  }

  /** The effective configuration, loaded once. Throws a usage error for a broken config file. */
  public EffectiveConfig config() {
    if (config == null) {
      config =
          ConfigLoader.load(
              environment, configFile == null ? null : resolve(configFile), profile);
    }
    return config;
  }

  /** The plugins on all search paths plus the built-in one, discovered once. */
  public PluginRegistry registry() {
    if (registry == null) {
      registry = PluginRegistry.discover(environment, pluginPaths(), config(), builtin.directory());
    }
    return registry;
  }

  /** Whether this run has discovered the plugins (through {@link #registry()}). */
  public boolean hasDiscovered() {
    return registry != null;
  }

  /**
   * Whether {@code --plugin-path}, {@code --config} or {@code --profile} pointed this run at other
   * plugins or configuration than a plain run in this directory finds.
   */
  public boolean pointedElsewhere() {
    return !pluginPaths.isEmpty() || configFile != null || profile != null;
  }

  /** The {@code --plugin-path} directories, resolved, in the order given. */
  public List<Path> pluginPaths() {
    List<Path> resolved = new ArrayList<>();
    pluginPaths.forEach(typed -> resolved.add(resolve(typed)));
    return resolved;
  }

  /**
   * The value for {@code key} computed once in this run: what the option pass and the command
   * both need (a template's metadata) is read from disk once.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object key, Supplier<T> compute) {
    Object value = computedOnce.get(key);
    if (value == null) {
      value = compute.get();
      computedOnce.put(key, value);
    }
    return (T) value;
  }

  /** Prints an informational line to stderr unless {@code --quiet}, sanitised. */
  public void info(String line) {
    if (!quiet) {
      err.println(TerminalText.lines(line));
    }
  }

  void addPluginPath(String directory) {
    if (directory != null) {
      pluginPaths.add(directory);
    }
  }

  /** Forgets the global options, before a command line is parsed again. */
  void resetOptions() {
    pluginPaths.clear();
    configFile = null;
    profile = null;
    noColor = false;
    verbose = false;
    quiet = false;
    noInput = false;
  }

  void setConfigFile(String file) {
    this.configFile = file;
  }

  void setProfile(String name) {
    this.profile = name;
  }

  void setNoColor(boolean value) {
    this.noColor = value;
  }

  void setVerbose(boolean value) {
    this.verbose = value;
  }

  void setNoInput(boolean value) {
    this.noInput = value;
  }

  /**
   * Asks for missing required parameters on a terminal; {@code null} (never ask) when stdin or
   * stdout is not a terminal, or with {@code --no-input}.
   */
  public ParameterPrompter prompter() {
    return terminal.interactive() && !noInput ? new ConsolePrompter(in, err, style()) : null;
  }

  /** What stops a commit between two files and rolls it back (SIGINT, SIGTERM). */
  public Interruption interruption() {
    return interruption;
  }

  /** The environment variable that sets the time budget of rendering, in seconds. */
  public static final String RENDER_TIMEOUT_VARIABLE = "TASKER_CLI_RENDER_TIMEOUT";

  /**
   * The budget of each template render: {@link RenderLimits#DEFAULT}, or the seconds
   * {@value #RENDER_TIMEOUT_VARIABLE} gives (a usage error when it is not a positive number).
   */
  public RenderLimits renderLimits() {
    String written = environment.variable(RENDER_TIMEOUT_VARIABLE).orElse("").trim();
    if (written.isEmpty()) {
      return RenderLimits.DEFAULT;
    }
    try {
      double seconds = Double.parseDouble(written);
      if (seconds > 0 && seconds <= 86_400) {
        return new RenderLimits(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))));
      }
    } catch (NumberFormatException notANumber) {
      // the same error as a number out of range, below
    }
    throw new TaskerException(TaskerException.Kind.USAGE,
        RENDER_TIMEOUT_VARIABLE + " must be a number of seconds between 0 and 86400, got '"
            + written + "'",
        "unset it for the default of " + RenderLimits.DEFAULT_TIME.toSeconds() + " s");
  }

  void setQuiet(boolean value) {
    this.quiet = value;
  }
}
