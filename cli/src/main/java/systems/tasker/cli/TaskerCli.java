package systems.tasker.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import systems.tasker.cli.command.CompletionCommand;
import systems.tasker.cli.command.CompletionNamesCommand;
import systems.tasker.cli.command.ConfigCommand;
import systems.tasker.cli.command.GenerateCommand;
import systems.tasker.cli.command.InitCommand;
import systems.tasker.cli.command.ParameterOptions;
import systems.tasker.cli.command.PluginCommand;
import systems.tasker.cli.command.TemplateDrivenCommand;
import systems.tasker.cli.command.TemplateCommand;
import systems.tasker.cli.command.TrainCommand;
import systems.tasker.cli.discovery.Environment;
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

  static {
    COMMANDS.put("init", InitCommand.class);
    COMMANDS.put("generate", GenerateCommand.class);
    COMMANDS.put("plugin", PluginCommand.class);
    COMMANDS.put("template", TemplateCommand.class);
    COMMANDS.put("config", ConfigCommand.class);
    COMMANDS.put("completion", CompletionCommand.class);
    COMMANDS.put("__complete", CompletionNamesCommand.class);
    COMMANDS.put("__train", TrainCommand.class);
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
    return execute(commandLine(in, out, err, environment, terminal,
        new BuiltinPlugin(TaskerCli.class), commandsNeededFor(args)), args);
  }

  /**
   * The top-level commands a run of {@code args} needs: the one it names; none for a bare
   * {@code --version}; every one for help, a mistyped command, or anything unclear.
   */
  static Set<String> commandsNeededFor(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (GLOBAL_OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (arg.equals("--")) {
        break;
      } else if (!arg.startsWith("-")) {
        // The training run builds every command, so their classes go into the archive too.
        return COMMANDS.containsKey(arg) && !arg.equals("__train") ? Set.of(arg) : COMMANDS.keySet();
      }
    }
    boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    return versionOnly ? Set.of() : COMMANDS.keySet();
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
    return commandLine(in, out, err, environment, terminal, builtin, COMMANDS.keySet());
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
      Set<String> commands) {
    CliContext context = new CliContext(out, err, in, environment, terminal, builtin);
    Factory factory = new Factory(context);
    CommandLine commandLine = new CommandLine(new TaskerCli(context), factory);
    for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
      if (commands.contains(command.getKey())) {
        try {
          commandLine.addSubcommand(command.getKey(), factory.create(command.getValue()));
        } catch (Exception e) {
          throw new IllegalStateException("cannot create command " + command.getKey(), e);
        }
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
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = TaskerCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"tasker-cli " + properties.getProperty("version", "unknown")};
    }
  }
}
