package systems.tasker.cli.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateMetadataReader;

/**
 * Golden plans of the templates under {@code src/test/resources/approval/}, rendered from a copy
 * on Jimfs: every path as a header, then its content (binaries as size and SHA-256).
 */
class PlanApprovalTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void arraysDialectStepHandler() throws Exception {
    Path dir = copyToJimfs("step-handler");
    Approvals.verify(render(dir, Map.of("name", "ProcessPayment")), quiet());
  }

  @Test
  void tablesDialectProjectInTreeMode() throws Exception {
    Path dir = copyToJimfs("project");
    // Maven copies resources without their permissions; the script's bit is set here instead
    TemplateDirs.makeExecutable(dir.resolve("files/bin/setup.sh"));
    Approvals.verify(render(dir, Map.of("name", "order fulfillment", "steps",
        "validate,charge,ship")), quiet());
  }

  private static Options quiet() {
    return new Options().withReporter(new QuietReporter());
  }

  private static String render(Path dir, Map<String, String> given) throws Exception {
    TemplateMetadata metadata = new TemplateMetadataReader().readTemplate(dir).model()
        .orElseThrow();
    Map<String, Object> values = ParameterValues.resolve(metadata, given, Map.of(), null);
    GenerationPlan plan = new TemplateRenderer().render(dir, metadata, values);
    StringBuilder text = new StringBuilder();
    for (PlannedFile file : plan.files()) {
      text.append("=== ").append(file.path())
          .append(file.executable() ? " (executable)" : "")
          .append("  <- ").append(file.origin()).append('\n')
          .append(shown(file.content()))
          .append('\n');
    }
    return text.toString();
  }

  private static String shown(byte[] content) throws NoSuchAlgorithmException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content))
          .toString();
      if (text.indexOf('\0') < 0) {
        return text.isEmpty() ? "(empty)\n" : text;
      }
    } catch (CharacterCodingException binary) {
      // shown as a digest below
    }
    return "(binary, " + content.length + " bytes, sha256 "
        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)) + ")\n";
  }

  private Path copyToJimfs(String name) throws IOException, URISyntaxException {
    Path source = Path.of(getClass().getResource("/approval/" + name).toURI());
    Path target = fs.getPath("/templates", name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path from : files.toList()) {
        Path to = target;
        for (Path segment : source.relativize(from)) {
          to = to.resolve(segment.toString());
        }
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.write(to, Files.readAllBytes(from));
        }
      }
    }
    return target;
  }
}
