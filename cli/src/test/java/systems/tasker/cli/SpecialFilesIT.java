package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin and configuration files that are FIFOs or devices, with the jar on the real file system:
 * reading a FIFO blocks forever and {@code /dev/zero} never ends, so each must be refused at once
 * with a one-line error. Every run has a short time limit: a hang fails the test.
 */
class SpecialFilesIT {

  private static final int SECONDS = 30;

  @TempDir Path work;
  private Path plugin;

  @BeforeEach
  void plugin() throws IOException {
    plugin = work.resolve(".tasker-cli/plugins/acme");
    Files.createDirectories(plugin.resolve("t"));
    Files.writeString(plugin.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"acme\"", "version = \"1.0.0\"", "description = \"d\"",
        "language = \"ruby\"", "[[templates]]", "name = \"t\"", "path = \"t\"", ""),
        StandardCharsets.UTF_8);
    Files.createDirectories(work.resolve("home"));
  }

  @Test
  void aFifoTemplateTomlIsRefusedAtOnce() throws Exception {
    mkfifo(plugin.resolve("t/template.toml"));

    JarRunner.Result run = cli("template", "info", "t");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: template 't' of plugin acme is broken: "
        + plugin.resolve("t/template.toml") + ": a FIFO, device or socket where a regular file was"
        + " expected; not read\n");
  }

  @Test
  void aTemplateTomlLinkedToDevZeroIsRefusedWithoutReadingIt() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Files.createSymbolicLink(plugin.resolve("t/template.toml"), Path.of("/dev/zero"));

    JarRunner.Result info = cli("template", "generate", "t");
    JarRunner.Result validate = cli("plugin", "validate", plugin.toString());

    assertThat(info.exitCode()).isEqualTo(1);
    assertThat(info.err()).contains("template.toml leads outside its template directory; not read")
        .doesNotContain("OutOfMemoryError");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains("[template-toml-escapes]");
  }

  @Test
  void aFifoManifestMakesABrokenPluginNotAHang() throws Exception {
    Files.delete(plugin.resolve("tasker-plugin.toml"));
    mkfifo(plugin.resolve("tasker-plugin.toml"));

    JarRunner.Result run = cli("plugin", "list", "--all", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("\"status\" : \"broken\"").contains("manifest-unreadable");
  }

  @Test
  void aFifoOrDeviceAsTheConfigurationIsAUsageError() throws Exception {
    mkfifo(work.resolve(".tasker-cli.toml"));

    JarRunner.Result project = cli("plugin", "list");
    JarRunner.Result device = cli("--config", "/dev/zero", "config", "show");

    assertThat(project.exitCode()).isEqualTo(2);
    assertThat(project.err()).startsWith("error: " + work.resolve(".tasker-cli.toml")
        + ": a FIFO, device or socket where a regular file was expected; not read\n");
    assertThat(device.exitCode()).isEqualTo(2);
    assertThat(device.err()).startsWith("error: /dev/zero: a FIFO, device or socket");
  }

  private JarRunner.Result cli(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JarRunner.JAR.toString()));
    command.addAll(List.of(args));
    return JarRunner.exec(work, work.resolve("home"), SECONDS, command);
  }

  private static void mkfifo(Path path) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    } catch (IOException noMkfifo) {
      assumeTrue(false, "mkfifo is not available");
      return;
    }
    assertThat(process.waitFor()).isEqualTo(0);
  }
}
