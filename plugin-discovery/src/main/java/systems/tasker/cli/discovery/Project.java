package systems.tasker.cli.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import systems.tasker.cli.plugin.ProjectSpec;
import systems.tasker.cli.plugin.TomlFiles;

/**
 * The project a command runs in: the directory of the nearest {@code .tasker-cli.toml} from the
 * working directory upward, and what its {@code .tasker-cli-answers.toml} says made it. From any
 * subdirectory of a project, its plugins ({@code .tasker-cli/plugins/}) and its files are found
 * from this root.
 *
 * @param root the project's root directory
 * @param generatedBy the plugin that made it, when its answers file says so
 */
public record Project(Path root, Optional<GeneratedBy> generatedBy) {

  public Project {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(generatedBy, "generatedBy");
  }

  /**
   * What {@code init} recorded of the plugin that made the project.
   *
   * @param plugin the plugin's name
   * @param version its version then, or {@code null}
   * @param language the language the project was made for, or {@code null}
   */
  public record GeneratedBy(String plugin, String version, String language) {

    public GeneratedBy {
      Objects.requireNonNull(plugin, "plugin");
    }
  }

  /**
   * The project around the working directory, if any. A repository's answers file is untrusted
   * and only ever names a plugin to prefer among those installed: one that is not a readable
   * TOML file, or says nothing usable, is ignored.
   */
  public static Optional<Project> find(Environment env) {
    return nearestHolding(env.workingDirectory(), ConfigLoader.PROJECT_FILE_NAME)
        .map(Project::at);
  }

  /**
   * The nearest directory from {@code start} upward that holds an entry named {@code fileName}
   * (of any kind: a link is not followed).
   */
  public static Optional<Path> nearestHolding(Path start, String fileName) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(fileName), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** The project whose root is {@code root} (where its {@code .tasker-cli.toml} is). */
  public static Project at(Path root) {
    return new Project(root, generatedBy(root.resolve(ProjectSpec.ANSWERS_FILE)));
  }

  private static Optional<GeneratedBy> generatedBy(Path answers) {
    if (!Files.isRegularFile(answers)) {
      return Optional.empty();
    }
    TomlFiles.Parsed parsed = TomlFiles.parse(answers, TomlFiles.Kind.CONFIG);
    if (!parsed.ok()) {
      return Optional.empty();
    }
    JsonNode generator = parsed.document().path("generator");
    JsonNode plugin = generator.path("plugin");
    if (!plugin.isTextual() || plugin.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new GeneratedBy(plugin.asText(), text(generator, "plugin_version"),
        text(generator, "language")));
  }

  private static String text(JsonNode table, String key) {
    JsonNode value = table.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
