package systems.tasker.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Spec;
import systems.tasker.cli.command.CliContext;
import systems.tasker.cli.command.CommandFactory;
import systems.tasker.cli.command.CommandRegistry;
import systems.tasker.cli.command.CompletionNames;
import systems.tasker.cli.command.ExitCodes;
import systems.tasker.cli.command.GlobalOptions;
import systems.tasker.cli.command.OutputFormatOption;
import systems.tasker.cli.command.ParameterOptions;
import systems.tasker.cli.command.TaskerCommand;
import systems.tasker.cli.command.TemplateDrivenCommand;
import systems.tasker.cli.discovery.Environment;
import systems.tasker.cli.engine.plan.Interruption;
import systems.tasker.cli.output.OutputFormat;
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
      "Run 'tasker-cli help COMMAND' (or 'tasker-cli COMMAND --help') for a command's options"
          + " and examples."
    })
public final class TaskerCli extends TaskerCommand {

  @Spec CommandSpec spec;

  /** tasker-ctl's global {@code --format}, before the command: passed down to it. */
  @Option(names = OutputFormatOption.NAME, hidden = true, converter = OutputFormat.Converter.class)
  OutputFormat format;

  @Override
  protected int execute() {
    throw new ParameterException(spec.commandLine(), "missing command");
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
      String[] typed,
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Environment environment,
      Terminal terminal,
      Interruption interruption) {
    String[] args = CommandRegistry.helpAsOption(typed);
    CommandLine commandLine = commandLine(in, out, err, environment, terminal,
        new BuiltinPlugin(TaskerCli.class), commandsNeededFor(args), interruption);
    int code = execute(commandLine, args);
    if (code == ExitCodes.OK) {
      // A run that succeeded keeps the names shell completion offers up to date; one that
      // failed changes nothing on disk.
      CompletionNames.refreshCache(((TaskerCli) commandLine.getCommand()).context(),
          CliVersion.text(), () -> commandLine(new BufferedReader(new StringReader("")),
              NOWHERE, NOWHERE, environment, Terminal.NONE, BuiltinPlugin.none()).getCommandSpec());
    }
    return code;
  }

  /** Where the output of a command line built only for its model goes. */
  private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

  /** {@link CommandRegistry#commandsNeededFor}. */
  static Set<String> commandsNeededFor(String[] args) {
    return CommandRegistry.commandsNeededFor(args);
  }

  /**
   * Parses and runs {@code args}. Commands that render a template first get one option per
   * template parameter: a lenient first parse says which template is meant, its parameters are
   * added as options, then the real parse and run happen. The global options of each parse are
   * built from its result, so nothing carries over from the first parse but what it looked up.
   */
  public static int execute(CommandLine commandLine, String... typed) {
    String[] args = CommandRegistry.helpAsOption(typed);
    CliContext context = ((TaskerCli) commandLine.getCommand()).context();
    CommandLine leaf;
    commandLine.setUnmatchedArgumentsAllowed(true);
    try {
      ParseResult parsed = commandLine.parseArgs(args);
      context.useOptions(GlobalOptions.of(parsed));
      List<CommandLine> commands = parsed.asCommandLineList();
      leaf = commands.get(commands.size() - 1);
    } catch (ParameterException badArguments) {
      // The real parse reports this problem. The parameter options are still added, so that it
      // is reported rather than "unknown option" for every template parameter.
      leaf = badArguments.getCommandLine();
      ParseResult partial = commandLine.getParseResult();
      if (partial != null) {
        context.useOptions(GlobalOptions.of(partial));
      }
    } finally {
      commandLine.setUnmatchedArgumentsAllowed(false);
    }
    if (leaf.getCommand() instanceof TemplateDrivenCommand command) {
      CommandLine templateCommand = leaf;
      try {
        // first without asking anything, so that a mistyped option comes before any question
        try {
          context.withoutPrompts(() -> addParameterOptions(templateCommand, command));
        } catch (TaskerException needsAnswer) {
          if (context.prompter() == null || mistyped(leaf)) {
            throw needsAnswer;
          }
          addParameterOptions(leaf, command);
        }
      } catch (TaskerException unresolved) {
        // A mistyped option of the command itself, or a word too many, is the first thing to
        // say; else let the command run and report the template problem itself, rather than
        // picocli reporting the template's parameters as unknown options.
        List<String> unmatched = leaf.getUnmatchedArguments();
        if (mistyped(leaf)) {
          return ((ErrorHandler) commandLine.getParameterExceptionHandler()).handleParseException(
              new UnmatchedArgumentException(leaf, List.of(unmatched.get(0))), args);
        }
        leaf.setUnmatchedArgumentsAllowed(true);
      } catch (RuntimeException bug) {
        return ((ErrorHandler) commandLine.getExecutionExceptionHandler())
            .handleExecutionException(bug, leaf, null);
      }
    }
    return commandLine.execute(args);
  }

  /** Whether the first argument the lenient parse left over is a word too many or a typo. */
  private static boolean mistyped(CommandLine leaf) {
    List<String> unmatched = leaf.getUnmatchedArguments();
    return !unmatched.isEmpty() && (!unmatched.get(0).startsWith("-")
        || UsageProblem.isMistyped(unmatched.get(0), leaf));
  }

  private static boolean addParameterOptions(CommandLine leaf, TemplateDrivenCommand command) {
    command.templateForOptions().ifPresent(metadata -> ParameterOptions.addTo(
        leaf.getCommandSpec(), metadata, command.parameterValues(),
        command.parametersSetByCommand(), command.configuredDefaults()));
    return true;
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
    return commandLine(in, out, err, environment, terminal, builtin,
        CommandRegistry.allCommands(), new Interruption());
  }

  /** {@link #commandLine(BufferedReader, PrintWriter, PrintWriter, Environment, Terminal,
   * BuiltinPlugin)} with only the named commands ({@code noun} and {@code noun verb}). */
  static CommandLine commandLine(
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Environment environment,
      Terminal terminal,
      BuiltinPlugin builtin,
      Set<String> commands,
      Interruption interruption) {
    CliContext context = new CliContext(out, err, in, environment, terminal.interactive(),
        terminal.color(), builtin::directory, interruption);
    CommandFactory factory = new CommandFactory(context);
    CommandLine commandLine = new CommandLine(factory.command(TaskerCli.class), factory);
    CommandRegistry.install(commandLine, factory, commands);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            terminal.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    // picocli's own warnings name our Java fields; every problem a user can meet is an error of ours
    CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
    CommandGroups.install(commandLine);
    versionEverywhere(commandLine);
    ErrorHandler handler = new ErrorHandler(context);
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setParameterExceptionHandler(handler);
    commandLine.setExecutionStrategy(parsed -> {
      context.useOptions(GlobalOptions.of(parsed));
      OutputFormatOption.passDown(parsed);
      List<CommandLine> levels = parsed.asCommandLineList();
      CommandLine last = levels.get(levels.size() - 1);
      if (!last.getSubcommands().isEmpty() && !last.getUnmatchedArguments().isEmpty()) {
        // "help plugn", "plugn --help": a mistyped command, not the help of the one before it
        throw new UnmatchedArgumentException(last, last.getUnmatchedArguments());
      }
      if (helpRequested(parsed)) {
        commandLine.setUsageHelpWidth(HelpWidth.of(environment, terminal));
      }
      return new RunLast().execute(parsed);
    });
    return commandLine;
  }

  /** {@code --version} after a subcommand prints the version too. */
  private static void versionEverywhere(CommandLine commandLine) {
    commandLine.getCommandSpec().versionProvider(new Version());
    commandLine.getSubcommands().values().forEach(TaskerCli::versionEverywhere);
  }

  private static boolean helpRequested(ParseResult parsed) {
    for (ParseResult level = parsed; level != null;
        level = level.hasSubcommand() ? level.subcommand() : null) {
      if (level.isUsageHelpRequested()) {
        return true;
      }
    }
    return false;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {CliVersion.text()};
    }
  }
}
