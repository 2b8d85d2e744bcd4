package systems.tasker.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import systems.tasker.cli.engine.CaseConversion;

/**
 * Whether a project name can become a valid package, module, crate and class name in a language
 * (docs/generated-projects.md, "Project names"), and if not, why — before anything renders.
 */
final class ProjectNames {

  private static final Set<String> PYTHON_KEYWORDS = Set.of(
      "false", "none", "true", "and", "as", "assert", "async", "await", "break", "class", "continue",
      "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  private static final Set<String> RUST_KEYWORDS = Set.of(
      "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
      "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
      "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
      "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
      "typeof", "unsized", "virtual", "yield", "try", "gen", "test", "std", "core", "alloc", "proc_macro");

  /** Ruby core classes and modules a project module must not reopen. */
  private static final Set<String> RUBY_RESERVED = Set.of(
      "Object", "Kernel", "String", "Integer", "Float", "Array", "Hash", "Symbol", "Class", "Module",
      "Comparable", "Enumerable", "Struct", "Time", "File", "Dir", "IO", "Math", "Process", "Thread",
      "Proc", "Method", "Exception", "StandardError", "Range", "Regexp", "Set", "Rational", "Complex",
      "Random", "Signal", "Marshal", "GC", "ObjectSpace", "TaskerCore", "Rake", "RSpec", "Bundler", "Gem");

  private static final Set<String> TYPESCRIPT_RESERVED = Set.of("node_modules", "favicon.ico");

  private ProjectNames() {}

  /** Why {@code name} cannot name a {@code language} project, or empty when it can. */
  static Optional<String> problem(String language, String name) {
    if (name.isBlank()) {
      return Optional.of("the project name is empty");
    }
    if (!name.matches("[A-Za-z0-9_-]+")) {
      return Optional.of("'" + name + "' may hold only ASCII letters, digits, '-' and '_', so that every "
          + "language can turn it into package and class names");
    }
    if (!Character.isLetter(name.charAt(0))) {
      return Optional.of("'" + name + "' must start with a letter: package, module and class names cannot "
          + "start with a digit, '-' or '_'");
    }
    List<String> words = CaseConversion.words(name);
    String snake = CaseConversion.snakeCase(name);
    String pascal = CaseConversion.pascalCase(name);
    if (words.isEmpty()) {
      return Optional.of("'" + name + "' has no letters or digits to build names from");
    }
    switch (language.toLowerCase(Locale.ROOT)) {
      case "python" -> {
        if (PYTHON_KEYWORDS.contains(snake)) {
          return Optional.of("the Python package would be '" + snake + "', a Python keyword, so it "
              + "could not be imported");
        }
        if (snake.equals("test") || snake.equals("tests") || snake.equals("tasker_core")) {
          return Optional.of("the Python package would be '" + snake + "', which would shadow "
              + (snake.equals("tasker_core") ? "the Tasker SDK" : "the tests folder"));
        }
      }
      case "ruby" -> {
        if (RUBY_RESERVED.contains(pascal)) {
          return Optional.of("the Ruby module would be '" + pascal + "', which would reopen a core or "
              + "SDK constant");
        }
      }
      case "rust" -> {
        if (RUST_KEYWORDS.contains(snake)) {
          return Optional.of("the Rust crate would be '" + snake + "', a reserved word or a standard "
              + "crate name");
        }
      }
      case "typescript" -> {
        String kebab = CaseConversion.kebabCase(name);
        if (TYPESCRIPT_RESERVED.contains(kebab) || kebab.length() > 214) {
          return Optional.of("the npm package would be '" + kebab + "', which npm does not allow");
        }
      }
      default -> {
        // Other languages come from third-party plugins; their own parameter patterns decide.
      }
    }
    return Optional.empty();
  }
}
