package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Messages read alike in every module: each message and hint an exception or a diagnostic is made
 * with starts lower-case ({@code error: could not render …}), as the error handler prints them
 * after {@code error:} and {@code hint:}. Checked in the sources, so a message no test triggers is
 * held to it too.
 */
class MessageCaseTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  /** Where a message is made: an exception, a diagnostic, a usage problem. */
  private static final Pattern MADE = Pattern.compile(
      "new\\s+(\\w*Exception|Diagnostic|UsageProblem)\\s*\\(|Diagnostic\\.(error|warning|of)\\s*\\(");

  @Test
  void everyMessageAndHintInTheCodeStartsLowerCase() throws IOException {
    List<String> capitalised = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(REPO)) {
      sources = files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> REPO.relativize(file).toString().matches("[^/]+/src/main/java/.*"))
          .sorted().toList();
    }
    assertThat(sources).hasSizeGreaterThan(100);
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher call = MADE.matcher(text);
      while (call.find()) {
        for (String argument : leadingStrings(text, call.end())) {
          if (argument.matches("[A-Z][a-z].*")) {
            capitalised.add(REPO.relativize(source) + ": \"" + argument + "\"");
          }
        }
      }
    }
    assertThat(capitalised).isEmpty();
  }

  /** The string literals that begin an argument of the call whose arguments start at {@code from}. */
  private static List<String> leadingStrings(String text, int from) {
    List<String> literals = new ArrayList<>();
    int depth = 1;
    boolean argumentStart = true;
    for (int i = from; i < text.length() && depth > 0; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '"') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (argumentStart) {
          literals.add(text.substring(i + 1, Math.min(end, text.length())));
        }
        i = end;
        argumentStart = false;
      } else if (c == '(') {
        depth++;
        argumentStart = depth == 1;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 1) {
        argumentStart = true;
      } else if (!Character.isWhitespace(c)) {
        argumentStart = false;
      }
    }
    return literals;
  }
}
