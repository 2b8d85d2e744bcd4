package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as tasker-contrib's CI calls tasker-ctl ({@code scripts/validate-plugins.sh} and
 * {@code scripts/test-templates.sh} with {@code TASKER_CTL} set), run on our own plugin repository
 * of the same layout ({@code src/test/resources/ctl-plugin-repository}: {@code
 * <area>/tasker-cli-plugin/}), since CI cannot reach GitHub: write {@code .tasker-ctl.toml} with
 * {@code plugin-paths}, {@code plugin validate} each plugin, {@code template generate} each
 * template with {@code --plugin}, {@code --param} and {@code --output}, and check every file
 * written parses. A plugin of the same name among the system plugins, which wins when
 * {@code .tasker-ctl.toml} is not read, writes files that do not.
 */
class TaskerCtlScriptsIT {

  private static final Path FIXTURE =
      Path.of("src/test/resources/ctl-plugin-repository").toAbsolutePath();
  private static final Pattern NAME = Pattern.compile("^\\s*name\\s*=\\s*\"([^\"]*)\"");

  @TempDir Path dir;
  private CliProcess cli;
  private Path repository;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliProcess(dir);
    repository = dir.resolve("plugin-repository");
    GitFixtures.copyTree(FIXTURE, repository);
    Path decoy = cli.noSystemPlugins.resolve("python/tasker-cli-plugin");
    GitFixtures.copyTree(FIXTURE.resolve("python/tasker-cli-plugin"), decoy);
    GitFixtures.write(decoy.resolve("templates/step_handler/handler.py.tera"),
        "the bundled decoy (\n");
  }

  /** test-templates.sh's parameters per template name ({@code params_for_template}). */
  private static List<String> paramsFor(String template) {
    return switch (template) {
      case "step_handler" -> List.of("name=TestProcessor");
      case "task_template" ->
          List.of("name=ProcessOrder", "handler_callable=Handlers::ProcessOrderHandler");
      default -> List.of("name=Test");
    };
  }

  @Test
  void theStepsOfTaskerContribsScriptsPassForEveryPluginAndTemplate() throws Exception {
    GitFixtures.write(cli.work.resolve(".tasker-ctl.toml"),
        "plugin-paths = [\"" + repository + "\"]\n");
    Map<String, List<String>> checked = new LinkedHashMap<>();

    for (Path plugin : pluginDirectories()) {
      CliProcess.Result validate = cli.run("plugin", "validate", plugin.toString());
      assertThat(validate.exitCode()).as(validate.toString()).isZero();
      String pluginName = manifestName(plugin);
      for (String template : templateNames(plugin)) {
        Path out = cli.work.resolve("output").resolve(pluginName).resolve(template);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("template", "generate", template,
            "--plugin", pluginName));
        paramsFor(template).forEach(param -> args.addAll(List.of("--param", param)));
        args.addAll(List.of("--output", out.toString()));

        CliProcess.Result generate = cli.run(args.toArray(String[]::new));

        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        List<Path> files = filesUnder(out);
        assertThat(files).as("files of %s/%s", pluginName, template).isNotEmpty();
        for (Path file : files) {
          assertThat(syntaxProblem(file)).as(file.toString()).isNull();
          checked.computeIfAbsent(pluginName + "/" + template, key -> new ArrayList<>())
              .add(out.relativize(file).toString());
        }
      }
    }

    assertThat(checked).containsOnlyKeys("acme-ops/compose_stack", "acme-python/step_handler",
        "acme-python/worker_config", "acme-rails/step_handler", "acme-rails/task_template");
    assertThat(checked.get("acme-python/step_handler")).containsExactlyInAnyOrder(
        "test_processor_handler.py", "tests/test_test_processor_handler.py");
    assertThat(checked.get("acme-rails/task_template"))
        .containsExactly("config/tasker/templates/process_order.yaml");
    assertThat(cli.work.resolve("output/acme-rails/task_template/config/tasker/templates/"
        + "process_order.yaml")).content().contains("callable: \"Handlers::ProcessOrderHandler\"");
  }

  @Test
  void withoutTaskerCtlsFileTheSystemPluginOfThatNameIsTakenAndItsFileDoesNotParse()
      throws Exception {
    Path out = cli.work.resolve("out");

    CliProcess.Result generate = cli.run("template", "generate", "step_handler", "--plugin",
        "acme-python", "--param", "name=TestProcessor", "--output", out.toString());

    assertThat(generate.exitCode()).as(generate.toString()).isZero();
    assertThat(syntaxProblem(out.resolve("test_processor_handler.py"))).isNotNull();
  }

  @Test
  void theSyntaxChecksRejectWhatDoesNotParse() throws Exception {
    Map<String, String> broken = Map.of("a.rb", "def x(\n", "a.py", "def x(:\n",
        "a.yaml", "key: [unclosed\n", "a.toml", "key = \n");
    for (Map.Entry<String, String> file : broken.entrySet()) {
      Path path = dir.resolve(file.getKey());
      GitFixtures.write(path, file.getValue());

      assertThat(syntaxProblem(path)).as(file.getKey()).isNotNull();
    }
  }

  @Test
  void pluginListShowsTheRepositorysPluginsFromTheTaskerCtlFile() throws Exception {
    GitFixtures.write(cli.work.resolve(".tasker-ctl.toml"),
        "plugin-paths = [\"" + repository + "\"]\n");

    CliProcess.Result list = cli.run("plugin", "list");

    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out())
        .containsPattern("acme-ops +0\\.3\\.0 +ops +project-config")
        .containsPattern("acme-python +0\\.3\\.0 +python +project-config")
        .containsPattern("acme-rails +0\\.3\\.0 +ruby \\(rails\\) +project-config");
  }

  @Test
  void theRemoteAndUrlFormsTakeTheTemplatesFromAGitRepository() throws Exception {
    Path git = GitFixtures.repository(dir.resolve("git-repository"), Map.of());
    GitFixtures.copyTree(FIXTURE, git);
    GitFixtures.commit(git, Map.of(), "plugins");
    GitFixtures.write(cli.work.resolve(".tasker-ctl.toml"), "[[remotes]]\nname = \"acme\"\n"
        + "url = \"" + git + "\"\ngit-ref = \"main\"\n");

    CliProcess.Result listByUrl = cli.run("template", "list", "--url", git.toString());
    CliProcess.Result infoByUrl = cli.run("template", "info", "worker_config", "--url",
        git.toString(), "--plugin", "acme-python");
    CliProcess.Result listByRemote = cli.run("template", "list", "--language", "ruby",
        "--framework", "rails", "--plugin", "acme-rails", "--remote", "acme");
    CliProcess.Result generateByRemote = cli.run("template", "generate", "step_handler",
        "--remote", "acme", "--plugin", "acme-rails", "--language", "ruby", "--framework",
        "rails", "--param", "name=ChargeCard", "--output", "by-remote");
    CliProcess.Result generateByUrl = cli.run("template", "generate", "compose_stack",
        "--url", git.toString(), "--plugin", "acme-ops", "--param", "name=Billing",
        "--output", "by-url");

    for (CliProcess.Result run : List.of(listByUrl, infoByUrl, listByRemote, generateByRemote,
        generateByUrl)) {
      assertThat(run.exitCode()).as(run.toString()).isZero();
    }
    assertThat(listByUrl.out()).contains("compose_stack").contains("worker_config")
        .contains("task_template");
    assertThat(infoByUrl.out()).contains("threads").contains("config/{{ name | kebab_case }}");
    assertThat(listByRemote.out()).contains("step_handler").contains("task_template")
        .doesNotContain("worker_config");
    Path handler = cli.work.resolve("by-remote/app/handlers/charge_card_handler.rb");
    assertThat(handler).content().contains("class ChargeCardHandler");
    assertThat(syntaxProblem(handler)).isNull();
    assertThat(syntaxProblem(cli.work.resolve("by-url/compose.yml"))).isNull();
  }

  private List<Path> pluginDirectories() throws IOException {
    try (Stream<Path> areas = Files.list(repository)) {
      return areas.map(area -> area.resolve("tasker-cli-plugin"))
          .filter(plugin -> Files.isRegularFile(plugin.resolve("tasker-plugin.toml")))
          .sorted()
          .toList();
    }
  }

  /** The first {@code name = "…"} line of the manifest, as the script reads it. */
  private static String manifestName(Path plugin) throws IOException {
    for (String line : Files.readAllLines(plugin.resolve("tasker-plugin.toml"))) {
      Matcher name = NAME.matcher(line);
      if (name.find()) {
        return name.group(1);
      }
    }
    throw new AssertionError("no name in " + plugin);
  }

  /** The name of each {@code [[templates]]} table, as the script reads them. */
  private static List<String> templateNames(Path plugin) throws IOException {
    List<String> names = new ArrayList<>();
    boolean inTemplate = false;
    for (String line : Files.readAllLines(plugin.resolve("tasker-plugin.toml"))) {
      if (line.startsWith("[[templates]]")) {
        inTemplate = true;
      } else if (line.startsWith("[")) {
        inTemplate = false;
      }
      Matcher name = NAME.matcher(line);
      if (inTemplate && name.find()) {
        names.add(name.group(1));
        inTemplate = false;
      }
    }
    return names;
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Why {@code file} does not parse, or {@code null}: the checks of test-templates.sh
   * ({@code ruby -c}, {@code python3 -m py_compile}, PyYAML), TOML with Jackson's parser.
   */
  private static String syntaxProblem(Path file) throws Exception {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return switch (extension) {
      case "rb" -> run("ruby", "-c", file.toString());
      case "py" -> run("python3", "-m", "py_compile", file.toString());
      case "yaml", "yml" -> run("python3", "-c",
          "import sys, yaml; yaml.safe_load(open(sys.argv[1]))", file.toString());
      case "toml" -> {
        try {
          new TomlMapper().readTree(Files.readString(file));
          yield null;
        } catch (IOException notToml) {
          yield notToml.getMessage();
        }
      }
      default -> null;
    };
  }

  /** The output of a checker that failed, or {@code null} when it succeeded. */
  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    return process.exitValue() == 0 ? null : output + " (exit " + process.exitValue() + ")";
  }
}
