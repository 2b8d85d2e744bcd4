package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise of {@code init}: for each language, the generated project passes its own test suite,
 * run as its README tells a user (verify/LANG.sh: syntax check of every source file, task YAML and
 * compose checks, then the tests with pytest, RSpec, Vitest or rustc). Then a handler is added with
 * {@code generate handler} inside the project, and the suite must still pass. The Tasker SDKs are
 * not reachable here, so their tests skip with a stated reason; the scripts print every change
 * they make to run offline, and fail when no test ran. The checks of verify/ also hold each project
 * to the real Tasker's contract (configuration keys and variables, compose mount, task YAML keys).
 *
 * <p>With {@code TASKER_PY_SOURCES} in the environment (a directory holding tasker-core's
 * {@code tasker_core} Python package), verify/python.sh runs the Python project's handler tests
 * against that real SDK, its native module stubbed, and fails if any test is skipped. Likewise
 * {@code TASKER_TS_SOURCES} (tasker-core's {@code crates/tasker-ts}) makes verify/typescript.sh build
 * the real TypeScript SDK and type-check and test the project against it.
 */
class GeneratedProjectsIT {

  @ParameterizedTest
  @ValueSource(strings = {"ruby", "python", "typescript", "rust"})
  void theGeneratedProjectPassesItsOwnTestsBeforeAndAfterAddingAHandler(String language, @TempDir Path dir)
      throws Exception {
    JarRunner.Result init = JarRunner.run(dir, dir, "init", "my-project", "--language", language);
    assertThat(init.exitCode()).as(init.err()).isEqualTo(0);
    Path project = dir.resolve("my-project");

    verify(language, project, "as generated");

    JarRunner.Result handler = JarRunner.run(project, dir,
        "generate", "handler", "refund_payment", "--type", "api");
    assertThat(handler.exitCode()).as(handler.err()).isEqualTo(0);
    assertThat(handler.out()).contains("created");
    JarRunner.Result template = JarRunner.run(project, dir,
        "generate", "template", "refunds", "--steps", "check,refund,notify");
    assertThat(template.exitCode()).as(template.err()).isEqualTo(0);

    verify(language, project, "after generate handler and generate template");
  }

  private static void verify(String language, Path project, String when) throws Exception {
    Path script = JarRunner.REPO.resolve("verify").resolve(language + ".sh");
    // The real home: toolchain managers (rustup, pyenv) find their toolchains through it.
    JarRunner.Result result = JarRunner.exec(project, Path.of(System.getProperty("user.home")), 900,
        List.of("sh", script.toString(), project.toString()));
    // The CI log shows what ran, what was changed to run offline, and the runner's summary.
    System.out.println("---- verify/" + language + ".sh " + when + " (exit " + result.exitCode() + ")");
    System.out.println(result.out());
    System.out.println(result.err());
    assertThat(result.exitCode()).as("verify/%s.sh %s:%n%s%n%s", language, when, result.out(), result.err())
        .isEqualTo(0);
  }
}
