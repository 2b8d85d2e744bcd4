package systems.tasker.cli.command;

import java.util.List;
import java.util.Locale;

/** The commands that install and test a freshly generated project, per language. */
final class NextSteps {
  private NextSteps() {}

  static List<String> forLanguage(String language) {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "ruby" -> List.of("bundle install", "bundle exec rspec");
      case "python" -> List.of("python3 -m venv .venv && . .venv/bin/activate",
          "pip install -e '.[dev]'", "pytest");
      case "typescript" -> List.of("npm install", "npm test");
      case "rust" -> List.of("cargo test");
      default -> List.of("# see README.md for how to install and test");
    };
  }
}
