package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import systems.tasker.cli.engine.plan.ExistingFiles;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlanWriter;
import systems.tasker.cli.engine.plan.TreeSnapshot;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateMetadataReader;

/**
 * The corpus of hostile templates under {@code src/test/resources/hostile/}: each is refused with
 * a clear error, and the disk (template, output directory and around) is left exactly as it was.
 * The templates are copied to a temporary directory first, so that symbolic links can be added
 * (git does not keep them well) and so that a secret can sit just outside the template directory.
 */
class HostileTemplatesTest {

  @TempDir
  Path work;

  private Path plugin;
  private Path out;

  @BeforeEach
  void setUp() throws IOException, URISyntaxException {
    Path corpus = Path.of(getClass().getResource("/hostile").toURI());
    plugin = work.resolve("plugin");
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path source : files.toList()) {
        Path target = plugin.resolve(corpus.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Files.writeString(plugin.resolve("secret.txt"), "secret");
    out = work.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("existing.txt"), "keep me");
  }

  private void generate(String template, Map<String, String> given) {
    Path dir = plugin.resolve(template);
    TemplateMetadata metadata = new TemplateMetadataReader().readTemplate(dir).model()
        .orElseThrow();
    Map<String, Object> values = ParameterValues.resolve(metadata, given, Map.of(), null);
    GenerationPlan plan = new TemplateRenderer().render(dir, metadata, values);
    new PlanWriter().commit(out, plan, ExistingFiles.OVERWRITE);
  }

  private void assertRefused(String template, Map<String, String> given, String message) {
    Map<String, String> before = TreeSnapshot.of(work);
    assertThatThrownBy(() -> generate(template, given))
        .isInstanceOfSatisfying(TaskerException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).isEqualTo(message);
        });
    assertThat(TreeSnapshot.of(work)).isEqualTo(before);
  }

  @Test
  void traversalThroughTheFileName() {
    assertRefused("traversal-filename", Map.of(),
        "Output 'x.txt.tera' has an unsafe path '../../escaped.txt': '..' segments are not"
            + " allowed");
  }

  @Test
  void traversalThroughTheSubdir() {
    assertRefused("traversal-subdir", Map.of(),
        "Output 'x.txt.tera' has an unsafe path 'sub/../../outside/x.txt': '..' segments are"
            + " not allowed");
  }

  @Test
  void traversalThroughATreePath() {
    assertRefused("traversal-tree", Map.of(),
        "Output 'files/{{ dir }}/evil.txt.tera' has an unsafe path '../evil.txt': '..' segments"
            + " are not allowed");
  }

  @Test
  void traversalThroughAParameterValue() {
    assertRefused("traversal-parameter", Map.of("name", "../../etc/x"),
        "Output 'handler.rb.tera' has an unsafe path '../../etc/x.rb': '..' segments are not"
            + " allowed");
  }

  @Test
  void absoluteOutputPath() {
    assertRefused("absolute-path", Map.of(),
        "Output 'x.tera' has an unsafe path '/etc/passwd': absolute paths are not allowed");
  }

  @Test
  void includeOfTheParentDirectory() {
    assertRefused("include-parent", Map.of(),
        "Could not render 'x.txt.tera': Template '../secret.txt' is outside the template"
            + " directory");
  }

  @Test
  void includeOfAnAbsolutePath() {
    assertRefused("include-absolute", Map.of(),
        "Could not render 'x.txt.tera': Template '/etc/passwd' is an absolute path outside the"
            + " template directory");
  }

  @Test
  void templateIncludingItself() {
    assertRefused("include-self", Map.of(),
        "Could not render 'loop.txt.tera': templates nest too deeply (does a template include"
            + " itself, or a macro call itself?)");
  }

  @Test
  void macroCallingItself() {
    assertRefused("macro-recursion", Map.of(),
        "Could not render 'x.txt.tera': templates nest too deeply (does a template include"
            + " itself, or a macro call itself?)");
  }

  @Test
  void getClassIsRefused() {
    assertRefused("method-get-class", Map.of(),
        "Could not render 'x.txt.tera' line 2: Templates cannot call methods: 'getClass(…)' on a"
            + " string");
  }

  @Test
  void classForNameIsRefused() {
    assertRefused("method-class-for-name", Map.of(),
        "Could not render 'x.txt.tera' line 1: Templates cannot access 'class' of a string: only"
            + " map keys, list items and loop variables are available");
  }

  @Test
  void evenHarmlessMethodsAreRefused() {
    assertRefused("method-to-upper", Map.of(),
        "Could not render 'x.txt.tera' line 1: Templates cannot call methods: 'toUpperCase(…)'"
            + " on a string");
  }

  @Test
  void bombOfNestedLoopsStopsAtTheCap() {
    assertRefused("bomb-loops", Map.of(),
        "Could not render 'bomb.txt.tera': the output is larger than 16777216 characters");
  }

  @Test
  void bombOfNestedMacrosStopsAtTheCap() {
    assertRefused("bomb-macros", Map.of(),
        "Could not render 'bomb.txt.tera': the output is larger than 16777216 characters");
  }

  @Test
  void bombOfConcatenationStopsAtTheCap() {
    assertRefused("bomb-concat", Map.of(),
        "Could not render 'bomb.txt.tera' line 1: Tried to build a string of more than 16777216"
            + " characters with '~'");
  }

  @Test
  void treeFileLinkingOutOfTheTemplateDirectory() throws IOException {
    Path passwd = work.resolve("etc-passwd");
    Files.writeString(passwd, "root:x:0:0");
    Files.createSymbolicLink(plugin.resolve("symlink-escape/files/passwd"), passwd);

    assertRefused("symlink-escape", Map.of(),
        "Could not render 'files/passwd': it is a symbolic link leading outside the template"
            + " directory");
  }

  @Test
  void treeDirectoryLinkingToEtc() throws IOException {
    Files.createSymbolicLink(plugin.resolve("symlink-escape/files/etc"), Path.of("/etc"));

    assertRefused("symlink-escape", Map.of(),
        "Could not render 'files/etc': it is a symbolic link leading outside the template"
            + " directory");
  }

  @Test
  void includeThroughASymbolicLinkLeadingOut() throws IOException {
    Path etc = Files.createDirectories(work.resolve("etc"));
    Files.writeString(etc.resolve("passwd"), "root:x:0:0");
    Files.createSymbolicLink(plugin.resolve("symlink-include/linked"), etc);

    assertRefused("symlink-include", Map.of(),
        "Could not render 'x.txt.tera': Template 'linked/passwd' is a symbolic link leading"
            + " outside the template directory");
  }

  @Test
  void outputDirectoryLinkLeadingOut() throws IOException {
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("sub"), elsewhere);

    assertRefused("traversal-parameter", Map.of("name", "sub/handler"),
        "Output 'handler.rb.tera' has an unsafe path 'sub/handler.rb': 'sub' is a symbolic link"
            + " leading outside the output directory");
  }
}
