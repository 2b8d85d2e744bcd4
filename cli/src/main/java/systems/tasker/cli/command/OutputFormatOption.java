package systems.tasker.cli.command;

import picocli.CommandLine.Option;
import systems.tasker.cli.output.OutputFormat;

/** {@code --format text|json}, the same for every command that prints a result. */
public final class OutputFormatOption {

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  boolean json() {
    return format == OutputFormat.JSON;
  }

  boolean text() {
    return format == OutputFormat.TEXT;
  }
}
