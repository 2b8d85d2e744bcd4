package systems.tasker.cli.command;

import java.nio.file.Path;
import java.util.Optional;
import systems.tasker.cli.discovery.EffectiveConfig;
import systems.tasker.cli.plugin.TaskerException;

/**
 * Where {@code generate} writes and for which language: inside a generated project, its
 * {@code .tasker-cli.toml} says both, so no {@code --language} or {@code -o} is needed.
 */
final class ProjectTarget {

  static final String PROJECT_CONFIG = ".tasker-cli.toml";

  private ProjectTarget() {}

  /** {@code --language}, else the configuration's {@code default-language}, else a usage error. */
  static String language(CliContext context, String language, String command) {
    if (language != null) {
      return language;
    }
    EffectiveConfig config = context.config();
    if (config.defaultLanguage().isSet()) {
      return config.defaultLanguage().value();
    }
    throw new TaskerException(TaskerException.Kind.USAGE,
        command + " needs a language: no --language, and no default-language in a .tasker-cli.toml",
        "pass --language ruby|python|typescript|rust, or run it inside a project made by 'tasker-cli init'");
  }

  /**
   * {@code -o DIR}, else a {@code default-output-dir} set in the configuration (inside the project
   * when the project's own file sets it), else the root of the project (the folder of the nearest
   * {@code .tasker-cli.toml}), else the working directory.
   */
  static Path outputDir(CliContext context, WriteOptions options) {
    if (options.output != null) {
      return context.resolve(options.output);
    }
    EffectiveConfig config = context.config();
    Optional<Path> configured = config.configuredOutputDir();
    if (configured.isPresent()) {
      return configured.get();
    }
    Path file = config.file();
    if (file != null && file.getFileName().toString().equals(PROJECT_CONFIG)) {
      return file.getParent();
    }
    return context.environment().workingDirectory();
  }
}
