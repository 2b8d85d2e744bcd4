package systems.tasker.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The commands to run after generating a project or plugin. */
final class NextSteps {
  private NextSteps() {}

  /** The commands that install and test a freshly generated project, per language. */
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

  /**
   * How to name a generated directory in a command to type: relative to the working directory
   * when inside it, else absolute.
   */
  static String shown(CliContext context, Path directory) {
    Path relative = context.environment().workingDirectory().relativize(directory);
    return relative.toString().isEmpty() || relative.startsWith("..") ? directory.toString() : relative.toString();
  }
}
