package systems.tasker.cli.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.engine.plan.PlannedFile;
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
 */
public record AnswersFile(String plugin, String pluginVersion, String template, String language,
    Map<String, Object> values, Map<String, String> source) implements ProjectContributor {

  /** Where the file goes, in the project. */
  public static final String PATH = ".tasker-cli-answers.toml";

  public AnswersFile {
    // Kept in the order given: it is the order of the lines written.
    source = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(source));
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
    return List.of(new PlannedFile(PATH, text.toString().getBytes(StandardCharsets.UTF_8), false,
        "tasker-cli init"));
  }
}
