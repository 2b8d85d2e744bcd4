package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin files that are not regular files, on the real file system (Jimfs has no FIFOs or
 * devices). Reading a FIFO blocks until a writer comes, and {@code /dev/zero} never ends: each
 * must be refused at once, never read. The timeout turns a regression into a failure, not a hang.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SpecialFilesTest {

  @TempDir Path plugin;

  private static final String MANIFEST = """
      [plugin]
      name = "acme"
      version = "0.1.0"
      description = "d"
      language = "ruby"
      [[templates]]
      name = "t"
      path = "t"
      """;

  @Test
  void aManifestThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
    mkfifo(plugin.resolve("tasker-plugin.toml"));

    ReadResult<PluginManifest> result = new ManifestReader().readPlugin(plugin);

    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("manifest-unreadable");
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("a FIFO, device or socket where a regular file was expected; not read");
  }

  @Test
  void aTemplateTomlThatIsAFifoIsRefusedByTheReaderAndTheValidator() throws Exception {
    Files.writeString(plugin.resolve("tasker-plugin.toml"), MANIFEST, StandardCharsets.UTF_8);
    Files.createDirectories(plugin.resolve("t"));
    mkfifo(plugin.resolve("t/template.toml"));

    assertThat(new TemplateMetadataReader().readTemplate(plugin.resolve("t")).diagnostics())
        .extracting(Diagnostic::code).containsExactly("template-toml-unreadable");
    assertThat(new PluginValidator().validate(plugin)).extracting(Diagnostic::code)
        .containsExactly("template-toml-unreadable");
  }

  @Test
  void aTemplateTomlLinkedToDevZeroIsNeverRead() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    Files.writeString(plugin.resolve("tasker-plugin.toml"), MANIFEST, StandardCharsets.UTF_8);
    Files.createDirectories(plugin.resolve("t"));
    Files.createSymbolicLink(plugin.resolve("t/template.toml"), Path.of("/dev/zero"));

    assertThat(new PluginValidator().validate(plugin)).extracting(Diagnostic::code)
        .containsExactly("template-toml-escapes");
  }

  @Test
  void theTomlReaderItselfRefusesDevices() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");

    TomlFiles.Parsed parsed = TomlFiles.parse(Path.of("/dev/zero"), TomlFiles.Kind.CONFIG);

    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("config-unreadable");
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
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
