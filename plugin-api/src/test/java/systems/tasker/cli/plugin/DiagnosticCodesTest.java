package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code of every module is a constant of {@link DiagnosticCodes}: the codes are
 * listed there once, and the main sources of the whole repository are scanned for codes written
 * anywhere else.
 */
class DiagnosticCodesTest {

  /** The repository: surefire runs in the module directory. */
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern CHAR = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)'");
  private static final Pattern CODE_SHAPE = Pattern.compile("[a-z]+(?:-[a-z]+)+");
  /** A call that makes a diagnostic, up to where its code is written. */
  private static final Pattern DIAGNOSTIC_CALL = Pattern.compile(
      "\\b(?:error|warning|errorAtKey|errorAtValue|warningAtKey|warningAtValue)\\(\\s*$"
          + "|new\\s+Diagnostic\\(\\s*(?:Severity\\.\\w+,\\s*)?$");

  static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : DiagnosticCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  @Test
  void codesAreDistinctKebabCaseNamedAfterTheirConstant() throws Exception {
    for (Field field : DiagnosticCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        assertThat((String) field.get(null)).as(field.getName())
            .matches(CODE_SHAPE)
            .isEqualTo(field.getName().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    assertThat(codes()).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void noMainSourceOfAnyModuleWritesACodeOutsideDiagnosticCodes() throws Exception {
    Set<String> known = Set.copyOf(codes());
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(REPO)) {
      for (Path file : files.filter(DiagnosticCodesTest::isMainSource).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String code : codesWrittenIn(text, known)) {
          found.add(REPO.relativize(file) + ": " + code);
        }
      }
    }
    assertThat(found).as("codes written outside DiagnosticCodes").isEmpty();
  }

  @Test
  void everyCodeIsExplainedInThePluginFormatReference() throws Exception {
    String reference = Files.readString(REPO.resolve("docs/plugin-format.md"),
        StandardCharsets.UTF_8);

    assertThat(codes()).allSatisfy(code -> assertThat(reference).contains("`" + code + "`"));
  }

  @Test
  void theScanFindsACodeAddedElsewhereOrAKnownCodeWrittenOut() {
    String source = String.join("\n",
        "class Checker {",
        "  List<Diagnostic> check() {",
        "    char quote = '\"';",
        "    out.add(Diagnostic.error(\"template-brand-new\", file, null, \"m\", \"h\"));",
        "    out.add(source.warningAtKey(\"key-brand-new\", \"a.b\", \"m\", \"h\"));",
        "    out.add(new Diagnostic(Severity.ERROR, \"other-brand-new\", file, null, \"m\", \"h\"));",
        "    if (d.code().equals(\"manifest-missing\")) { return \"tasker-cli\"; }",
        "  }",
        "}");

    assertThat(codesWrittenIn(source, Set.of("manifest-missing"))).containsExactly(
        "key-brand-new", "manifest-missing", "other-brand-new", "template-brand-new");
  }

  /**
   * The codes {@code source} writes as string literals: any {@code known} code, and any literal
   * of a code's shape given as the code of a diagnostic it makes.
   */
  static Set<String> codesWrittenIn(String source, Set<String> known) {
    String text = CHAR.matcher(source).replaceAll("' '");
    Set<String> found = new TreeSet<>();
    Matcher literal = STRING.matcher(text);
    while (literal.find()) {
      String value = literal.group(1);
      boolean asCode = CODE_SHAPE.matcher(value).matches()
          && DIAGNOSTIC_CALL.matcher(text.substring(0, literal.start())).find();
      if (known.contains(value) || asCode) {
        found.add(value);
      }
    }
    return found;
  }

  private static boolean isMainSource(Path file) {
    String path = file.toString().replace('\\', '/');
    return path.endsWith(".java") && path.contains("/src/main/java/")
        && !file.getFileName().toString().equals("DiagnosticCodes.java");
  }
}
