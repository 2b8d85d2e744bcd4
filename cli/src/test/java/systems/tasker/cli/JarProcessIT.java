package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built, self-contained jar as its own process, with nothing else on the class path. */
class JarProcessIT {

  @Test
  void versionRunsFromTheJarAlone(@TempDir Path dir) throws Exception {
    JarRunner.Result result = JarRunner.run(dir, dir, "--version");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).matches("tasker-cli \\d+\\.\\d+\\.\\d+.*\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aQuoteAValueDoesNotCloseGetsNoParserWarningsNamingJavaFields(@TempDir Path dir)
      throws Exception {
    JarRunner.Result result = JarRunner.run(dir, dir, "generate", "template", "refunds",
        "--language", "ruby", "--steps", "a,\"b", "--dry-run");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("error: item '\"b' of parameter 'steps' is refused: ")
        .doesNotContain("WARN").doesNotContain("systems.tasker").doesNotContain("java.util");
  }

  @Test
  void pluginListFindsTheBundledPluginsAndPrintsNoLoggingNoise(@TempDir Path dir) throws Exception {
    JarRunner.Result result = JarRunner.run(dir, dir, "plugin", "list");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("tasker-contrib-ruby").contains("tasker-contrib-python")
        .contains("tasker-contrib-typescript").contains("tasker-contrib-rust")
        .contains("tasker-cli-builtin");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theBundledPluginsValidateStrictly(@TempDir Path dir) throws Exception {
    List<String> args = new ArrayList<>(List.of("plugin", "validate", "--strict"));
    List<String> plugins = List.of("ruby", "python", "typescript", "rust",
        "rails", "fastapi", "express", "axum");
    for (String plugin : plugins) {
      args.add(JarRunner.CONTRIB.resolve(plugin).resolve("tasker-cli-plugin").toString());
    }

    JarRunner.Result result = JarRunner.run(dir, dir, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.out()).isEqualTo(0);
    for (String plugin : plugins) {
      assertThat(result.out()).contains("valid: tasker-contrib-" + plugin + " (0 errors, 0 warnings)");
    }
  }

  @Test
  void completionPrintsExactlyTheScriptsShippedInTheArchive(@TempDir Path dir) throws Exception {
    Path shipped = Path.of("target", "dist-generated", "share");

    JarRunner.Result bash = JarRunner.run(dir, dir, "completion", "bash");
    JarRunner.Result zsh = JarRunner.run(dir, dir, "completion", "zsh");

    assertThat(bash.exitCode()).isEqualTo(0);
    assertThat(bash.out()).isEqualTo(java.nio.file.Files.readString(
        shipped.resolve("bash-completion/completions/tasker-cli")));
    assertThat(zsh.out()).isEqualTo(java.nio.file.Files.readString(
        shipped.resolve("zsh/site-functions/_tasker-cli")));
  }

  @Test
  void homeComesFromTheHomeVariableNotTheAccount(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("fake-home");
    java.nio.file.Files.createDirectories(home.resolve(".config/tasker-cli/plugins"));
    java.nio.file.Files.writeString(dir.resolve("tilde.toml"), "plugin-paths = [\"~/extra\"]\n");

    JarRunner.Result result = JarRunner.run(dir, home, "--config", "tilde.toml", "config", "show");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out())
        .containsPattern("config +missing +" + java.util.regex.Pattern.quote(home + "/extra"))
        .containsPattern("user +directory +"
            + java.util.regex.Pattern.quote(home + "/.config/tasker-cli/plugins"));
  }

  @Test
  void repeatedPluginPathsAreAllSearchedInOrder(@TempDir Path dir) throws Exception {
    JarRunner.Result result = JarRunner.run(dir, dir,
        "--plugin-path", "a", "--plugin-path", "b", "plugin", "list", "--plugin-path", "c",
        "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out()).containsSubsequence(
        "\"path\" : \"" + dir.resolve("a") + "\"", "\"path\" : \"" + dir.resolve("b") + "\"",
        "\"path\" : \"" + dir.resolve("c") + "\"");
  }

  @Test
  void aUsageErrorExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
    JarRunner.Result result = JarRunner.run(dir, dir, "template", "info", "no-such-template");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("error: unknown template 'no-such-template'")
        .doesNotContain("\tat ");
  }

  @Test
  void theBuiltInTemplatesComeFromTheUnpackedCopyBesideTheJarWhenItsIndexMatches(@TempDir Path dir)
      throws Exception {
    Path beside = JarRunner.JAR.resolveSibling(BuiltinPlugin.RESOURCE_ROOT);
    String index = Files.readString(JarRunner.JAR.resolveSibling(BuiltinPlugin.INDEX));

    JarRunner.Result result = JarRunner.run(dir, dir, "plugin", "list", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out()).contains("\"path\" : \"" + beside + "\"");
    // the index names every file of the copy, with its size and SHA-256, and is the jar's own
    assertThat(index.lines()).isNotEmpty().allSatisfy(line -> {
      String[] fields = line.split("  ", 3);
      Path file = beside.resolve(fields[2]);
      assertThat(Files.size(file)).as(fields[2]).isEqualTo(Long.parseLong(fields[1]));
      assertThat(BuiltinIndex.sha256(Files.readAllBytes(file))).as(fields[2]).isEqualTo(fields[0]);
    });
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(JarRunner.JAR.toFile())) {
      assertThat(new String(jar.getInputStream(jar.getEntry(BuiltinPlugin.INDEX)).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(index);
    }
  }

  @Test
  void aCopyWhoseIndexDiffersIsIgnoredForTheTemplatesInTheJar(@TempDir Path dir) throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path jar = Files.copy(JarRunner.JAR, lib.resolve("tasker-cli.jar"));
    Path copy = Files.createDirectories(lib.resolve(BuiltinPlugin.RESOURCE_ROOT));
    Files.writeString(copy.resolve("tasker-plugin.toml"), "[plugin]\nname = \"impostor\"\n");
    Files.writeString(lib.resolve(BuiltinPlugin.INDEX), "0  1  tasker-plugin.toml\n");

    JarRunner.Result result = JarRunner.exec(dir, dir, 120, List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "plugin", "list", "--format", "json"));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out()).contains("\"name\" : \"tasker-cli-builtin\"")
        .contains("\"path\" : \"/tasker-cli-builtin\"").doesNotContain("impostor");
  }
}
