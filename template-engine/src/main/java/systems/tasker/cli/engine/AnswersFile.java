package systems.tasker.cli.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.engine.plan.PlannedFile;

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
 */
public record AnswersFile(String plugin, String pluginVersion, String template, String language,
    Map<String, Object> values) implements ProjectContributor {

  /** Where the file goes, in the project. */
  public static final String PATH = ".tasker-cli-answers.toml";

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
        .append("language = ").append(TomlText.value(language)).append('\n')
        .append("\n[parameters]\n");
    values.forEach((key, value) -> text.append(TomlText.key(key)).append(" = ")
        .append(TomlText.value(value)).append('\n'));
    return List.of(new PlannedFile(PATH, text.toString().getBytes(StandardCharsets.UTF_8), false,
        "tasker-cli init"));
  }
}
