package systems.tasker.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import systems.tasker.cli.command.CliContext;
import systems.tasker.cli.command.ExitCodes;
import systems.tasker.cli.output.TerminalText;
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
    String help = "see '" + commandLine.getCommandSpec().qualifiedName() + " --help'";
    UsageProblem problem = UsageProblem.of(exception, commandLine);
    print(err, problem.message(), problem.hint() == null ? help : problem.hint() + "; " + help);
    return ExitCodes.USAGE;
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
