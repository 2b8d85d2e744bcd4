package systems.tasker.cli.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.engine.plan.PlannedPaths;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.ProjectSpec;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TomlFiles;
import systems.tasker.cli.plugin.TomlText;

/**
 * {@code .tasker-cli-answers.toml}, the last part of every project {@code init} makes: which
 * plugin and template made it, with which answers, so that later versions can regenerate or
 * update it.
 *
 * @param plugin the plugin of the project template
 * @param pluginVersion its version
 * @param template the project template's name
 * @param language the language the project was made for
 * @param values the project template's parameter values
 * @param source where the plugin came from, as the {@code [source]} table's keys and values in
 *     order ({@code kind = "remote"} with the remote's URL, ref and commit, or a {@code path});
 *     none is written when it is empty
 * @param files the hash of each file the template rendered ({@code update.FileHashes}), by path,
 *     the {@code [files]} table; empty in files written before it existed
 */
public record AnswersFile(String plugin, String pluginVersion, String template, String language,
    Map<String, Object> values, Map<String, String> source, Map<String, String> files)
    implements ProjectContributor {

  /** Where the file goes, in the project. */
  public static final String PATH = ProjectSpec.ANSWERS_FILE;

  public AnswersFile {
    // Kept in the order given: it is the order of the lines written.
    source = Collections.unmodifiableMap(new LinkedHashMap<>(source));
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /** An answers file that records no file hashes. */
  public AnswersFile(String plugin, String pluginVersion, String template, String language,
      Map<String, Object> values, Map<String, String> source) {
    this(plugin, pluginVersion, template, language, values, source, Map.of());
  }

  /** An answers file that does not say where its plugin came from. */
  public AnswersFile(String plugin, String pluginVersion, String template, String language,
      Map<String, Object> values) {
    this(plugin, pluginVersion, template, language, values, Map.of());
  }

  /** {@code [name]} with {@code entries} as keys and values, one a line. */
  public static String table(String name, Map<String, String> entries) {
    StringBuilder text = new StringBuilder("[").append(name).append("]\n");
    entries.forEach((key, value) -> text.append(TomlText.key(key)).append(" = ")
        .append(TomlText.value(value)).append('\n'));
    return text.toString();
  }

  @Override
  public List<PlannedFile> contribute() {
    StringBuilder text = new StringBuilder()
        .append("# Written by 'tasker-cli init': which template made this project, with which"
            + " answers.\n")
        .append("# Keep it under version control; it lets later tasker-cli versions regenerate"
            + " or update the project.\n")
        .append("\n[generator]\n")
        .append("plugin = ").append(TomlText.value(plugin)).append('\n')
        .append("plugin_version = ").append(TomlText.value(pluginVersion)).append('\n')
        .append("template = ").append(TomlText.value(template)).append('\n')
        .append("language = ").append(TomlText.value(language)).append('\n');
    if (!source.isEmpty()) {
      text.append('\n').append(table("source", source));
    }
    text.append("\n[parameters]\n");
    values.forEach((key, value) -> text.append(TomlText.key(key)).append(" = ")
        .append(TomlText.value(value)).append('\n'));
    if (!files.isEmpty()) {
      text.append("\n# The hash of each file as the template made it: what 'tasker-cli update'"
          + " compares with.\n").append(table("files", files));
    }
    return List.of(new PlannedFile(PATH, text.toString().getBytes(StandardCharsets.UTF_8), false,
        "tasker-cli init"));
  }

  /**
   * Reads the answers file of a project. The file is the project's, so it may be old (no
   * {@code [source]}, no {@code [files]}) or written by hand; only what a later {@code update}
   * needs must be there.
   *
   * @throws TaskerException (usage) when it does not parse, or lacks the generator's plugin,
   *     version or template, with the file, line and column
   */
  public static AnswersFile read(Path file) {
    TomlFiles.Parsed parsed = TomlFiles.parse(file, TomlFiles.Kind.CONFIG);
    if (!parsed.ok()) {
      Diagnostic problem = parsed.diagnostics().get(0);
      throw new TaskerException(TaskerException.Kind.USAGE,
          "cannot read " + problem.location() + ": " + problem.message(),
          "restore the project's " + PATH + " from version control");
    }
    JsonNode generator = parsed.document().path("generator");
    Map<String, Object> values = new LinkedHashMap<>();
    parsed.document().path("parameters").fields()
        .forEachRemaining(entry -> values.put(entry.getKey(), value(entry.getValue())));
    return new AnswersFile(required(file, generator, "plugin"),
        required(file, generator, "plugin_version"), required(file, generator, "template"),
        generator.path("language").asText(""), values,
        strings(file, parsed.document().path("source"), false),
        strings(file, parsed.document().path("files"), true));
  }

  private static String required(Path file, JsonNode generator, String key) {
    JsonNode value = generator.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          file + ": [generator] has no " + key + "; it does not say which template made the"
              + " project",
          "restore the project's " + PATH + " from version control");
    }
    return value.asText();
  }

  /** A table of strings; with {@code paths}, each key must be a plain relative path. */
  private static Map<String, String> strings(Path file, JsonNode table, boolean paths) {
    Map<String, String> strings = new LinkedHashMap<>();
    table.fields().forEachRemaining(entry -> {
      if (paths && PlannedPaths.problem(entry.getKey()) != null) {
        throw new TaskerException(TaskerException.Kind.USAGE,
            file + ": [files] names an unsafe path '" + entry.getKey() + "': "
                + PlannedPaths.problem(entry.getKey()),
            "restore the project's " + PATH + " from version control");
      }
      if (entry.getValue().isTextual()) {
        strings.put(entry.getKey(), entry.getValue().asText());
      }
    });
    return strings;
  }

  /** A TOML value as the engine types it: text, boolean, number or a list of texts. */
  private static Object value(JsonNode node) {
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      return items;
    }
    return node.asText();
  }
}
