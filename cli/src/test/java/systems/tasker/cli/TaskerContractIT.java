package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of verify/ that hold a generated project to the real Tasker (run on every language by
 * {@link GeneratedProjectsIT}) catch each way a project can break that contract: one generated
 * project passes, then each copy with one fault fails with the message naming it. The faults are the
 * ones a project made before this contract had (issue 8): a key the loader requires missing, a
 * variable the loader refuses, a compose file mounting no configuration, retry.limit, a dependency on
 * no step, a script pointing TASKER_CONFIG_PATH elsewhere.
 */
class TaskerContractIT {

  private static final Path VERIFY = JarRunner.REPO.resolve("verify");

  @TempDir static Path dir;
  private static Path project;

  @BeforeAll
  static void generate() throws Exception {
    JarRunner.Result init = JarRunner.run(dir, dir, "init", "shop", "--language", "python");
    assertThat(init.exitCode()).as(init.err()).isEqualTo(0);
    project = dir.resolve("shop");
  }

  @Test
  void theGeneratedProjectPasses() throws Exception {
    JarRunner.Result config = check("check_tasker_config.py", project);
    JarRunner.Result tasks = check("check_task_yaml.py", project.resolve("config/tasks/process_order.yaml"));

    assertThat(config.exitCode()).as(config.out()).isEqualTo(0);
    assertThat(tasks.exitCode()).as(tasks.out()).isEqualTo(0);
  }

  @Test
  void aMissingRequiredKeyFails() throws Exception {
    Path copy = copyWith("config/tasker/worker.toml",
        text -> text.replace("claim_timeout_seconds = 300\n", ""), "missing-key");

    assertFails("check_tasker_config.py", copy,
        "config/tasker/worker.toml: missing required key worker.event_systems.worker.timing.claim_timeout_seconds");
  }

  @Test
  void aMissingSectionOfTheOrchestrationFileFails() throws Exception {
    Path copy = copyWith("config/tasker/orchestration.toml",
        text -> text.replace("[orchestration.dlq.staleness_detection.thresholds]", "[unrelated.thresholds]"),
        "missing-table");

    assertFails("check_tasker_config.py", copy,
        "config/tasker/orchestration.toml: unexpected top-level table [unrelated]",
        "missing required key orchestration.dlq.staleness_detection.thresholds");
  }

  @Test
  void aVariableTheLoaderRefusesFails() throws Exception {
    Path copy = copyWith("config/tasker/worker.toml",
        text -> text.replace("base_url = \"http://localhost:8080\"",
            "base_url = \"${TASKER_ORCHESTRATION_URL:-http://localhost:8080}\""), "variable");

    assertFails("check_tasker_config.py", copy,
        "names 'TASKER_ORCHESTRATION_URL', which the Tasker loader does not allow");
  }

  @Test
  void aComposeFileMountingNoConfigurationFails() throws Exception {
    Path copy = copyWith("docker-compose.tasker.yml",
        text -> text.replace("      - ./config/tasker/orchestration.toml:/app/config/orchestration.toml:ro\n", ""),
        "no-mount");

    assertFails("check_tasker_config.py", copy,
        "no volume of orchestration mounts TASKER_CONFIG_PATH /app/config/orchestration.toml");
  }

  @Test
  void aComposeFileMountingAMissingFileFails() throws Exception {
    Path copy = copyWith("docker-compose.tasker.yml",
        text -> text.replace("./config/tasker/orchestration.toml:", "./config/orchestration.toml:"),
        "missing-mount");

    assertFails("check_tasker_config.py", copy,
        "the mounted ./config/orchestration.toml is not a file of the project");
  }

  @Test
  void aScriptPointingTheWorkerElsewhereFails() throws Exception {
    Path copy = copyWith("shop/worker.py",
        text -> text.replace("\"worker.toml\"", "\"common.toml\""), "script");

    assertFails("check_tasker_config.py", copy, "shop/worker.py: names common.toml, which nothing reads");
  }

  @Test
  void retryLimitAndADependencyOnNoStepFail() throws Exception {
    Path copy = copyWith("config/tasks/process_order.yaml",
        text -> text.replaceFirst("max_attempts: 3", "limit: 3")
            .replace("      - price_order\n", "      - price_the_order\n"), "yaml");

    assertFails("check_task_yaml.py", copy.resolve("config/tasks/process_order.yaml"),
        "step 'validate_order' retry: key 'limit' is not read by Tasker",
        "step 'validate_order': retry has no max_attempts",
        "step 'confirm_order' depends on undeclared step 'price_the_order'");
  }

  private static void assertFails(String script, Path target, String... messages) throws Exception {
    JarRunner.Result result = check(script, target);
    assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
    assertThat(result.out()).contains(messages);
  }

  private static JarRunner.Result check(String script, Path target) throws Exception {
    return JarRunner.exec(dir, dir, 60, List.of("python3", VERIFY.resolve(script).toString(), target.toString()));
  }

  /** A copy of the generated project with one file changed, after checking the change took. */
  private static Path copyWith(String file, UnaryOperator<String> change, String name) throws IOException {
    Path copy = dir.resolve(name);
    GeneratedTreesTest.copyTree(project, copy);
    Path changed = copy.resolve(file);
    String before = Files.readString(changed, StandardCharsets.UTF_8);
    String after = change.apply(before);
    assertThat(after).as("the fault changes %s", file).isNotEqualTo(before);
    Files.writeString(changed, after, StandardCharsets.UTF_8);
    return copy;
  }
}
