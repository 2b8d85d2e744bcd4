package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import systems.tasker.cli.command.TemplateDrivenCommand;
import systems.tasker.cli.discovery.Environment;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.plugin.TemplateMetadata;

/**
 * A template-driven command is parsed twice: leniently to learn its template, then for real. The
 * first parse sets aside only what the second reports (a usage error, a template problem); a bug
 * is an internal error at once, and the command does not run.
 */
class TwoParsesTest {

  private final CliHarness cli = new CliHarness();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  /** A command whose option pass fails the way only a bug can. */
  @Command(name = "boom")
  static final class BoomCommand extends TemplateDrivenCommand {
    boolean ran;

    @Override
    public Optional<TemplateMetadata> templateForOptions() {
      throw new IllegalStateException("a bug in the option pass");
    }

    @Override
    protected TemplateEntry template() {
      throw new AssertionError("not reached");
    }

    @Override
    protected int execute() {
      ran = true;
      return 0;
    }
  }

  @Test
  void aBugInTheFirstParseIsAnInternalErrorAndTheCommandDoesNotRun() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    CommandLine commandLine = TaskerCli.commandLine(new BufferedReader(new StringReader("")),
        outWriter, errWriter, new Environment(cli.work, cli.home, Map.of()), Terminal.NONE,
        BuiltinPlugin.none());
    BoomCommand boom = new BoomCommand();
    commandLine.addSubcommand("boom", boom);
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);

    int code = TaskerCli.execute(commandLine, "boom");
    errWriter.flush();

    assertThat(code).isEqualTo(1);
    assertThat(boom.ran).isFalse();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("error: internal error: java.lang.IllegalStateException:"
        + " a bug in the option pass\n"
        + "hint: run again with --verbose for the stack trace, and please report it\n");
  }

  @Test
  void aUsageErrorOfTheFirstParseIsReportedByTheSecond() {
    CliHarness.Run run = cli.run("template", "generate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: template generate needs NAME\n");
  }

  @Test
  void globalOptionsAreTheSameBeforeAndAfterTheCommandAndAddUp() {
    cli.plugin(cli.fs.getPath("/a"), "plugin-a", "ruby");
    cli.plugin(cli.fs.getPath("/b"), "plugin-b", "python");

    CliHarness.Run run = cli.run("--plugin-path", "/a", "-q", "template", "list",
        "--plugin-path", "/b", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).contains("\"plugin\" : \"plugin-a\"", "\"plugin\" : \"plugin-b\"");
    assertThat(run.out().indexOf("plugin-a")).isLessThan(run.out().indexOf("plugin-b"));
  }
}
