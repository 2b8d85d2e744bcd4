package systems.tasker.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.List;
import systems.tasker.cli.discovery.ConfigLoader;
import systems.tasker.cli.discovery.EffectiveConfig;
import systems.tasker.cli.discovery.Environment;
import systems.tasker.cli.discovery.PluginRegistry;
import systems.tasker.cli.discovery.RemoteSettings;
import systems.tasker.cli.discovery.SearchPaths;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteSync;
import systems.tasker.cli.discovery.remote.RemoteUrls;
import systems.tasker.cli.engine.ParameterPrompter;
import systems.tasker.cli.engine.RenderLimits;
import systems.tasker.cli.engine.plan.Interruption;
import systems.tasker.cli.output.Style;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;

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

  private String remoteName;
  private String remoteUrl;
  private String remoteRef;
  private boolean cachedRemotesOnly;

  private final Map<Object, Object> computedOnce = new HashMap<>();
  private EffectiveConfig config;
  private PluginRegistry registry;
  private RemoteSync remoteSync;

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
              environment, explicitConfigFile(), profile);
    }
    return config;
  }

  /** {@code --config FILE}, resolved, or {@code null}. */
  public Path explicitConfigFile() {
    return configFile == null ? null : resolve(configFile);
  }

  /**
   * The plugins on all search paths plus the built-in one, discovered once. Every remote is made
   * available first: fetched when it is not cached, refreshed when it is stale (see {@link
   * RemoteSync#ensure}), unless {@link #useCachedRemotesOnly()} was called.
   */
  public PluginRegistry registry() {
    if (registry == null) {
      Optional<RemoteSpec> selected = selectedRemote();
      if (!cachedRemotesOnly) {
        selected.ifPresent(remote -> remotes().ensure(remote));
        for (RemoteSpec remote : config().remotes()) {
          if (selected.map(chosen -> !chosen.name().equals(remote.name())).orElse(true)) {
            remotes().ensure(remote);
          }
        }
      }
      registry = PluginRegistry.discover(
          environment, pluginPaths(), config(), builtin.directory(), selected);
    }
    return registry;
  }

  /**
   * Fetching and caching remotes. JGit is only loaded (through the supplier, from {@link
   * GitLibrary}) when a fetch is needed: a run that reads cached remotes, or has none, never loads
   * it.
   */
  public RemoteSync remotes() {
    if (remoteSync == null) {
      RemoteSettings settings = config().remoteSettings();
      remoteSync = new RemoteSync(SearchPaths.cache(environment), GitLibrary::fetcher,
          Clock.systemUTC(), settings.cacheMaxAgeHours().value(), settings.limits(),
          warning -> err.println("warning: " + TerminalText.lines(warning)),
          this::info);
    }
    return remoteSync;
  }

  /** Discovery uses what the cache holds, fetching nothing (shell completion must not wait). */
  public void useCachedRemotesOnly() {
    cachedRemotesOnly = true;
  }

  /**
   * The remote {@code --remote NAME} or {@code --url URL [--ref REF]} chose for this run.
   *
   * @throws TaskerException (usage) for an unknown remote name, both options at once, or
   *     {@code --ref} without {@code --url}
   */
  public Optional<RemoteSpec> selectedRemote() {
    if (remoteName != null && remoteUrl != null) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "--remote and --url both choose where templates come from; give one of them",
          "--remote NAME for a configured remote, --url URL for any repository");
    }
    if (remoteRef != null && remoteUrl == null) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "--ref only goes with --url (a configured remote has its own ref)",
          "use --url URL --ref REF, or change the remote's ref in the configuration");
    }
    if (remoteUrl != null) {
      String url = RemoteUrls.kind(remoteUrl) == RemoteUrls.Kind.LOCAL_PATH
          ? resolve(remoteUrl).toString()
          : remoteUrl;
      return Optional.of(RemoteSpec.adHoc(url, remoteRef));
    }
    if (remoteName == null) {
      return Optional.empty();
    }
    return Optional.of(config().remoteSettings().require(remoteName));
  }

  void setRemoteName(String name) {
    this.remoteName = name;
  }

  void setRemoteUrl(String url) {
    this.remoteUrl = url;
  }

  void setRemoteRef(String ref) {
    this.remoteRef = ref;
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
    remoteName = null;
    remoteUrl = null;
    remoteRef = null;
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
