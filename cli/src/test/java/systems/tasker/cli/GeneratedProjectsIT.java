package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise of {@code init}: for each language, the generated project passes its own test suite,
 * run as its README tells a user. The project is a copy of template-repos/tasker-template-LANG,
 * which {@link TemplateReposIT} holds to be init's output for that name (plus CI workflow, README
 * section and LICENSE), so this also runs each template repository's own tests (verify/LANG.sh: syntax check of every source file, task YAML and
 * compose checks, then the tests with pytest, RSpec, Vitest or rustc). Then a handler is added with
 * {@code generate handler} inside the project, and the suite must still pass. The Tasker SDKs are
 * not reachable here, so their tests skip with a stated reason; the scripts print every change
 * they make to run offline, and fail when no test ran. The checks of verify/ also hold each project
 * to the real Tasker's contract (configuration keys and variables, compose mount, task YAML keys).
 * After {@code generate handler x --type api} and after {@code generate template t --steps a,b
 * --with-handlers} the suite must pass with more tests than before: the new handlers are wired in
 * (TypeScript's index, Rust's module declarations and registry) and their tests run; running the
 * same commands again changes nothing.
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
  void theGeneratedProjectPassesItsOwnTestsWithMoreTestsAfterEachGenerate(String language,
      @TempDir Path dir) throws Exception {
    // The template repository is init's output for a fixed name plus its CI workflow, README
    // section and LICENSE (TemplateReposIT holds it to a fresh rendering), so verifying a copy of
    // it checks both promises at the cost of one run: the project init writes passes its tests,
    // and so does the repository users start from.
    Path project = dir.resolve("tasker-template-" + language);
    GeneratedTreesTest.copyTree(JarRunner.REPO.resolve("template-repos").resolve("tasker-template-" + language), project);

    int generated = verify(language, project, "as generated (template-repos/tasker-template-" + language + ")");

    JarRunner.Result handler = JarRunner.run(project, dir,
        "generate", "handler", "x", "--type", "api");
    assertThat(handler.exitCode()).as(handler.err()).isEqualTo(0);
    assertThat(handler.out()).contains("created").contains("tasker-contrib-" + language);
    int withHandler = verify(language, project, "after generate handler x --type api");
    assertThat(withHandler).as("tests after generate handler").isGreaterThan(generated);

    String[] template = {"generate", "template", "t", "--steps", "a,b", "--with-handlers"};
    JarRunner.Result task = JarRunner.run(project, dir, template);
    assertThat(task.exitCode()).as(task.err()).isEqualTo(0);
    assertThat(task.out()).contains("Added a handler for a, b");
    int withTask = verify(language, project, "after generate template t --steps a,b --with-handlers");
    assertThat(withTask).as("tests after generate template --with-handlers")
        .isGreaterThan(withHandler);

    // the same commands again change nothing
    for (JarRunner.Result again : List.of(
        JarRunner.run(project, dir, "generate", "handler", "x", "--type", "api"),
        JarRunner.run(project, dir, template))) {
      assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
      assertThat(again.out().lines().filter(line -> !line.startsWith("unchanged")).toList())
          .singleElement().asString().endsWith("unchanged");
    }
  }

  /** Runs verify/LANG.sh on the project; returns how many of the project's tests passed. */
  static int verify(String language, Path project, String when) throws Exception {
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
    // each script ends with "... ok (N passed)" or, for RSpec, "OK (N examples ran, M pending)"
    Matcher passed = PASSED.matcher(result.out());
    assertThat(passed.find()).as("a count of passed tests in:%n%s", result.out()).isTrue();
    return Integer.parseInt(passed.group(1));
  }

  private static final Pattern PASSED =
      Pattern.compile("verify: .*(?:ok|OK) \\((\\d+) (?:passed|examples ran)");
}
