package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden trees: what {@code init}, {@code generate handler} (every type) and {@code generate
 * template} write for each language from the bundled contrib plugins, path by path and byte by byte.
 */
class GeneratedTreesTest {

  static final Path CONTRIB = Path.of("..", "contrib-plugins").toAbsolutePath().normalize();

  private final CliHarness cli = new CliHarness().withBuiltin();

  @BeforeEach
  void bundledPlugins() throws IOException {
    copyTree(CONTRIB, cli.system);
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ruby", "python", "typescript", "rust"})
  void initWritesTheWholeProject(String language) throws IOException {
    CliHarness.Run run = cli.run("init", "my-project", "--language", language);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    Path project = cli.work.resolve("my-project");
    try (Stream<Path> files = Files.walk(project)) {
      List<Path> paths = files.filter(Files::isRegularFile).sorted().toList();
      Approvals.verify(dump(project, paths), new Options().forFile().withAdditionalInformation(language));
    }
  }

  /** init --framework: the Tasker side of an app, from the framework plugin and the shared parts. */
  @ParameterizedTest
  @CsvSource({"ruby, rails", "python, fastapi", "typescript, express", "rust, axum"})
  void initWithAFrameworkWritesTheTaskerSideOfAnApp(String language, String framework)
      throws IOException {
    CliHarness.Run run = cli.run("init", "storefront", "--language", language,
        "--framework", framework);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    Path project = cli.work.resolve("storefront");
    try (Stream<Path> files = Files.walk(project)) {
      List<Path> paths = files.filter(Files::isRegularFile).sorted().toList();
      Approvals.verify(dump(project, paths), new Options().forFile().withAdditionalInformation(framework));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ruby", "python", "typescript", "rust"})
  void generateHandlerOfEveryTypeAndATaskTemplateInsideAProject(String language) throws IOException {
    assertThat(cli.run("init", "shop", "--language", language).exitCode()).isEqualTo(0);
    Path project = cli.work.resolve("shop");
    StringBuilder all = new StringBuilder();
    for (String type : List.of("base", "api", "decision", "batchable")) {
      all.append(written(project, cli.run("generate", "handler", "refund_" + type, "--type", type,
          "--config", project.resolve(".tasker-cli.toml").toString(), "--format", "json"), "handler --type " + type));
    }
    all.append(written(project, cli.run("generate", "template", "order_fulfillment",
        "--steps", "validate,charge,ship,notify", "--namespace", "orders",
        "--config", project.resolve(".tasker-cli.toml").toString(), "--format", "json"), "template --steps"));
    Approvals.verify(all.toString(), new Options().forFile().withAdditionalInformation(language));
  }

  /** The files one generate run reports, as a dump, after checking that it wrote them into the project. */
  private String written(Path project, CliHarness.Run run, String label) throws IOException {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("output_dir").asText()).isEqualTo(project.toString());
    List<Path> paths = new java.util.ArrayList<>();
    for (JsonNode file : json.get("files")) {
      assertThat(file.get("action").asText()).isIn("create", "modify");
      paths.add(project.resolve(file.get("path").asText()));
    }
    return "######## generate " + label + "\n" + dump(project, paths);
  }

  static String dump(Path root, List<Path> files) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      text.append("==== ").append(root.relativize(file))
          .append(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE)
              ? "  (executable)" : "").append('\n')
          .append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      if (text.charAt(text.length() - 1) != '\n') {
        text.append("\n[no newline at end of file]\n");
      }
    }
    return text.toString();
  }

  /** Copies a directory from the real file system into Jimfs, keeping executable bits. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.write(target, Files.readAllBytes(source));
          if (Files.isExecutable(source)) {
            Files.setPosixFilePermissions(target,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
          }
        }
      }
    }
  }
}
