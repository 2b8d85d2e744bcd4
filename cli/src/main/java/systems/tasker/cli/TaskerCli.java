package systems.tasker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import systems.tasker.cli.command.CompletionCommand;
import systems.tasker.cli.command.CompletionNamesCommand;
import systems.tasker.cli.command.ConfigCommand;
import systems.tasker.cli.command.PluginCommand;
import systems.tasker.cli.command.TemplateCommand;
import systems.tasker.cli.discovery.Environment;

/** The root {@code tasker-cli} command, and the one place where the whole CLI is assembled. */
@Command(
    name = "tasker-cli",
    mixinStandardHelpOptions = true,
    versionProvider = TaskerCli.Version.class,
    description = "Scaffold Tasker projects, step handlers and task templates from plugins.",
    subcommands = {
      PluginCommand.class,
      TemplateCommand.class,
      ConfigCommand.class,
      CompletionCommand.class,
      CompletionNamesCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 the operation failed, 2 usage error.",
      "Run 'tasker-cli COMMAND --help' for a command's options and examples."
    })
public final class TaskerCli implements Runnable {

  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the CLI in-process: the tests' entry point, and {@link Main}'s. */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Environment environment, Terminal terminal) {
    return commandLine(out, err, environment, terminal, new BuiltinPlugin(TaskerCli.class))
        .execute(args);
  }

  /**
   * Builds the whole CLI writing to {@code out} and {@code err}, on the environment's file system
   * (Jimfs in tests).
   */
  public static CommandLine commandLine(
      PrintWriter out,
      PrintWriter err,
      Environment environment,
      Terminal terminal,
      BuiltinPlugin builtin) {
    CliContext context = new CliContext(out, err, environment, terminal, builtin);
    CommandLine commandLine = new CommandLine(new TaskerCli(), new Factory(context));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            terminal.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
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
