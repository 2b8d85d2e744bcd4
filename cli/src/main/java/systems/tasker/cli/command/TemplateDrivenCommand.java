package systems.tasker.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.plugin.TemplateMetadata;

/**
 * A command whose options depend on a template: after a first, lenient parse it names the
 * template it will render, and every declared parameter becomes an option of its own
 * ({@code --handler-type api}), so {@code --help} and typo suggestions know them.
 */
public abstract class TemplateDrivenCommand extends TaskerCommand {

  private final Map<String, String> parameterValues = new LinkedHashMap<>();

  /** The template the command renders, judged from what was parsed. */
  protected abstract TemplateEntry template();

  /** The template the command will render, judged from what the first parse set; empty if unknown. */
  public Optional<TemplateMetadata> templateForOptions() {
    return Optional.of(metadata(template()));
  }

  /** The template's {@code template.toml}, read once per run. */
  protected final TemplateMetadata metadata(TemplateEntry entry) {
    return context().templates().metadata(entry);
  }

  /** Where the parameter options put what the user typed (parameter name → raw value). */
  public final Map<String, String> parameterValues() {
    return parameterValues;
  }

  /** Parameters that must not become options because the command sets them itself. */
  public Set<String> parametersSetByCommand() {
    return Set.of();
  }

  /**
   * The raw values for the template: {@code --param k=v}, overridden by the parameter options,
   * overridden by what the command sets itself (its NAME, {@code --steps}, …).
   */
  protected final Map<String, String> given(Map<String, String> params, Map<String, String> setByCommand) {
    Map<String, String> given = new LinkedHashMap<>(params);
    given.putAll(parameterValues);
    given.putAll(setByCommand);
    return given;
  }
}
