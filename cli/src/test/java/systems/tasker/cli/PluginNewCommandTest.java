package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plugin new}: the scaffold it writes, that the result is a valid plugin, and its refusals. */
class PluginNewCommandTest {

  static final Path BUILTIN = Path.of("..", "builtin-templates", "src", "main", "resources", "tasker-cli-builtin")
      .toAbsolutePath().normalize();

  private final CliHarness cli = new CliHarness().withBuiltin();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  /**
   * The golden tree of each language: the new plugin, then what its example template renders. In
   * between, the plugin passes {@code plugin validate --strict} without a single diagnostic.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ruby", "python", "typescript", "rust"})
  void writesAStrictlyValidPluginWhoseExampleTemplateRenders(String language) throws IOException {
    CliHarness.Run created = cli.run("plugin", "new", "acme-" + language, "--language", language);

    assertThat(created.exitCode()).as(created.toString()).isEqualTo(0);
    assertThat(created.err()).isEmpty();
    Path plugin = cli.work.resolve("acme-" + language);

    CliHarness.Run validated = cli.run("plugin", "validate", "--strict", plugin.toString());
    assertThat(validated.exitCode()).as(validated.toString()).isEqualTo(0);
    assertThat(validated.out()).isEqualTo("valid: acme-" + language + " (0 errors, 0 warnings)\n");

    Path generated = cli.work.resolve("generated");
    CliHarness.Run rendered = cli.run("template", "generate", "step_handler", "--plugin-path", plugin.toString(),
        "--name", "ProcessPayment", "-o", generated.toString());
    assertThat(rendered.exitCode()).as(rendered.toString()).isEqualTo(0);
    assertThat(rendered.out()).contains("1 file from step_handler (acme-" + language + ")");

    Approvals.verify(GeneratedTreesTest.dump(plugin, files(plugin))
            + "######## template generate step_handler --name ProcessPayment\n"
            + GeneratedTreesTest.dump(generated, files(generated)),
        new Options().forFile().withAdditionalInformation(language));
  }

  @Test
  void theBuiltinPluginThatHoldsTheScaffoldIsStrictlyValidItself() throws IOException {
    GeneratedTreesTest.copyTree(BUILTIN, cli.work.resolve("builtin"));

    CliHarness.Run run = cli.run("plugin", "validate", "--strict", "builtin");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("valid: tasker-cli-builtin (0 errors, 0 warnings)\n");
  }

  @Test
  void printsWhatItWroteThenTheNextSteps() {
    CliHarness.Run run = cli.run("plugin", "new", "acme", "-o", "plugins");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().replaceAll("\\(\\d+ bytes\\)", "(N bytes)")).isEqualTo("""
        create  README.md  (N bytes)
        create  tasker-plugin.toml  (N bytes)
        create  templates/step_handler/template.toml  (N bytes)
        create  templates/step_handler/handler.rb.tera  (N bytes)
        4 files from plugin (tasker-cli-builtin) in /work/project/plugins/acme: 4 created

        Next steps:
          tasker-cli plugin validate --strict plugins/acme
          tasker-cli --plugin-path plugins/acme template list
          tasker-cli --plugin-path plugins/acme template generate step_handler --plugin acme --name ProcessPayment --dry-run
        See plugins/acme/README.md for writing templates and where to install the plugin.
        """);
  }

  @Test
  void rubyIsTheDefaultLanguageAndTheDescriptionGoesIntoTheManifest() throws IOException {
    CliHarness.Run run = cli.run("plugin", "new", "acme", "--description", "Acme's Rails templates");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    String manifest = Files.readString(cli.work.resolve("acme/tasker-plugin.toml"));
    assertThat(manifest).contains("description = \"Acme's Rails templates\"\nlanguage = \"ruby\"\n");
    assertThat(cli.work.resolve("acme/templates/step_handler/handler.rb.tera")).exists();
  }

  @Test
  void dryRunWritesNothing() {
    CliHarness.Run run = cli.run("plugin", "new", "acme", "--language", "python", "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).contains("create  templates/step_handler/handler.py.tera")
        .contains("Dry run, nothing written: 4 files from plugin (tasker-cli-builtin) in /work/project/acme")
        .doesNotContain("Next steps");
    assertThat(entries(cli.work)).isEmpty();
  }

  @Test
  void jsonListsTheFiles() throws IOException {
    CliHarness.Run run = cli.run("plugin", "new", "acme", "--language", "rust", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("template").asText()).isEqualTo("plugin");
    assertThat(json.get("plugin").asText()).isEqualTo("tasker-cli-builtin");
    assertThat(json.get("output_dir").asText()).isEqualTo("/work/project/acme");
    assertThat(json.get("dry_run").asBoolean()).isFalse();
    assertThat(json.get("files").findValuesAsText("path")).containsExactly("README.md", "tasker-plugin.toml",
        "templates/step_handler/template.toml", "templates/step_handler/handler.rs.tera");
    assertThat(json.get("files").findValuesAsText("action")).containsOnly("create");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Acme        | plugin names are lowercase                                       | acme",
      "_acme       | it must start with a lowercase letter or a digit                 | acme",
      "../escape   | it must start with a lowercase letter or a digit                 | escape",
      "acme plugin | it may hold only lowercase letters, digits, '.', '_' and '-' | acme-plugin",
      "acme/rails  | it may hold only lowercase letters, digits, '.', '_' and '-' | acme-rails",
      "\"\"          | the name is empty                                                | my-plugin"})
  void aNameThatIsNotAPluginNameIsAUsageErrorThatSaysWhy(String name, String why, String suggestion) {
    CliHarness.Run run = cli.run("plugin", "new", name);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: invalid plugin name '" + name + "': " + why + "\n"
        + "hint: use a name like '" + suggestion + "'\n");
    assertThat(entries(cli.work)).isEmpty();
  }

  @Test
  void anUnknownLanguageIsAUsageErrorListingTheFour() {
    CliHarness.Run run = cli.run("plugin", "new", "acme", "--language", "pyton");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(
        "error: unknown language 'pyton' (did you mean 'python'?); choose one of: ruby, python, typescript, rust\n"
            + "hint: pass --language ruby|python|typescript|rust\n");
    assertThat(entries(cli.work)).isEmpty();
  }

  @Test
  void aNonEmptyDirectoryIsRefusedWithoutForce() throws IOException {
    cli.write("acme/notes.txt", "mine");

    CliHarness.Run refused = cli.run("plugin", "new", "acme");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).isEqualTo(
        "error: the plugin directory /work/project/acme exists and is not empty; nothing was written\n"
            + "hint: choose another name or -o DIR, or pass --force to write into it\n");
    assertThat(entries(cli.work.resolve("acme"))).containsExactly(cli.work.resolve("acme/notes.txt"));

    CliHarness.Run forced = cli.run("plugin", "new", "acme", "--force");

    assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(0);
    assertThat(Files.readString(cli.work.resolve("acme/notes.txt"))).isEqualTo("mine");
    assertThat(cli.work.resolve("acme/tasker-plugin.toml")).exists();
  }

  @Test
  void aMissingNameIsAUsageError() {
    CliHarness.Run run = cli.run("plugin", "new", "--language", "ruby");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: plugin new needs NAME\n"
        + "hint: usage: tasker-cli plugin new NAME; see 'tasker-cli plugin new --help'\n");
    assertThat(entries(cli.work)).isEmpty();
  }

  @Test
  void aDescriptionThatWouldBreakTheManifestIsAUsageError() {
    CliHarness.Run run = cli.run("plugin", "new", "acme", "--description", "the \"best\" one");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: parameter 'description' cannot be 'the \"best\" one'")
        .doesNotContain("hint: use");
    assertThat(entries(cli.work)).isEmpty();
  }

  @Test
  void withoutTheBuiltinPluginItFailsAndSaysWhy() throws IOException {
    try (CliHarness bare = new CliHarness()) {
      CliHarness.Run run = bare.run("plugin", "new", "acme");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).startsWith("error: no 'plugin' template to create a plugin from;");
      assertThat(entries(bare.work)).isEmpty();
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<Path> entries(Path directory) {
    try (Stream<Path> paths = Files.list(directory)) {
      return paths.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
