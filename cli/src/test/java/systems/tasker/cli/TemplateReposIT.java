package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Kept in sync": template-repos/tasker-template-LANG/ must be exactly what template-repos/sync
 * renders now from the bundled plugins with the built jar, so a change to a contrib template
 * without a re-sync fails the build, naming the file and the fix. (Their own tests run in
 * {@link GeneratedProjectsIT}.)
 */
class TemplateReposIT {

  private static final Path SYNC = JarRunner.REPO.resolve("template-repos").resolve("sync");

  @Test
  void theTemplateRepositoriesAreWhatTheBundledPluginsRenderNow(@TempDir Path dir) throws Exception {
    JarRunner.Result check = sync(dir, "--check");

    assertThat(check.exitCode()).as("%s%n%s", check.out(), check.err()).isEqualTo(0);
    assertThat(check.out()).isEqualTo(
        "template repositories are in sync (ruby, python, typescript, rust)\n");
    for (String language : List.of("ruby", "python", "typescript", "rust")) {
      Path repo = JarRunner.REPO.resolve("template-repos").resolve("tasker-template-" + language);
      assertThat(repo.resolve("LICENSE")).isRegularFile();
      assertThat(Files.readString(repo.resolve(".github/workflows/ci.yml"))).contains("runs-on");
      assertThat(Files.readString(repo.resolve("README.md")))
          .startsWith("# tasker-template-" + language + "\n\n## Use this template\n");
      assertThat(Files.readString(repo.resolve(".tasker-cli-answers.toml")))
          .contains("plugin = \"tasker-contrib-" + language + "\"").doesNotContain("[source]");
    }
  }

  @Test
  void aRepositoryThatDiffersFailsTheCheckNamingEachFileAndTheFix(@TempDir Path dir)
      throws Exception {
    Path copy = dir.resolve("repos");
    GeneratedTreesTest.copyTree(JarRunner.REPO.resolve("template-repos"), copy);
    Files.writeString(copy.resolve("tasker-template-rust/src/lib.rs"), "// edited by hand\n",
        StandardOpenOption.APPEND);
    Files.delete(copy.resolve("tasker-template-python/LICENSE"));
    Files.writeString(copy.resolve("tasker-template-typescript/stray.txt"), "x\n");

    JarRunner.Result check = sync(dir, "--check", "--repos", copy.toString());

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out().lines().filter(line -> line.startsWith("stale: ")).toList())
        .containsExactly(
            "stale: tasker-template-python/LICENSE is missing",
            "stale: tasker-template-typescript/stray.txt is not rendered any more",
            "stale: tasker-template-rust/src/lib.rs differs from a fresh rendering:");
    assertThat(check.out()).contains("    -// edited by hand");
    assertThat(check.err()).isEqualTo(
        "error: the template repositories differ from a fresh rendering of the bundled plugins\n"
            + "hint: run template-repos/sync to regenerate them, then commit the result\n");
    // --check never writes
    assertThat(Files.readString(copy.resolve("tasker-template-rust/src/lib.rs")))
        .endsWith("// edited by hand\n");
  }

  private static JarRunner.Result sync(Path dir, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        "env", "TASKER_CLI_JAR=" + JarRunner.JAR, "JAVA_HOME=" + System.getProperty("java.home"),
        "sh", SYNC.toString()));
    command.addAll(List.of(args));
    return JarRunner.exec(dir, dir, 300, command);
  }
}
