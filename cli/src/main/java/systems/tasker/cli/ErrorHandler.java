package systems.tasker.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import systems.tasker.cli.command.CliContext;
import systems.tasker.cli.command.ExitCodes;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;

/**
 * The one place failures become output: a one-line {@code error:} and a {@code hint:} on stderr,
 * the exit code of the failure's kind, and a stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  private final CliContext context;

  ErrorHandler(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof TaskerException failure) {
      print(err, failure.getMessage(), failure.hint());
      traceIfVerbose(err, failure);
      return failure.kind() == TaskerException.Kind.USAGE ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }
    if (exception instanceof ParameterException usage) {
      return handleParseException(usage, new String[0]);
    }
    print(
        err,
        "internal error: " + exception,
        context.verbose()
            ? "please report this with the stack trace below"
            : "run again with --verbose for the stack trace, and please report it");
    traceIfVerbose(err, exception);
    return ExitCodes.FAILURE;
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String message = exception.getMessage();
    if (exception instanceof UnmatchedArgumentException unmatched) {
      message = unmatchedMessage(unmatched, commandLine);
    }
    print(err, message, "see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
    return ExitCodes.USAGE;
  }

  /**
   * "unknown command 'plugn' (did you mean 'plugin'?)" for a mistyped subcommand, else picocli's
   * own message about the first unmatched argument.
   */
  private static String unmatchedMessage(UnmatchedArgumentException unmatched, CommandLine commandLine) {
    List<String> args = unmatched.getUnmatched();
    String first = args.isEmpty() ? "" : args.get(0);
    // Hidden commands (the completion helper) are not offered.
    Set<String> commands = new LinkedHashSet<>();
    commandLine.getSubcommands().forEach((name, sub) -> {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        commands.add(name);
      }
    });
    if (!commands.isEmpty() && !first.startsWith("-")) {
      return "unknown command '" + first + "'" + Suggestions.didYouMean(first, commands)
          + "; commands: " + String.join(", ", commands);
    }
    if (first.startsWith("-")) {
      List<String> options = new ArrayList<>();
      commandLine.getCommandSpec().options().forEach(option -> options.addAll(List.of(option.names())));
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      return "unknown option '" + name + "'" + Suggestions.didYouMean(name, options);
    }
    return "unexpected argument '" + first + "'";
  }

  /** Messages quote plugin data and what was typed, so they are sanitised like all output. */
  private static void print(PrintWriter err, String message, String hint) {
    err.println("error: " + TerminalText.lines(message));
    if (hint != null && !hint.isBlank()) {
      err.println("hint: " + TerminalText.lines(hint));
    }
    err.flush();
  }

  private void traceIfVerbose(PrintWriter err, Throwable exception) {
    if (context.verbose()) {
      exception.printStackTrace(err);
      err.flush();
    }
  }
}
