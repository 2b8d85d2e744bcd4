package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user sees when a command line is wrong, and the help: every usage error in the project's
 * words (never picocli's), choices compared alike, a mistyped option first, {@code --version} and
 * {@code help} everywhere, help at the terminal's width with the global options listed once.
 */
class UserMessagesTest {

  private final CliHarness cli = new CliHarness().withBuiltin().withContrib();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private void assertUsageError(CliHarness.Run run, String error, String hint) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: " + error + "\nhint: " + hint + "\n");
  }

  /** {@code template generate step_handler --language ruby --name Pay} and {@code more}. */
  private CliHarness.Run generatePay(String... more) {
    List<String> args = new ArrayList<>(List.of("template", "generate", "step_handler",
        "--language", "ruby", "--name", "Pay"));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void aParamWithoutAnEqualsSignSaysWhatItTakes() {
    assertUsageError(generatePay("--param", "foo"), "option '--param' takes KEY=VALUE; got 'foo'",
        "e.g. --param name=ProcessPayment; see 'tasker-cli template generate --help'");
  }

  @Test
  void aBadFormatListsTheFormatsInLowerCase() {
    assertUsageError(cli.run("plugin", "list", "--format", "xml"),
        "invalid value for --format: 'xml' is not an output format; use text or json (table is"
            + " text, as in tasker-ctl)",
        "see 'tasker-cli plugin list --help'");
  }

  @Test
  void aBadChoiceListsTheChoicesAsTheyAreTypedAndSuggestsOne() {
    assertUsageError(cli.run("generate", "handler", "refund", "--language", "ruby", "--type", "API2"),
        "--type must be one of base, api, decision, batchable; got 'API2', did you mean 'api'?",
        "e.g. --type api; see 'tasker-cli generate handler --help'");
  }

  @Test
  void aMissingArgumentIsNamedWithItsChoices() {
    assertUsageError(cli.run("completion"),
        "completion needs SHELL: bash or zsh",
        "usage: tasker-cli completion SHELL; see 'tasker-cli completion --help'");
    assertUsageError(cli.run("completion", "fish"),
        "completion: SHELL must be one of bash, zsh; got 'fish'",
        "e.g. bash; see 'tasker-cli completion --help'");
    assertUsageError(cli.run("remote", "add"),
        "remote add needs NAME and URL",
        "usage: tasker-cli remote add NAME URL; see 'tasker-cli remote add --help'");
  }

  @Test
  void anOptionWithoutItsValueAndAnOptionGivenTwice() {
    assertUsageError(cli.run("template", "list", "--language"),
        "option '--language' needs a value",
        "e.g. --language L; see 'tasker-cli template list --help'");
    assertUsageError(cli.run("plugin", "list", "--format"),
        "option '--format' needs a value: text or json",
        "e.g. --format text; see 'tasker-cli plugin list --help'");
    assertUsageError(cli.run("plugin", "list", "-q", "--quiet"),
        "option '--quiet' is given more than once",
        "give it once; see 'tasker-cli plugin list --help'");
    assertUsageError(cli.run("generate", "template", "refunds", "--language", "ruby"),
        "generate template needs --steps A,B,C",
        "e.g. --steps A,B,C; see 'tasker-cli generate template --help'");
  }

  @Test
  void twoOptionsThatExcludeEachOther() {
    assertUsageError(generatePay("--force", "--skip-existing"),
        "--force and --skip-existing cannot be used together",
        "give only one of them; see 'tasker-cli template generate --help'");
  }

  /** The vocabulary of picocli's own messages, which must never reach a user. */
  private static final List<String> PARSER_WORDS = List.of("should be in", "(case-insensitive)",
      "positional parameter", "option '--param' (", "Invalid value", "Missing required",
      "Unmatched argument", "should be specified only once", "mutually exclusive", "java.",
      "systems.tasker", "Exception", "WARN", "BASE, API", "[TEXT, JSON]", "(KEY=VALUE)");

  static Stream<List<String>> badCommandLines() {
    return Stream.of(
        List.of("template", "generate", "step_handler", "--language", "ruby", "--param", "foo"),
        List.of("template", "generate", "step_handler", "--language", "ruby", "--name", "X",
            "--param", "a=\"b"),
        List.of("plugin", "list", "--format", "xml"),
        List.of("plugin", "list", "--format", "JSONN"),
        List.of("plugin", "list", "--format"),
        List.of("plugin", "list", "--format", "json", "--format", "text"),
        List.of("generate", "handler", "x", "--language", "ruby", "--type", "API2"),
        List.of("generate", "handler", "x", "--language", "ruby", "--type"),
        List.of("generate", "handler"),
        List.of("generate", "template", "x", "--language", "ruby"),
        List.of("completion"),
        List.of("completion", "fish"),
        List.of("completion", "bash", "zsh"),
        List.of("init"),
        List.of("init", "a", "b"),
        List.of("init", "foo", "--languge", "ruby"),
        List.of("init", "foo", "--no-input"),
        List.of("plugin"),
        List.of("plugin", "validate"),
        List.of("plugin", "new"),
        List.of("plugn", "list"),
        List.of("help", "plugn"),
        List.of("plugn", "--help"),
        List.of("template", "info"),
        List.of("template", "info", "nothing_like_it"),
        List.of("template", "list", "--language"),
        List.of("template", "list", "--languge", "ruby"),
        List.of("template", "generate", "step_handler", "--language", "ruby", "--name", "X",
            "--force", "--skip-existing"),
        List.of("template", "generate", "step_handler", "--language", "ruby", "--nme", "X"),
        List.of("template", "generate", "docker_compose", "--messaging", "kafka"),
        List.of("template", "generate", "docker_compose", "--messaging"),
        List.of("template", "generate", "step_handler", "--language", "ruby"),
        List.of("remote", "add"),
        List.of("remote", "remove"),
        List.of("config", "show", "--profile"),
        List.of("config", "show", "--profile", "nowhere"),
        List.of("-q", "-q", "plugin", "list"),
        List.of("--config"),
        List.of());
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void everyUsageErrorIsOneLowerCaseLineAndAHintInOurWords(List<String> args) {
    CliHarness.Run run = cli.run(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).matches("error: [a-z'\\-][^\\n]*\\nhint: [a-z'][^\\n]*\\n");
    PARSER_WORDS.forEach(word -> assertThat(run.err()).as(run.toString()).doesNotContain(word));
  }

  @Test
  void choicesAreComparedIgnoringCaseEverywhereAndStoredAsDeclared() throws IOException {
    CliHarness.Run upper = cli.run("generate", "handler", "refund", "--language", "ruby",
        "--type", "API", "-o", "upper");
    CliHarness.Run lower = cli.run("generate", "handler", "refund", "--language", "ruby",
        "--type", "api", "-o", "lower");
    CliHarness.Run pluginUpper = cli.run("template", "generate", "docker_compose",
        "--messaging", "RabbitMQ", "-o", "compose-upper");
    CliHarness.Run pluginLower = cli.run("template", "generate", "docker_compose",
        "--param", "messaging=rabbitmq", "-o", "compose-lower");

    assertThat(List.of(upper, lower, pluginUpper, pluginLower))
        .allSatisfy(run -> assertThat(run.exitCode()).as(run.toString()).isZero());
    assertThat(tree(cli.work.resolve("upper"))).isEqualTo(tree(cli.work.resolve("lower")))
        .isNotEmpty();
    assertThat(tree(cli.work.resolve("compose-upper")))
        .isEqualTo(tree(cli.work.resolve("compose-lower")));
    assertThat(Files.readString(cli.work.resolve("compose-upper/docker-compose.tasker.yml")))
        .contains("rabbitmq").doesNotContain("RabbitMQ:");
  }

  @Test
  void aChoiceNoValueMatchesIsRefusedTheSameWayInBothPaths() {
    CliHarness.Run command = cli.run("generate", "handler", "refund", "--language", "ruby",
        "--type", "graph");
    CliHarness.Run plugin = cli.run("template", "generate", "docker_compose", "--messaging", "kafk");

    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(plugin.exitCode()).isEqualTo(2);
    assertThat(command.err()).startsWith("error: --type must be one of base, api, decision,"
        + " batchable; got 'graph'");
    assertThat(plugin.err()).startsWith("error: parameter 'messaging' must be one of pgmq,"
        + " rabbitmq; got 'kafk'");
  }

  /** Each file of {@code dir} with its bytes, relative path first. */
  private static List<String> tree(Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
        files.add(dir.relativize(file) + "\n" + Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void aMistypedOptionIsReportedBeforeAMissingLanguage() throws IOException {
    List<String> before = cli.everyFile();

    assertUsageError(cli.run("init", "foo", "--languge", "ruby"),
        "unknown option '--languge', did you mean '--language'?",
        "see 'tasker-cli init --help'");
    assertUsageError(cli.run("init", "foo", "bar"),
        "unexpected argument 'bar'",
        "see 'tasker-cli init --help'");
    assertThat(cli.everyFile()).isEqualTo(before);
  }

  @Test
  void aMistypedOptionIsReportedBeforeTheLanguageIsAskedForOnATerminal() throws IOException {
    List<String> before = cli.everyFile();

    CliHarness.Run run = cli.onTerminal("2\n").run("init", "foo", "--languge", "ruby");

    assertUsageError(run, "unknown option '--languge', did you mean '--language'?",
        "see 'tasker-cli init --help'");
    assertThat(cli.everyFile()).isEqualTo(before);
  }

  @Test
  void versionAfterASubcommandPrintsTheVersion() {
    CliHarness.Run top = cli.run("--version");

    for (String[] args : List.of(new String[] {"plugin", "list", "--version"},
        new String[] {"template", "generate", "-V"}, new String[] {"init", "--version"})) {
      CliHarness.Run run = cli.run(args);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo(top.out()).startsWith("tasker-cli ");
    }
  }

  @Test
  void helpCommandPrintsTheHelpOfTheCommandItNames() {
    assertThat(cli.run("help").out()).isEqualTo(cli.run("--help").out()).contains("Usage: tasker-cli");
    assertThat(cli.run("help", "template", "generate").out())
        .isEqualTo(cli.run("template", "generate", "--help").out())
        .startsWith("Usage: tasker-cli template generate");
    assertThat(cli.run("help", "plugin").out()).isEqualTo(cli.run("plugin", "--help").out())
        .contains("validate");
    CliHarness.Run templateHelp = cli.run("help", "template", "generate", "docker_compose");
    assertThat(templateHelp.exitCode()).isZero();
    assertThat(templateHelp.out()).contains("--messaging=pgmq|rabbitmq");
    CliHarness.Run asMain = cli.runAsMain("help", "generate", "handler");
    assertThat(asMain.exitCode()).isZero();
    assertThat(asMain.out()).isEqualTo(cli.run("generate", "handler", "--help").out());
  }

  @Test
  void helpOfAMistypedCommandIsAnError() {
    assertUsageError(cli.run("help", "plugn"),
        "unknown command 'plugn', did you mean 'plugin'?",
        "commands: init, update, generate, plugin, template, remote, config, completion, help;"
            + " see 'tasker-cli --help'");
    assertUsageError(cli.run("help", "plugin", "lst"),
        "unknown command 'lst', did you mean 'list'?",
        "commands: list, validate, new; see 'tasker-cli plugin --help'");
  }

  @Test
  void helpWrapsAtColumnsButNeverBreaksAnExample() {
    cli.variables.put("COLUMNS", "60");

    String help = cli.run("template", "generate", "--help").out();

    List<String> lines = help.lines().toList();
    assertThat(lines).filteredOn(line -> !line.startsWith("  tasker-cli "))
        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(60));
    assertThat(lines).contains(
        "  tasker-cli template generate docker_compose --messaging rabbitmq --dry-run");
    assertThat(lines).anySatisfy(line -> assertThat(line.length()).isGreaterThan(50));
  }

  @Test
  void helpIsEightyColumnsWideWithoutATerminal() {
    String help = cli.run("template", "generate", "--help").out();

    assertThat(help.lines().toList())
        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80))
        .anySatisfy(line -> assertThat(line.length()).isGreaterThan(70));
  }

  @Test
  void globalOptionsAreListedOnceAtTheTopAndPointedToBelowEachCommand() {
    String top = cli.run("--help").out();
    String command = cli.run("generate", "handler", "--help").out();

    assertThat(top).contains("\nGlobal options:\n")
        .contains("--no-color          Never print colours or styles.");
    assertThat(command).doesNotContain("Never print colours").doesNotContain("[--no-color]")
        .contains("\nGlobal options: --help, --version, --config, --no-color, --no-input,")
        .contains("(see 'tasker-cli --help').")
        .contains("--type=TYPE");
    assertThat(cli.run("plugin", "--help").out()).doesNotContain("Options:")
        .contains("(see 'tasker-cli --help').\n\nCommands:\n  list ");
  }

  @Test
  void globalOptionsStillWorkAfterTheCommand() {
    CliHarness.Run run = cli.run("template", "list", "--language", "ruby", "--quiet", "--no-color");

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }
}
