package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginValidatorTest {

  private final PluginTree tree = new PluginTree();
  private final PluginValidator validator = new PluginValidator();

  @AfterEach
  void closeFileSystem() throws Exception {
    tree.close();
  }

  private static final String MANIFEST = """
      [plugin]
      name = "acme"
      version = "0.1.0"
      description = "Acme templates"
      language = "python"

      [[templates]]
      name = "step_handler"
      path = "templates/step_handler"
      description = "A step handler"
      """;

  private static final String TEMPLATE = """
      name = "step_handler"
      description = "Generate a step handler"

      [[parameters]]
      name = "name"
      required = true

      [[outputs]]
      template = "handler.py.tera"
      filename = "{{ name | snake_case }}.py"

      [[outputs]]
      template = "test_handler.py.tera"
      filename = "test_{{ name | snake_case }}.py"
      subdir = "tests"
      """;

  private PluginTree cleanPlugin() {
    return tree.manifest(MANIFEST)
        .file("templates/step_handler/template.toml", TEMPLATE)
        .file("templates/step_handler/handler.py.tera", "class {{ name }}: pass\n")
        .file("templates/step_handler/test_handler.py.tera", "def test(): pass\n")
        .file("templates/step_handler/README.md", "# docs\n");
  }

  private List<Tuple> validate() {
    return validator.validate(tree.root()).stream()
        .map(d -> tuple(d.code(), tree.root().relativize(d.file()).toString(), d.line(),
            d.column()))
        .toList();
  }

  @Test
  void aCleanPluginHasNoDiagnostics() {
    cleanPlugin();

    assertThat(validator.validate(tree.root())).isEmpty();
  }

  @Test
  void aCleanTreeModePluginHasNoDiagnostics() {
    tree.manifest(MANIFEST)
        .file("templates/step_handler/template.toml",
            "description = \"d\"\n[files]\ndir = \"files\"\n")
        .file("templates/step_handler/files/src/{{ name }}/mod.rs.tera", "")
        .file("templates/step_handler/files/logo.png", "\u0089PNG");

    assertThat(validator.validate(tree.root())).isEmpty();
  }

  @Test
  void aTemplatePathThatDoesNotExistOrIsAFile() {
    tree.manifest(MANIFEST + """
        [[templates]]
        name = "other"
        path = "templates/file.txt"
        """).file("templates/file.txt", "x");

    assertThat(validate()).containsExactly(
        tuple("template-path-not-found", "tasker-plugin.toml", 9, 8),
        tuple("template-path-not-directory", "tasker-plugin.toml", 13, 8));
  }

  @Test
  void aTemplateDirectoryLinkedOutsideThePluginIsRefusedAndNotRead() {
    tree.manifest(MANIFEST)
        .write(tree.outside("/elsewhere/step/template.toml"), "this is = = not toml")
        .link("templates/step_handler", tree.outside("/elsewhere/step"));

    assertThat(validate()).containsExactly(
        tuple("template-path-escapes", "tasker-plugin.toml", 9, 8));
  }

  @Test
  void aLinkFurtherUpTheWayIsRefusedToo() {
    tree.manifest(MANIFEST)
        .write(tree.outside("/elsewhere/step_handler/template.toml"), TEMPLATE)
        .link("templates", tree.outside("/elsewhere"));

    List<Diagnostic> diagnostics = validator.validate(tree.root());

    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("template-path-escapes");
    assertThat(diagnostics.get(0).message())
        .isEqualTo("template path 'templates/step_handler' leads outside the plugin directory");
  }

  @Test
  void aLinkThatStaysInsideThePluginIsFine() {
    cleanPlugin().link("templates/alias", tree.path("templates/step_handler"));
    tree.manifest(MANIFEST.replace("path = \"templates/step_handler\"", "path = \"templates/alias\""));

    assertThat(validator.validate(tree.root())).isEmpty();
  }

  @Test
  void templateFilesLinkedOutsideAreRefused() {
    tree.manifest(MANIFEST)
        .file("templates/step_handler/template.toml", TEMPLATE + "[files]\ndir = \"files\"\n")
        .file("templates/step_handler/handler.py.tera", "")
        .write(tree.outside("/secret/key"), "secret")
        .link("templates/step_handler/test_handler.py.tera", tree.outside("/secret/key"))
        .write(tree.outside("/secret/files/a"), "secret")
        .link("templates/step_handler/files", tree.outside("/secret/files"));

    assertThat(validate()).containsExactly(
        tuple("output-template-escapes", "templates/step_handler/template.toml", 13, 12),
        tuple("files-dir-escapes", "templates/step_handler/template.toml", 17, 7));
  }

  @Test
  void aTemplateTomlLinkedOutsideIsRefusedAndNotRead() {
    tree.manifest(MANIFEST)
        .write(tree.outside("/secret/template.toml"), "not = = toml")
        .link("templates/step_handler/template.toml", tree.outside("/secret/template.toml"));

    assertThat(validate()).containsExactly(
        tuple("template-toml-escapes", "templates/step_handler/template.toml", null, null));
  }

  @Test
  void aTemplateDirectoryWithoutTemplateToml() {
    tree.manifest(MANIFEST).dir("templates/step_handler");

    assertThat(validate()).containsExactly(
        tuple("template-toml-missing", "templates/step_handler/template.toml", null, null));
  }

  @Test
  void aTemplateTomlThatDoesNotParse() {
    tree.manifest(MANIFEST)
        .file("templates/step_handler/template.toml", "name = \"x\"\nname = = \"y\"\n");

    assertThat(validate()).containsExactly(
        tuple("template-toml-syntax", "templates/step_handler/template.toml", 2, 8));
  }

  @Test
  void anOutputWhoseTemplateFileDoesNotExist() {
    cleanPlugin().dir("templates/step_handler/adir").file("templates/step_handler/template.toml",
        TEMPLATE.replace("test_handler.py.tera\"", "adir\"") + """
        [[outputs]]
        template = "missing.tera"
        filename = "m"
        [[outputs]]
        template = "maybe.tera"
        filename = "n"
        optional = true
        """);

    List<Diagnostic> diagnostics = validator.validate(tree.root());

    assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(
            tuple("output-template-not-found", 13, 12),
            tuple("output-template-not-found", 17, 12),
            tuple("template-file-unused", null, null));
    assertThat(diagnostics.get(0).message()).isEqualTo("output template 'adir' is a directory");
    assertThat(diagnostics.get(1).message())
        .isEqualTo("output template 'missing.tera' does not exist");
  }

  @Test
  void filesDirThatDoesNotExistOrIsAFile() {
    tree.manifest(MANIFEST)
        .file("templates/step_handler/template.toml", "description = \"d\"\n[files]\ndir = \"files\"\n");

    assertThat(validate()).containsExactly(
        tuple("files-dir-not-found", "templates/step_handler/template.toml", 3, 7));

    tree.file("templates/step_handler/files", "not a directory");

    assertThat(validate()).containsExactly(
        tuple("files-dir-not-directory", "templates/step_handler/template.toml", 3, 7));
  }

  @Test
  void filesNoOutputUsesAreWarnings() {
    cleanPlugin()
        .file("templates/step_handler/old_handler.py.tera", "")
        .file("templates/step_handler/partials/header.tera", "")
        .file("templates/step_handler/docs/README.md", "");

    List<Diagnostic> diagnostics = validator.validate(tree.root());

    assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::file)
        .containsExactly(
            tuple("template-file-unused", Severity.WARNING,
                tree.path("templates/step_handler/docs/README.md")),
            tuple("template-file-unused", Severity.WARNING,
                tree.path("templates/step_handler/old_handler.py.tera")),
            tuple("template-file-unused", Severity.WARNING,
                tree.path("templates/step_handler/partials/header.tera")));
    assertThat(diagnostics.get(2).message())
        .isEqualTo("'partials/header.tera' is not used by any output");
  }

  @Test
  void returnsEveryProblemOfABrokenPluginAtOnce() {
    tree.manifest("""
        [plugin]
        name = "Acme"
        version = "1.0"
        language = "python"

        [templates]
        step-handler = { path = "templates/step_handler" }
        step_handler = { path = "templates/other" }
        gone = { path = "templates/gone", discription = "x" }
        """)
        .file("templates/step_handler/template.toml", """
            [template]
            description = "d"
            [parameters]
            kind = { type = "choice", enum = ["a"], default = "b" }
            [outputs]
            main = { template = "main.tera", path = "main.py" }
            """)
        .file("templates/step_handler/stray.txt", "")
        .file("templates/other/template.toml", "description = \"o\"\n");

    assertThat(validate()).containsExactly(
        tuple("manifest-description-missing", "tasker-plugin.toml", 1, 1),
        tuple("manifest-name-invalid", "tasker-plugin.toml", 2, 8),
        tuple("manifest-version-invalid", "tasker-plugin.toml", 3, 11),
        tuple("template-name-duplicate", "tasker-plugin.toml", 8, 1),
        tuple("template-path-not-found", "tasker-plugin.toml", 9, 17),
        tuple("manifest-key-unknown", "tasker-plugin.toml", 9, 35),
        tuple("parameter-default-not-a-choice", "templates/step_handler/template.toml", 4, 51),
        tuple("output-template-not-found", "templates/step_handler/template.toml", 6, 21),
        tuple("template-file-unused", "templates/step_handler/stray.txt", null, null),
        tuple("template-outputs-missing", "templates/other/template.toml", 1, 1));
  }

  @Test
  void aPathTheFileSystemCannotNameIsNotFoundRatherThanACrash() throws Exception {
    try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
      Path plugin = windows.getPath("C:\\plugin");
      Files.createDirectories(plugin.resolve("t"));
      Files.writeString(plugin.resolve("tasker-plugin.toml"),
          MANIFEST.replace("templates/step_handler", "t") + """
          [[templates]]
          name = "odd"
          path = "templates/what?"
          """);
      Files.writeString(plugin.resolve("t/template.toml"), "description = \"d\"\n"
          + "[[outputs]]\ntemplate = \"a|b.tera\"\nfilename = \"x\"\n");

      assertThat(validator.validate(plugin))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
          .containsExactly(
              tuple("template-path-not-found", 13, 8),
              tuple("output-template-not-found", 3, 12));
    }
  }

  @Test
  void aMissingManifestIsTheOnlyProblem() {
    assertThat(validate()).containsExactly(tuple("manifest-missing", "tasker-plugin.toml", null, null));
  }
}
