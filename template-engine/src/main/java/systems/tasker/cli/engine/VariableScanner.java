package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.ExtensionRegistry;
import io.pebbletemplates.pebble.lexer.LexerImpl;
import io.pebbletemplates.pebble.lexer.Token;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the variables a template reads, from its tokens: names that are not attributes
 * ({@code a.b}), filters ({@code | f}), tests ({@code is t}), called functions or macros, named
 * arguments, keywords, or defined in the template itself ({@code set}, {@code for}, macro
 * arguments, imports, {@code loop}). A name defined anywhere in a file counts as defined in all
 * of it: this feeds warnings, so it errs towards silence.
 */
final class VariableScanner {

  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "none", "in",
      "as", "with", "only", "if", "else", "loop", "_self", "_context");
  /** Tags whose names are all declarations or not variables at all. */
  private static final Set<String> DECLARING_TAGS = Set.of("macro", "import", "from", "block",
      "filter", "autoescape", "endblock", "endmacro", "endfor", "endif", "endfilter",
      "endautoescape", "endembed", "endcache", "endparallel", "endverbatim", "verbatim", "else",
      "flush");

  private final PebbleEngine engine;

  VariableScanner(PebbleEngine engine) {
    this.engine = engine;
  }

  /** The variables read and not defined in {@code source}, each with the line of first use. */
  Map<String, Integer> undefinedVariables(String source, String name) {
    ExtensionRegistry registry = engine.getExtensionRegistry();
    List<Token> tokens = new LexerImpl(engine.getSyntax(),
        registry.getUnaryOperators().values(), registry.getBinaryOperators().values())
        .tokenize(new StringReader(source), name).getTokens();
    Set<String> defined = new HashSet<>();
    Map<String, Integer> used = new LinkedHashMap<>();
    List<Token> tag = new ArrayList<>();
    for (Token token : tokens) {
      switch (token.getType()) {
        case EXECUTE_START, PRINT_START -> tag.clear();
        case EXECUTE_END -> scanTag(tag, true, defined, used);
        case PRINT_END -> scanTag(tag, false, defined, used);
        default -> tag.add(token);
      }
    }
    used.keySet().removeAll(defined);
    return used;
  }

  private static void scanTag(List<Token> tag, boolean execute, Set<String> defined,
      Map<String, Integer> used) {
    int start = 0;
    String tagName = null;
    if (execute && !tag.isEmpty() && tag.get(0).getType() == Token.Type.NAME) {
      tagName = tag.get(0).getValue();
      start = 1;
    }
    if (tagName != null && DECLARING_TAGS.contains(tagName)) {
      for (Token token : tag.subList(start, tag.size())) {
        if (token.getType() == Token.Type.NAME) {
          defined.add(token.getValue());
        }
      }
      return;
    }
    int depth = 0;
    boolean beforeIn = "for".equals(tagName);
    for (int i = start; i < tag.size(); i++) {
      Token token = tag.get(i);
      if (isPunctuation(token, "(") || isPunctuation(token, "[") || isPunctuation(token, "{")) {
        depth++;
      } else if (isPunctuation(token, ")") || isPunctuation(token, "]")
          || isPunctuation(token, "}")) {
        depth--;
      }
      if (token.getType() != Token.Type.NAME) {
        continue;
      }
      String name = token.getValue();
      Token previous = i > start ? tag.get(i - 1) : null;
      Token next = i + 1 < tag.size() ? tag.get(i + 1) : null;
      if ("set".equals(tagName) && i == start) {
        defined.add(name);
      } else if (beforeIn) {
        if (name.equals("in")) {
          beforeIn = false;
        } else {
          defined.add(name);
        }
      } else if (KEYWORDS.contains(name)
          || previous != null && (isPunctuation(previous, ".") || previous.getValue().equals("|")
              || previous.getType() == Token.Type.OPERATOR
                  && previous.getValue().startsWith("is"))
          || next != null && isPunctuation(next, "(")
          || depth > 0 && next != null && isPunctuation(next, "=")) {
        continue;
      } else {
        used.putIfAbsent(name, token.getLineNumber());
      }
    }
  }

  private static boolean isPunctuation(Token token, String value) {
    return token.getType() == Token.Type.PUNCTUATION && token.getValue().equals(value);
  }
}
