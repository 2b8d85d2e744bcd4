package systems.tasker.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import systems.tasker.cli.command.CompletionCommand;
import systems.tasker.cli.command.CompletionNames;
import systems.tasker.cli.command.CompletionNamesCommand;
import systems.tasker.cli.command.ConfigCommand;
import systems.tasker.cli.command.ConfigShowCommand;
import systems.tasker.cli.command.GenerateHandlerCommand;
import systems.tasker.cli.command.GenerateTaskTemplateCommand;
import systems.tasker.cli.command.PluginListCommand;
import systems.tasker.cli.command.PluginValidateCommand;
import systems.tasker.cli.command.PluginNewCommand;
import systems.tasker.cli.command.TemplateListCommand;
import systems.tasker.cli.command.TemplateInfoCommand;
import systems.tasker.cli.command.TemplateGenerateCommand;
import systems.tasker.cli.command.GenerateCommand;
import systems.tasker.cli.command.InitCommand;
import systems.tasker.cli.command.ParameterOptions;
import systems.tasker.cli.command.PluginCommand;
import systems.tasker.cli.command.TemplateDrivenCommand;
import systems.tasker.cli.command.TemplateCommand;
import systems.tasker.cli.command.TrainCommand;
import systems.tasker.cli.discovery.Environment;
import systems.tasker.cli.engine.plan.Interruption;
import systems.tasker.cli.plugin.TaskerException;

/** The root {@code tasker-cli} command, and the one place where the whole CLI is assembled. */
@Command(
    name = "tasker-cli",
    mixinStandardHelpOptions = true,
    versionProvider = TaskerCli.Version.class,
    description = "Scaffold Tasker projects, step handlers and task templates from plugins.",
    footer = {
      "",
      "Exit codes: 0 success, 1 the operation failed, 2 usage error.",
      "Run 'tasker-cli COMMAND --help' for a command's options and examples."
    })
public final class TaskerCli implements Runnable {

  /**
   * The commands, in the order help lists them. They are registered programmatically so that a
   * run builds the picocli model (reflection over every option) only of the command it runs.
   */
  private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  /** The verbs of each noun group, in the order help lists them. */
  private static final Map<String, Map<String, Class<?>>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("init", InitCommand.class);
    COMMANDS.put("generate", GenerateCommand.class);
    COMMANDS.put("plugin", PluginCommand.class);
    COMMANDS.put("template", TemplateCommand.class);
    COMMANDS.put("config", ConfigCommand.class);
    COMMANDS.put("completion", CompletionCommand.class);
    COMMANDS.put("__complete", CompletionNamesCommand.class);
    COMMANDS.put("__train", TrainCommand.class);
    SUBCOMMANDS.put("generate", subcommands(
        "handler", GenerateHandlerCommand.class, "template", GenerateTaskTemplateCommand.class));
    SUBCOMMANDS.put("plugin", subcommands("list", PluginListCommand.class,
        "validate", PluginValidateCommand.class, "new", PluginNewCommand.class));
    SUBCOMMANDS.put("template", subcommands("list", TemplateListCommand.class,
        "info", TemplateInfoCommand.class, "generate", TemplateGenerateCommand.class));
    SUBCOMMANDS.put("config", subcommands("show", ConfigShowCommand.class));
  }

  private static Map<String, Class<?>> subcommands(Object... namesAndClasses) {
    Map<String, Class<?>> verbs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndClasses.length; i += 2) {
      verbs.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
    }
    return verbs;
  }

  /** Global options that take a value, so their value is not mistaken for a command name. */
  private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("--plugin-path", "--config", "--profile");

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  TaskerCli(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the CLI in-process: the tests' entry point, and {@link Main}'s. */
  public static int run(
      String[] args,
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Environment environment,
      Terminal terminal) {
    return run(args, in, out, err, environment, terminal, new Interruption());
  }

  /** As above, with commits that {@code interruption} (a signal) can stop and roll back. */
  public static int run(
      String[] args,
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Environment environment,
      Terminal terminal,
      Interruption interruption) {
    CommandLine commandLine = commandLine(in, out, err, environment, terminal,
        new BuiltinPlugin(TaskerCli.class), commandsNeededFor(args), interruption);
    int code = execute(commandLine, args);
    if (code == ExitCodes.OK) {
      // A run that succeeded keeps the names shell completion offers up to date; one that
      // failed changes nothing on disk.
      CompletionNames.refreshCache(((TaskerCli) commandLine.getCommand()).context,
          CliVersion.text(), () -> commandLine(new BufferedReader(new StringReader("")),
              NOWHERE, NOWHERE, environment, Terminal.NONE, BuiltinPlugin.none()).getCommandSpec());
    }
    return code;
  }

  /** Where the output of a command line built only for its model goes. */
  private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

  /**
   * The top-level commands a run of {@code args} needs: the one it names; none for a bare
   * {@code --version}; every one for help, a mistyped command, or anything unclear.
   */
  static Set<String> commandsNeededFor(String[] args) {
    List<String> words = commandWords(args);
    if (words.isEmpty()) {
      boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
      return versionOnly ? Set.of() : allCommands();
    }
    String noun = words.get(0);
    // The training run builds every command, so their classes go into the archive too; the
    // completion script is written from the whole command model.
    if (!COMMANDS.containsKey(noun) || noun.equals("__train") || noun.equals("completion")) {
      return allCommands();
    }
    Map<String, Class<?>> verbs = SUBCOMMANDS.getOrDefault(noun, Map.of());
    if (verbs.isEmpty()) {
      return Set.of(noun);
    }
    if (words.size() > 1 && verbs.containsKey(words.get(1))) {
      return Set.of(noun, noun + " " + words.get(1));
    }
    Set<String> needed = new LinkedHashSet<>(List.of(noun));
    verbs.keySet().forEach(verb -> needed.add(noun + " " + verb));
    return needed;
  }

  /** Every command, as {@code noun} and {@code noun verb}. */
  private static Set<String> allCommands() {
    Set<String> all = new LinkedHashSet<>();
    COMMANDS.keySet().forEach(noun -> {
      all.add(noun);
      SUBCOMMANDS.getOrDefault(noun, Map.of()).keySet().forEach(verb -> all.add(noun + " " + verb));
    });
    return all;
  }

  /** The first two words of {@code args} that are neither options nor a global option's value. */
  private static List<String> commandWords(String[] args) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.length && words.size() < 2; i++) {
      String arg = args[i];
      if (GLOBAL_OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (arg.equals("--")) {
        break;
      } else if (!arg.startsWith("-")) {
        words.add(arg);
      }
    }
    return words;
  }

  /**
   * Parses and runs {@code args}. Commands that render a template first get one option per
   * template parameter: a lenient first parse says which template is meant, its parameters are
   * added as options, then the real parse and run happen.
   */
  public static int execute(CommandLine commandLine, String... args) {
    CliContext context = ((TaskerCli) commandLine.getCommand()).context;
    commandLine.setUnmatchedArgumentsAllowed(true);
    CommandLine unresolved = null;
    try {
      CommandLine leaf;
      try {
        List<CommandLine> parsed = commandLine.parseArgs(args).asCommandLineList();
        leaf = parsed.get(parsed.size() - 1);
      } catch (ParameterException badArguments) {
        // Still add the parameter options, so the real parse reports this problem, not
        // "unknown option" for every template parameter.
        leaf = badArguments.getCommandLine();
      }
      if (leaf.getCommand() instanceof TemplateDrivenCommand command) {
        try {
          CommandLine target = leaf;
          command.templateForOptions().ifPresent(metadata -> ParameterOptions.addTo(
              target.getCommandSpec(), metadata, command.parameterValues(),
              command.parametersSetByCommand()));
        } catch (TaskerException unknownTemplate) {
          // Let the command run and report the template problem itself, rather than picocli
          // reporting the template's parameters as unknown options.
          unresolved = leaf;
        }
      }
    } catch (RuntimeException ignored) {
      // The real parse below reports whatever went wrong here, through the usual handlers.
    } finally {
      commandLine.setUnmatchedArgumentsAllowed(false);
      context.resetOptions();
    }
    if (unresolved != null) {
      unresolved.setUnmatchedArgumentsAllowed(true);
    }
    return commandLine.execute(args);
  }

  /**
   * Builds the whole CLI writing to {@code out} and {@code err}, on the environment's file system
   * (Jimfs in tests).
   */
  public static CommandLine commandLine(
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Environment environment,
      Terminal terminal,
      BuiltinPlugin builtin) {
    return commandLine(in, out, err, environment, terminal, builtin, allCommands(),
        new Interruption());
  }

  /** {@link #commandLine(BufferedReader, PrintWriter, PrintWriter, Environment, Terminal,
   * BuiltinPlugin)} with only the named top-level commands. */
  static CommandLine commandLine(
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Environment environment,
      Terminal terminal,
      BuiltinPlugin builtin,
      Set<String> commands,
      Interruption interruption) {
    CliContext context = new CliContext(out, err, in, environment, terminal, builtin,
        interruption);
    Factory factory = new Factory(context);
    CommandLine commandLine = new CommandLine(new TaskerCli(context), factory);
    for (Map.Entry<String, Class<?>> noun : COMMANDS.entrySet()) {
      if (commands.contains(noun.getKey())) {
        CommandLine group = new CommandLine(create(factory, noun.getValue()), factory);
        for (Map.Entry<String, Class<?>> verb : SUBCOMMANDS.getOrDefault(noun.getKey(), Map.of()).entrySet()) {
          if (commands.contains(noun.getKey() + " " + verb.getKey())) {
            group.addSubcommand(verb.getKey(), create(factory, verb.getValue()));
          }
        }
        commandLine.addSubcommand(noun.getKey(), group);
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            terminal.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    CommandGroups.install(commandLine);
    ErrorHandler handler = new ErrorHandler(context);
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setParameterExceptionHandler(handler);
    return commandLine;
  }

  private static Object create(Factory factory, Class<?> command) {
    try {
      return factory.create(command);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create command " + command.getName(), e);
    }
  }

  /** Creates commands and mixins with the shared context, so nothing is static. */
  private static final class Factory implements IFactory {
    private final CliContext context;

    Factory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {CliVersion.text()};
    }
  }
}
