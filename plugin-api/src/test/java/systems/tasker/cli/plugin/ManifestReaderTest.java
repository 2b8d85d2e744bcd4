package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {

  private final PluginTree tree = new PluginTree();
  private final ManifestReader reader = new ManifestReader();

  @AfterEach
  void closeFileSystem() throws Exception {
    tree.close();
  }

  private ReadResult<PluginManifest> read(String manifest) {
    tree.manifest(manifest);
    return reader.readPlugin(tree.root());
  }

  private static List<Tuple> positions(ReadResult<?> result) {
    return result.diagnostics().stream()
        .map(d -> tuple(d.code(), d.line(), d.column()))
        .toList();
  }

  private static final String DIALECT_A = """
      [plugin]
      name = "acme-rails"
      version = "0.1.0"
      description = "Rails templates"
      languages = ["ruby"]
      frameworks = ["rails"]

      [templates]
      step-handler = { path = "templates/step_handler", languages = ["ruby"], description = "A step handler" }
      rails-initializer = { path = "templates/rails_initializer", frameworks = ["rails"] }
      """;

  private static final String DIALECT_B = """
      [plugin]
      name = "acme-rails"
      version = "0.1.0"
      description = "Rails templates"
      language = "ruby"
      framework = "rails"

      [[templates]]
      name = "step-handler"
      path = "templates/step_handler"
      description = "A step handler"
      language = "ruby"

      [[templates]]
      name = "rails-initializer"
      path = "templates/rails_initializer"
      framework = "rails"
      """;

  @Test
  void readsDialectA() {
    ReadResult<PluginManifest> result = read(DIALECT_A);

    assertThat(result.diagnostics()).isEmpty();
    PluginManifest manifest = result.value();
    assertThat(manifest.dialect()).isEqualTo(ManifestDialect.TABLES);
    assertThat(manifest.name()).isEqualTo("acme-rails");
    assertThat(manifest.version()).isEqualTo("0.1.0");
    assertThat(manifest.languages()).containsExactly("ruby");
    assertThat(manifest.frameworks()).containsExactly("rails");
    assertThat(manifest.templates()).containsExactly(
        new TemplateRef("step-handler", "templates/step_handler", "A step handler",
            List.of("ruby"), List.of("rails")),
        new TemplateRef("rails-initializer", "templates/rails_initializer", "",
            List.of("ruby"), List.of("rails")));
  }

  @Test
  void bothDialectsOfEqualContentGiveEqualModels() {
    PluginManifest tables = read(DIALECT_A).value();
    PluginManifest arrays = read(DIALECT_B).value();

    assertThat(arrays.dialect()).isEqualTo(ManifestDialect.ARRAYS);
    assertThat(arrays.withDialect(ManifestDialect.TABLES)).isEqualTo(tables);
    assertThat(arrays.sameContentAs(tables)).isTrue();
    assertThat(arrays).isNotEqualTo(tables);
    assertThat(read(DIALECT_B.replace("0.1.0", "0.2.0")).value().sameContentAs(tables)).isFalse();
  }

  @Test
  void aTemplateWithoutLanguagesTakesThePlugins() {
    PluginManifest manifest = read("""
        [plugin]
        name = "p"
        version = "1.0.0"
        description = "d"
        languages = ["ruby", "rust"]
        [templates]
        x = { path = "x", frameworks = ["axum"] }
        """).value();

    assertThat(manifest.templates().get(0).languages()).containsExactly("ruby", "rust");
    assertThat(manifest.templates().get(0).frameworks()).containsExactly("axum");
  }

  @Test
  void aSyntaxErrorHasFileLineAndColumn() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "x"
        version = @1
        """);

    assertThat(result.value()).isNull();
    assertThat(result.hasErrors()).isTrue();
    Diagnostic syntax = result.diagnostics().get(0);
    assertThat(syntax.file()).isEqualTo(tree.path("tasker-plugin.toml"));
    assertThat(tuple(syntax.code(), syntax.line(), syntax.column()))
        .isEqualTo(tuple("manifest-syntax", 3, 11));
    assertThat(syntax.message()).startsWith("TOML syntax error: ");
  }

  @Test
  void aMissingManifestIsOneErrorWithoutPosition() {
    ReadResult<PluginManifest> result = reader.readPlugin(tree.path("nowhere"));

    assertThat(positions(result)).containsExactly(tuple("manifest-missing", null, null));
  }

  @Test
  void aManifestThatIsNotUtf8IsUnreadableWithTheByteAndItsPosition() throws Exception {
    java.nio.file.Files.write(tree.path("tasker-plugin.toml"),
        "[plugin]\nname = \"caf\u00e9 x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.file.Files.write(tree.path("tasker-plugin.toml"), new byte[] {(byte) 0xff, '"', '\n'},
        java.nio.file.StandardOpenOption.APPEND);

    ReadResult<PluginManifest> result = reader.readPlugin(tree.root());

    // "[plugin]\n" is 9 bytes, "name = \"café x" 15 (é is two): the bad byte is the 25th,
    // the 15th character of line 2
    assertThat(positions(result)).containsExactly(tuple("manifest-unreadable", 2, 15));
    assertThat(result.diagnostics().get(0).message()).isEqualTo("not UTF-8 at byte 25");
    assertThat(result.diagnostics().get(0).hint()).isEqualTo("save the file as UTF-8");
    assertThat(result.value()).isNull();
  }

  @Test
  void aByteOrderMarkBeforeTheManifestIsAccepted() throws Exception {
    byte[] text = """
        [plugin]
        name = "bom"
        version = "1.0.0"
        description = "d"
        language = "ruby"
        [[templates]]
        name = "a"
        path = "a"
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    java.nio.file.Files.write(tree.path("tasker-plugin.toml"), marked);

    ReadResult<PluginManifest> result = reader.readPlugin(tree.root());

    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
    assertThat(result.value().name()).isEqualTo("bom");
  }

  /** The manifest gave one error without a position, and no model: it was not read. */
  private void assertNotRead(String code, String message) {
    ReadResult<PluginManifest> result = reader.readPlugin(tree.root());

    assertThat(positions(result)).containsExactly(tuple(code, null, null));
    assertThat(result.diagnostics().get(0).message()).isEqualTo(message);
    assertThat(result.value()).isNull();
  }

  @Test
  void aManifestLinkedOutsideThePluginIsNotRead() {
    tree.write(tree.outside("/home/dev/.ssh/config"), "[plugin]\nname = \"stolen\"\n")
        .link("tasker-plugin.toml", tree.outside("/home/dev/.ssh/config"));

    assertNotRead("manifest-escapes",
        "tasker-plugin.toml leads outside the plugin directory; not read");
  }

  @Test
  void aTemplateDirectoryBehindALinkedParentIsAnErrorAtItsPathWithoutReadingIt() {
    tree.write(tree.outside("/somewhere/loot/template.toml"), "name = = broken")
        .link("via", tree.outside("/somewhere"));

    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "acme"
        version = "0.1.0"
        description = "d"
        language = "ruby"
        [[templates]]
        name = "loot"
        path = "via/loot"
        """);

    assertThat(positions(result)).containsExactly(tuple("template-path-escapes", 8, 8));
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("template path 'via/loot' leads outside the plugin directory");
  }

  @Test
  void aManifestLargerThanTheCapIsNotRead() {
    tree.manifest("# " + "x".repeat(TomlFiles.MAX_BYTES) + "\n");

    assertNotRead("manifest-unreadable", "larger than 1 MiB; not read");
  }

  @Test
  void aManifestThatIsADirectoryIsUnreadable() {
    tree.dir("tasker-plugin.toml");

    assertNotRead("manifest-unreadable", "a directory where a regular file was expected; not read");
  }

  @Test
  void missingPluginTable() {
    ReadResult<PluginManifest> result = read("""
        [[templates]]
        name = "a"
        path = "a"
        """);

    assertThat(positions(result)).containsExactly(tuple("manifest-plugin-missing", 1, 1));
    assertThat(result.value().templates()).hasSize(1);
  }

  @Test
  void missingAndEmptyName() {
    assertThat(positions(read("""
        # comment
        [plugin]
        version = "1.0.0"
        description = "d"
        language = "ruby"
        """))).containsExactly(
            tuple("manifest-templates-missing", 1, 1),
            tuple("manifest-name-missing", 2, 1));
    assertThat(positions(read("""
        [plugin]
        version = "1.0.0"
        name = "  "
        description = "d"
        language = "ruby"
        [templates]
        """))).containsExactly(
            tuple("manifest-name-missing", 3, 1),
            tuple("manifest-templates-missing", 6, 1));
  }

  @Test
  void nameThatIsNotLowercasePointsAtTheValue() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name   = "Acme Rails"
        version = "1.0.0"
        description = "d"
        language = "ruby"
        [[templates]]
        name = "a"
        path = "a"
        """);

    assertThat(positions(result)).containsExactly(tuple("manifest-name-invalid", 2, 10));
    assertThat(result.diagnostics().get(0).hint()).isEqualTo("use a name like 'acme-rails'");
  }

  @Test
  void versionMustBeSemantic() {
    String manifest = """
        [plugin]
        name = "acme"
        version = "%s"
        description = "d"
        language = "ruby"
        [[templates]]
        name = "a"
        path = "a"
        """;
    for (String good : List.of("1.2.3", "0.0.0", "1.2.3-pre.release", "1.2.3-rc.1+build.5",
        "10.20.30+20130313144700", "1.0.0-alpha-1")) {
      assertThat(read(manifest.formatted(good)).diagnostics()).as(good).isEmpty();
    }
    for (String bad : List.of("1.2", "v1.2.3", "01.2.3", "1.2.3-", "1.2.3+", "1.2.3-01", "latest")) {
      assertThat(positions(read(manifest.formatted(bad)))).as(bad)
          .containsExactly(tuple("manifest-version-invalid", 3, 11));
    }
    assertThat(positions(read(manifest.formatted("").replace("version = \"\"\n", ""))))
        .containsExactly(tuple("manifest-version-missing", 1, 1));
  }

  @Test
  void noLanguagePointsAtThePluginTableOrTheEmptyList() {
    assertThat(positions(read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        [[templates]]
        name = "a"
        path = "a"
        """))).containsExactly(tuple("manifest-language-missing", 1, 1));
    assertThat(positions(read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        languages = []
        [[templates]]
        name = "a"
        path = "a"
        """))).containsExactly(tuple("manifest-language-missing", 5, 1));
  }

  @Test
  void aLanguageOutsideTheFourIsAWarningAtItsValue() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "tasker-contrib-ops"
        version = "0.1.0"
        description = "Ops"
        languages = ["ops", "pyhton"]
        [templates]
        compose = { path = "t", language = "ops" }
        """);

    assertThat(positions(result)).containsExactly(
        tuple("manifest-language-unknown", 5, 14),
        tuple("manifest-language-unknown", 5, 21),
        tuple("manifest-language-unknown", 7, 36));
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics().get(1).message())
        .isEqualTo("language 'pyhton' is not one of ruby, python, typescript, rust"
            + " (did you mean 'python'?)");
  }

  @Test
  void namesThatAShellOrTerminalWouldInterpretBreakThePluginAtTheirPosition() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "acme"
        version = "0.1.0"
        description = "Hostile names"
        languages = ["ruby", "$(touch /tmp/pwned)"]
        framework = "`id`"

        [[templates]]
        name = "step handler; rm -rf ~"
        path = "t"

        [[templates]]
        name = "x\\u001b[2J"
        path = "u"
        language = "python\\nruby"
        """);

    assertThat(result.hasErrors()).isTrue();
    assertThat(positions(result)).containsExactly(
        tuple("manifest-language-invalid", 5, 22),
        tuple("manifest-framework-invalid", 6, 13),
        tuple("template-name-invalid", 9, 8),
        tuple("template-name-invalid", 13, 8),
        tuple("manifest-language-invalid", 15, 12));
    assertThat(result.diagnostics().get(0).message()).isEqualTo(
        "language name '$(touch /tmp/pwned)' is not ASCII letters, digits, '_', '-' and '.',"
            + " starting with a letter or digit, at most 64 characters");
  }

  @Test
  void aDialectATemplateKeyIsANameToo() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "acme"
        version = "0.1.0"
        description = "d"
        language = "ruby"
        [templates]
        "-rf" = { path = "a" }
        "step-handler_2.x" = { path = "b" }
        """);

    assertThat(positions(result)).containsExactly(tuple("template-name-invalid", 7, 1));
  }

  @Test
  void namesLongerThanSixtyFourCharactersAreRefused() {
    String longest = "a".repeat(64);
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "%s"
        version = "0.1.0"
        description = "d"
        language = "ruby"
        [[templates]]
        name = "%s"
        path = "a"
        [[templates]]
        name = "%s"
        path = "b"
        """.formatted(longest + "b", longest, longest + "b"));

    assertThat(positions(result)).containsExactly(
        tuple("manifest-name-invalid", 2, 8),
        tuple("template-name-invalid", 10, 8));
  }

  @Test
  void missingDescriptionIsAWarning() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        language = "ruby"
        [[templates]]
        name = "a"
        path = "a"
        """);

    assertThat(positions(result)).containsExactly(tuple("manifest-description-missing", 1, 1));
    assertThat(result.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void unknownKeysAreWarningsWithASuggestion() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        discription = "typo"
        language = "ruby"
        [templates]
        a = { path = "a", langauges = ["ruby"], zzz = 1 }
        [extra]
        """);

    assertThat(positions(result)).containsExactly(
        tuple("manifest-key-unknown", 5, 1),
        tuple("manifest-key-unknown", 8, 19),
        tuple("manifest-key-unknown", 8, 41),
        tuple("manifest-key-unknown", 9, 1));
    Diagnostic typo = result.diagnostics().get(0);
    assertThat(typo.severity()).isEqualTo(Severity.WARNING);
    assertThat(typo.message())
        .isEqualTo("unknown key 'discription' in [plugin] (did you mean 'description'?)");
    assertThat(typo.hint()).isEqualTo("rename it to 'description'");
    assertThat(result.diagnostics().get(2).message()).isEqualTo("unknown key 'zzz' in template 'a'");
  }

  @Test
  void aDialectBTemplateWithoutName() {
    assertThat(positions(read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        language = "ruby"

        [[templates]]
        path = "a"
        """))).containsExactly(tuple("template-name-missing", 7, 1));
  }

  @Test
  void templateNamesEqualIgnoringCaseAndSeparatorsAreDuplicates() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        language = "ruby"
        [[templates]]
        name = "step-handler"
        path = "a"
        [[templates]]
        name = "Step_Handler"
        path = "b"
        """);

    assertThat(positions(result)).containsExactly(tuple("template-name-duplicate", 10, 8));
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("template 'Step_Handler' has the same name as 'step-handler' (line 7)");

    assertThat(positions(read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        language = "ruby"
        [templates]
        step-handler = { path = "a" }
          step_handler = { path = "b" }
        """))).containsExactly(tuple("template-name-duplicate", 8, 3));
  }

  @Test
  void templatePathMissingAbsoluteOrEscaping() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        language = "ruby"
        [templates]
        none = { description = "x" }
        empty = { path = "" }
        absolute = { path = "/etc/templates" }
        drive = { path = 'C:\\templates' }
        up = { path = "templates/../../elsewhere" }
        back = { path = 'templates\\..\\..\\x' }
        """);

    assertThat(positions(result)).containsExactly(
        tuple("template-path-missing", 7, 1),
        tuple("template-path-missing", 8, 11),
        tuple("template-path-absolute", 9, 21),
        tuple("template-path-absolute", 10, 18),
        tuple("template-path-escapes", 11, 15),
        tuple("template-path-escapes", 12, 17));
  }

  @Test
  void entriesThatAreNotTablesAreErrors() {
    assertThat(positions(read("""
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        language = "ruby"
        [templates]
        a = "templates/a"
        """))).containsExactly(tuple("manifest-entry-not-table", 7, 1));
    assertThat(positions(read("""
        templates = "x"
        [plugin]
        name = "acme"
        version = "1.0.0"
        description = "d"
        language = "ruby"
        """))).containsExactly(tuple("manifest-entry-not-table", 1, 1));
  }

  @Test
  void aBrokenManifestStillGivesAModelAndEveryProblem() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = "Bad Name"
        version = "one"
        [[templates]]
        path = "/abs"
        """);

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.value().name()).isEqualTo("Bad Name");
    assertThat(positions(result)).containsExactly(
        tuple("manifest-description-missing", 1, 1),
        tuple("manifest-language-missing", 1, 1),
        tuple("manifest-name-invalid", 2, 8),
        tuple("manifest-version-invalid", 3, 11),
        tuple("template-name-missing", 4, 1),
        tuple("template-path-absolute", 5, 8));
  }
}
