package systems.tasker.cli.command;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import systems.tasker.cli.discovery.ConfigLoader;
import systems.tasker.cli.discovery.EffectiveConfig;
import systems.tasker.cli.discovery.Environment;
import systems.tasker.cli.discovery.PluginRegistry;
import systems.tasker.cli.discovery.Project;
import systems.tasker.cli.discovery.RemoteSettings;
import systems.tasker.cli.discovery.SearchPaths;
import systems.tasker.cli.discovery.TemplateLookup;
import systems.tasker.cli.discovery.TemplateMatch;
import systems.tasker.cli.discovery.UnreadConfigFile;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteSync;
import systems.tasker.cli.engine.ParameterPrompter;
import systems.tasker.cli.engine.RenderLimits;
import systems.tasker.cli.engine.plan.Interruption;
import systems.tasker.cli.output.ConsolePrompter;
import systems.tasker.cli.output.Style;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * Everything a command runs with: where output goes, the process environment, the global options
 * of the run, and — built on first use, since most of the start-up cost is there — the
 * configuration, the plugin registry and the template lookups.
 */
public final class CliContext {

  private final PrintWriter out;
  private final PrintWriter err;
  private final BufferedReader in;
  private final Environment environment;
  private final boolean interactive;
  private final boolean color;
  private final Supplier<Path> builtinDirectory;
  private final Interruption interruption;

  private GlobalOptions options = GlobalOptions.NONE;
  private Optional<RemoteSpec> chosenRemote = Optional.empty();
  private boolean cachedRemotesOnly;
  private EffectiveConfig config;
  private PluginRegistry registry;
  private TemplateLookup templates;
  private Optional<Project> project;
  private RemoteSync remoteSync;
  private final Set<TemplateMatch> noted = new HashSet<>();
  private final Map<String, String> languageChoices = new HashMap<>();
  private final Set<String> notes = new HashSet<>();
  private boolean promptsHeld;

  /**
   * @param interactive stdin and stdout are terminals, so prompts are possible
   * @param color stdout may show ANSI styles (unless {@code --no-color})
   * @param builtinDirectory the plugin compiled into the CLI, or {@code null} when there is none;
   *     asked for only when plugins are discovered
   * @param interruption what stops a commit between two files and rolls it back (SIGINT, SIGTERM)
   */
  public CliContext(
      PrintWriter out,
      PrintWriter err,
      BufferedReader in,
      Environment environment,
      boolean interactive,
      boolean color,
      Supplier<Path> builtinDirectory,
      Interruption interruption) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.environment = environment;
    this.interactive = interactive;
    this.color = color;
    this.builtinDirectory = builtinDirectory;
    this.interruption = interruption;
  }

  /**
   * The run's global options, once a parse has produced them. The configuration and the plugins
   * depend on them, so what was loaded for other options is forgotten; the two parses of one run
   * give equal options and share what they loaded.
   */
  public void useOptions(GlobalOptions parsed) {
    if (!parsed.equals(options)) {
      options = parsed;
      config = null;
      registry = null;
      templates = null;
      project = null;
      remoteSync = null;
    }
  }

  public GlobalOptions options() {
    return options;
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

  public boolean verbose() {
    return options.verbose();
  }

  public boolean quiet() {
    return options.quiet();
  }

  /** Styles for stdout: plain unless stdout is a terminal, colours are allowed and not refused. */
  public Style style() {
    return color && !options.noColor() ? Style.ANSI : Style.PLAIN;
  }

  /** A path typed by the user, resolved against the working directory. */
  public Path resolve(String typed) {
    return environment.expand(typed, environment.workingDirectory());
  }

  /**
   * The effective configuration, loaded once. Throws a usage error for a broken config file. With
   * {@code --verbose}, says when it is tasker-ctl's and which of tasker-ctl's files it passed over.
   */
  public EffectiveConfig config() {
    if (config == null) {
      config = ConfigLoader.load(environment, explicitConfigFile(), options.profile());
      if (verbose()) {
        if (config.dialect().isTaskerCtl()) {
          err.println(TerminalText.line("note: reading " + config.dialect().label() + " "
              + config.file() + ": only the keys both CLIs share"));
        }
        for (UnreadConfigFile unread : config.notRead()) {
          err.println(TerminalText.line("note: not reading tasker-ctl's " + unread.file() + ": "
              + unread.reason()));
        }
      }
    }
    return config;
  }

  /**
   * The project around the working directory (the nearest {@code .tasker-cli.toml} upward), else
   * the one whose {@code .tasker-cli.toml} {@code --config} names, and the plugin its answers
   * file says made it; looked for once.
   */
  public Optional<Project> project() {
    if (project == null) {
      project = Project.find(environment).or(() -> {
        Path file = config().file();
        return file != null && file.getFileName().toString().equals(ConfigLoader.PROJECT_FILE_NAME)
            ? Optional.of(Project.at(file.getParent())) : Optional.empty();
      });
    }
    return project;
  }

  /** The plugins on all search paths plus the built-in one, discovered once. */
  /** {@code --config FILE}, resolved, or {@code null}. */
  public Path explicitConfigFile() {
    return options.configFile() == null ? null : resolve(options.configFile());
  }

  /**
   * The plugins on all search paths plus the built-in one, discovered once. Every remote is made
   * available first: fetched when it is not cached, refreshed when it is stale (see {@link
   * RemoteSync#ensure}), unless {@link #useCachedRemotesOnly()} was called.
   */
  public PluginRegistry registry() {
    if (registry == null) {
      if (!cachedRemotesOnly) {
        chosenRemote.ifPresent(remote -> remotes().ensure(remote));
        for (RemoteSpec remote : config().searchedRemotes()) {
          if (chosenRemote.map(chosen -> !chosen.name().equals(remote.name())).orElse(true)) {
            remotes().ensure(remote);
          }
        }
      }
      registry = PluginRegistry.discover(environment, pluginPaths(), config(),
          builtinDirectory.get(), chosenRemote);
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
    return !options.pluginPaths().isEmpty() || options.configFile() != null
        || options.profile() != null;
  }

  /**
   * The remote {@code --remote} or {@code --url} chose, whose plugins come first in this run;
   * what was discovered for another choice is forgotten, as for other options.
   */
  void useRemote(Optional<RemoteSpec> chosen) {
    if (!chosen.equals(chosenRemote)) {
      chosenRemote = chosen;
      registry = null;
      templates = null;
    }
  }

  /** The remote chosen for this run, if any. */
  public Optional<RemoteSpec> chosenRemote() {
    return chosenRemote;
  }

  /**
   * Fetching and caching remotes. JGit is only loaded, from {@link GitLibrary}, when a fetch is
   * needed: a run that reads cached remotes, or has none, never loads it.
   */
  public RemoteSync remotes() {
    if (remoteSync == null) {
      RemoteSettings settings = config().remoteSettings();
      remoteSync = new RemoteSync(SearchPaths.cache(environment), GitLibrary::fetcher,
          Clock.systemUTC(), settings.cacheMaxAgeHours().value(), settings.limits(),
          this::warn, this::note);
    }
    return remoteSync;
  }

  /** A warning on stderr, sanitised; none with {@code --quiet}, which prints errors only. */
  public void warn(String warning) {
    if (!quiet()) {
      err.println("warning: " + TerminalText.lines(warning));
    }
  }

  /** An informational line on stderr, sanitised; none with {@code --quiet}. */
  private void note(String line) {
    if (!quiet()) {
      err.println(TerminalText.lines(line));
    }
  }

  /** Discovery uses what the cache holds, fetching nothing (shell completion must not wait). */
  public void useCachedRemotesOnly() {
    cachedRemotesOnly = true;
  }

  /**
   * Template lookups and {@code template.toml} reads of this run, each done once: the option pass
   * and the command both need them.
   */
  public TemplateLookup templates() {
    if (templates == null) {
      templates = new TemplateLookup(registry());
    }
    return templates;
  }

  /**
   * Whether {@code match} has not been noted yet in this run: the passed-over plugins of a
   * template are said once, though the option pass and the command both look it up.
   */
  public boolean firstNoteOf(TemplateMatch match) {
    return noted.add(match);
  }

  /** Whether {@code note} has not been printed yet in this run (both parses resolve templates). */
  public boolean firstNote(String note) {
    return notes.add(note);
  }

  /**
   * The language the user chose on a terminal for the template named {@code templateKey}, asked
   * with {@code ask} the first time only: the option pass and the command both need it.
   */
  public String languageChoice(String templateKey, Supplier<String> ask) {
    String chosen = languageChoices.get(templateKey);
    if (chosen == null) {
      chosen = ask.get();
      languageChoices.put(templateKey, chosen);
    }
    return chosen;
  }

  /** The {@code --plugin-path} directories, resolved, in the order given. */
  public List<Path> pluginPaths() {
    List<Path> resolved = new ArrayList<>();
    options.pluginPaths().forEach(typed -> resolved.add(resolve(typed)));
    return resolved;
  }

  /**
   * Asks for missing required parameters on a terminal; {@code null} (never ask) when stdin or
   * stdout is not a terminal, or with {@code --no-input}.
   */
  public ParameterPrompter prompter() {
    return interactive && !options.noInput() && !promptsHeld
        ? new ConsolePrompter(in, err, style()) : null;
  }

  /**
   * Runs {@code work} as if no one could be asked: the option pass first tries to find the
   * template without prompting, so that a mistyped option is reported before any question.
   */
  public <T> T withoutPrompts(Supplier<T> work) {
    boolean held = promptsHeld;
    promptsHeld = true;
    try {
      return work.get();
    } finally {
      promptsHeld = held;
    }
  }

  /**
   * Asks the person at the terminal to choose one of {@code choices} (a numbered menu; a number
   * or a name answers it), or {@code null} when no one can be asked.
   */
  public String askChoice(String name, String question, List<String> choices) {
    ParameterPrompter prompter = prompter();
    if (prompter == null) {
      return null;
    }
    TemplateParameter asked = new TemplateParameter(name, question, ParameterType.CHOICE, true,
        null, List.copyOf(choices), null);
    String problem = null;
    while (true) {
      String answer = prompter.ask(asked, problem).trim();
      for (String choice : choices) {
        if (choice.equalsIgnoreCase(answer)) {
          return choice;
        }
      }
      problem = "answer with a number from 1 to " + choices.size() + " or one of: "
          + String.join(", ", choices);
    }
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
}
