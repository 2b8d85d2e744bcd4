package systems.tasker.cli.command;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import systems.tasker.cli.output.OutputFormat;

/**
 * {@code --format text|json}, the same for every command that prints a result; tasker-ctl's
 * {@code table} is accepted for {@code text}.
 */
public final class OutputFormatOption {

  /** The option's name, also accepted before the command as tasker-ctl has it. */
  public static final String NAME = "--format";

  @Option(names = NAME, paramLabel = "text|json", converter = OutputFormat.Converter.class,
      description = "Output format (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  boolean json() {
    return format == OutputFormat.JSON;
  }

  boolean text() {
    return format == OutputFormat.TEXT;
  }

  /**
   * tasker-ctl takes {@code --format} before the command ({@code tasker-ctl --format json plugin
   * list}): given there, it becomes the format of the command that runs, unless that command was
   * given its own. A command without {@code --format} ignores it, as tasker-ctl's plugin and
   * template commands do.
   */
  public static void passDown(ParseResult parsed) {
    if (!parsed.hasMatchedOption(NAME)) {
      return;
    }
    ParseResult leaf = parsed;
    while (leaf.subcommand() != null) {
      leaf = leaf.subcommand();
    }
    OptionSpec own = leaf.commandSpec().findOption(NAME);
    if (leaf != parsed && own != null && !leaf.hasMatchedOption(NAME)) {
      own.setValue(parsed.matchedOptionValue(NAME, OutputFormat.TEXT));
    }
  }
}
