package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

  /** Limits whose clock never runs out first, so that the step count is what stops. */
  private static final RenderLimits PATIENT = new RenderLimits(Duration.ofMinutes(5));

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

  private void generate(String template, Map<String, String> given, RenderLimits limits) {
    Path dir = plugin.resolve(template);
    TemplateMetadata metadata = new TemplateMetadataReader().readTemplate(dir).model()
        .orElseThrow();
    Map<String, Object> values = ParameterValues.resolve(metadata, given, Map.of(), null);
    GenerationPlan plan = new TemplateRenderer(limits).render(plugin, dir, metadata, values);
    new PlanWriter().commit(out, plan, ExistingFiles.OVERWRITE);
  }

  private void assertRefused(String template, Map<String, String> given, String message) {
    assertRefused(template, given, RenderLimits.DEFAULT, message);
  }

  private void assertRefused(String template, Map<String, String> given, RenderLimits limits,
      String message) {
    Map<String, String> before = TreeSnapshot.of(work);
    assertThatThrownBy(() -> generate(template, given, limits))
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
        "could not render 'x.txt.tera': template '../secret.txt' is outside the template"
            + " directory");
  }

  @Test
  void includeOfAnAbsolutePath() {
    assertRefused("include-absolute", Map.of(),
        "could not render 'x.txt.tera': template '/etc/passwd' is an absolute path outside the"
            + " template directory");
  }

  @Test
  void templateIncludingItself() {
    assertRefused("include-self", Map.of(),
        "could not render 'loop.txt.tera': templates nest too deeply (does a template include"
            + " itself, or a macro call itself?)");
  }

  @Test
  void templateExtendingItself() {
    assertRefused("extends-self", Map.of(),
        "could not render 'x.tera': templates nest too deeply (does a template include"
            + " itself, or a macro call itself?)");
  }

  @Test
  void theWholeContextCannotBePrinted() {
    assertRefused("context-whole", Map.of(),
        "could not render 'x.tera' line 1: '_context' cannot be printed whole; read one variable"
            + " of it, as _context['name']");
  }

  @Test
  void macroCallingItself() {
    assertRefused("macro-recursion", Map.of(),
        "could not render 'x.txt.tera': templates nest too deeply (does a template include"
            + " itself, or a macro call itself?)");
  }

  @Test
  void getClassIsRefused() {
    assertRefused("method-get-class", Map.of(),
        "could not render 'x.txt.tera' line 2: templates cannot call methods: 'getClass(…)' on a"
            + " string");
  }

  @Test
  void classForNameIsRefused() {
    assertRefused("method-class-for-name", Map.of(),
        "could not render 'x.txt.tera' line 1: templates cannot access 'class' of a string: only"
            + " map keys, list items and loop variables are available");
  }

  @Test
  void evenHarmlessMethodsAreRefused() {
    assertRefused("method-to-upper", Map.of(),
        "could not render 'x.txt.tera' line 1: templates cannot call methods: 'toUpperCase(…)'"
            + " on a string");
  }

  @Test
  void bombOfNestedLoopsStopsAtTheCap() {
    assertRefused("bomb-loops", Map.of(),
        "could not render 'bomb.txt.tera': the output is larger than 16777216 characters");
  }

  @Test
  void bombOfNestedMacrosStopsAtTheCap() {
    assertRefused("bomb-macros", Map.of(),
        "could not render 'bomb.txt.tera': the output is larger than 16777216 characters");
  }

  @Test
  void bombOfConcatenationStopsAtTheCap() {
    assertRefused("bomb-concat", Map.of(),
        "could not render 'bomb.txt.tera' line 1: tried to build a string of more than 16777216"
            + " characters with '~'");
  }

  @Test
  void treeFileLinkingOutOfTheTemplateDirectory() throws IOException {
    Path passwd = work.resolve("etc-passwd");
    Files.writeString(passwd, "root:x:0:0");
    Files.createSymbolicLink(plugin.resolve("symlink-escape/files/passwd"), passwd);

    assertRefused("symlink-escape", Map.of(),
        "could not render 'files/passwd': it is a symbolic link leading outside the template"
            + " directory");
  }

  @Test
  void treeDirectoryLinkingToEtc() throws IOException {
    Files.createSymbolicLink(plugin.resolve("symlink-escape/files/etc"), Path.of("/etc"));

    assertRefused("symlink-escape", Map.of(),
        "could not render 'files/etc': it is a symbolic link leading outside the template"
            + " directory");
  }

  @Test
  void includeThroughASymbolicLinkLeadingOut() throws IOException {
    Path etc = Files.createDirectories(work.resolve("etc"));
    Files.writeString(etc.resolve("passwd"), "root:x:0:0");
    Files.createSymbolicLink(plugin.resolve("symlink-include/linked"), etc);

    assertRefused("symlink-include", Map.of(),
        "could not render 'x.txt.tera': template 'linked/passwd' is a symbolic link leading"
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

  @Test
  void aHugeRangeIsRefusedBeforeItIsBuilt() {
    assertRefused("loop-huge-range", Map.of(),
        "could not render 'bomb.txt.tera' line 1: range(0, 2000000000) would hold 2000000001"
            + " items, more than the 1000000 a list may hold");
  }

  @Test
  void nestedLoopsThatPrintNothingStopAtTheStepBudget() {
    assertRefused("loop-nested-silent", Map.of(), PATIENT,
        "could not render 'bomb.txt.tera' line 1: stopped after 1000000 loop iterations, macro"
            + " calls and includes, the most one generation may run");
  }

  @Test
  void aListDoubledByPlusStopsAtTheItemCap() {
    assertRefused("list-doubling", Map.of(),
        "could not render 'bomb.txt.tera' line 1: '+' would hold 1048576 items, more than the"
            + " 1000000 a list may hold");
  }

  @Test
  void aListNestedInItselfCannotBePrintedPastTheSizeCap() {
    assertRefused("list-nesting", Map.of(),
        "could not render 'bomb.txt.tera' line 1: the text of a value is longer than 16777216"
            + " characters");
  }

  @Test
  void aStringDoubledByPlusStopsAtTheSizeCap() {
    assertRefused("string-doubling", Map.of(),
        "could not render 'bomb.txt.tera' line 1: '+' would build a string of more than"
            + " 16777216 characters");
  }

  @Test
  void macrosCallingEachOtherWithoutOutputStopAtTheStepBudget() {
    assertRefused("macro-silent-bomb", Map.of(), PATIENT,
        "could not render 'bomb.txt.tera' line 1: stopped after 1000000 loop iterations, macro"
            + " calls and includes, the most one generation may run");
  }

  @Test
  void includesFanningOutStopAtTheBudget() {
    // ten files, each including the next ten times: 10^8 includes; where it stops depends on
    // the machine's speed, so the time budget is short and the file any of them
    Map<String, String> before = TreeSnapshot.of(work);
    assertThatThrownBy(() -> generate("include-fanout", Map.of(),
        new RenderLimits(Duration.ofMillis(300))))
        .isInstanceOf(RenderException.class)
        .message().matches("could not render '[a-i]\\.tera': stopped after (300 ms, the time"
            + " budget|1000000 loop iterations, macro calls and includes, the most) of one"
            + " generation( may run)?");
    assertThat(TreeSnapshot.of(work)).isEqualTo(before);
  }

  @Test
  void slowStepsStopAtTheTimeBudget() {
    assertRefused("slow-steps", Map.of(), new RenderLimits(Duration.ofMillis(200)),
        "could not render 'bomb.txt.tera' line 1: stopped after 200 ms, the time budget of one"
            + " generation");
  }

  @Test
  void anUndefinedKeyOfContextIsAnErrorNotACrash() {
    assertRefused("context-missing", Map.of(),
        "could not render 'bomb.txt.tera' line 1: there is no variable 'x'");
  }

  @Test
  void filesDirThroughASymbolicLinkedParentLeadingOut() throws IOException {
    Path somewhere = Files.createDirectories(work.resolve("somewhere/loot"));
    Files.writeString(somewhere.resolve("stolen.txt"), "secret");
    Files.createSymbolicLink(plugin.resolve("files-dir-parent-link/via"),
        work.resolve("somewhere"));

    assertRefused("files-dir-parent-link", Map.of(),
        "could not render '[files] dir': 'via/loot' is a symbolic link leading outside the"
            + " template directory (itself or a parent directory)");
  }

  @Test
  void outputTemplateLinkingOutOfTheTemplateDirectory() throws IOException {
    Files.createSymbolicLink(plugin.resolve("output-template-link/linked.tera"),
        plugin.resolve("secret.txt"));

    assertRefused("output-template-link", Map.of(),
        "could not render 'linked.tera': template 'linked.tera' is a symbolic link leading"
            + " outside the template directory");
  }

  @Test
  void templateDirectoryLinkingOutOfThePlugin() throws IOException {
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("template.toml"), "name = \"x\"\n[[outputs]]\n"
        + "template = \"x.tera\"\nfilename = \"x.txt\"\n");
    Files.writeString(elsewhere.resolve("x.tera"), "outside");
    Files.createSymbolicLink(plugin.resolve("linked-template"), elsewhere);

    assertRefused("linked-template", Map.of(),
        "could not render '" + plugin.resolve("linked-template") + "': the template directory"
            + " is a symbolic link leading outside its plugin " + plugin);
  }

  @Test
  void aFifoAmongTheTreeFilesIsRefusedWithoutBlocking() throws Exception {
    Path fifo = plugin.resolve("tree-fifo/files/pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    assertRefused("tree-fifo", Map.of(),
        "could not render 'files/pipe': it is not a regular file (a FIFO, device or socket);"
            + " only regular files are read");
  }

  @Test
  void aHugeSparseTreeFileIsRefusedWithoutReadingIt() throws IOException {
    try (RandomAccessFile huge = new RandomAccessFile(
        plugin.resolve("tree-huge/files/huge.bin").toFile(), "rw")) {
      huge.setLength(3L * 1024 * 1024 * 1024);
    }

    assertRefused("tree-huge", Map.of(),
        "could not render 'files/huge.bin': it is 3221225472 bytes, more than the 16777216 a"
            + " plugin file may have");
  }

  @Test
  void aPlanLargerThanTheGenerationCapIsRefused() throws IOException {
    for (int i = 0; i < 5; i++) {
      try (RandomAccessFile big = new RandomAccessFile(
          plugin.resolve("tree-huge/files/big" + i + ".bin").toFile(), "rw")) {
        big.setLength(15L * 1024 * 1024);
      }
    }

    assertRefused("tree-huge", Map.of(),
        "could not render 'files/big4.bin': the generation would write more than 67108864 bytes"
            + " in all, the most one generation may write");
  }
}
