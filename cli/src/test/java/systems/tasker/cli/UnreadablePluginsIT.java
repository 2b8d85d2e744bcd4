package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directories discovery may not look into are reported, never left out unseen. Permissions mean
 * nothing to root, so when the tests run as root (CI does) the jar runs as user nobody
 * ({@code setpriv}, util-linux).
 */
class UnreadablePluginsIT {

  private static final int NOBODY = 65534;

  @TempDir Path temp;
  private Path plugins;

  @BeforeEach
  void pluginsSomeOfThemLocked() throws IOException {
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    plugins = temp.resolve("plugins");
    plugin(plugins.resolve("good"), "good-plugin");
    plugin(plugins.resolve("locked"), "locked-plugin");
    plugin(plugins.resolve("listable/tasker-cli-plugin"), "nested-plugin");
    Files.createDirectories(temp.resolve("home"));
    // No permission at all, and listable but not searchable: neither can be looked into.
    Files.setPosixFilePermissions(plugins.resolve("locked"), PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(plugins.resolve("listable"), PosixFilePermissions.fromString("r--r--r--"));
  }

  @Test
  void pluginListAllShowsLockedDirectoriesAsBrokenWithTheReason() throws Exception {
    JarRunner.Result text = runAsUnprivileged("--plugin-path", plugins.toString(), "plugin", "list", "--all");
    JarRunner.Result json = runAsUnprivileged("--plugin-path", plugins.toString(), "plugin", "list",
        "--format", "json");

    assertThat(text.exitCode()).as(text.err()).isEqualTo(0);
    assertThat(text.out())
        .containsPattern("good-plugin +1\\.0\\.0 +ruby +plugin-path +1 +ok")
        .containsPattern("\nlocked +- +- +plugin-path +- +broken")
        .containsPattern("\nlistable +- +- +plugin-path +- +broken");
    List<String> broken = new ArrayList<>();
    for (JsonNode plugin : new ObjectMapper().readTree(json.out()).get("plugins")) {
      if (plugin.get("status").asText().equals("broken")) {
        broken.add(plugin.get("path").asText() + " " + plugin.get("diagnostics").get(0).get("code").asText());
      }
    }
    assertThat(broken).containsExactly(
        plugins.resolve("listable") + " plugin-dir-unreadable",
        plugins.resolve("locked") + " plugin-dir-unreadable");
  }

  @Test
  void withoutAllTheyAreCountedAmongTheHidden() throws Exception {
    JarRunner.Result run = runAsUnprivileged("--plugin-path", plugins.toString(), "plugin", "list");

    assertThat(run.out()).doesNotContain("locked")
        .contains("2 shadowed or broken plugins not shown; run 'tasker-cli plugin list --all'");
  }

  @Test
  void aSearchPathThatCannotBeListedIsAWarning() throws Exception {
    Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("-wx--x--x"));

    JarRunner.Result run = runAsUnprivileged("--plugin-path", plugins.toString(), "plugin", "list");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).startsWith("warning: " + plugins + ": cannot list plugin directory");
  }

  private JarRunner.Result runAsUnprivileged(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if ((Integer) Files.getAttribute(temp, "unix:uid") == 0) {
      assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "root, and no setpriv to drop it");
      command.addAll(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
          "--clear-groups"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JarRunner.JAR.toString()));
    command.addAll(List.of(args));
    return JarRunner.exec(temp, temp.resolve("home"), 120, command);
  }

  private static void plugin(Path dir, String name) throws IOException {
    Files.createDirectories(dir.resolve("t"));
    Files.writeString(dir.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"" + name + "\"", "version = \"1.0.0\"", "description = \"d\"",
        "language = \"ruby\"", "[[templates]]", "name = \"t\"", "path = \"t\"", ""),
        StandardCharsets.UTF_8);
  }
}
