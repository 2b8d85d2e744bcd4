package systems.tasker.cli.command;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import systems.tasker.cli.plugin.TemplateMetadata;

/**
 * A command whose options depend on a template: after a first, lenient parse it names the
 * template it will render, and every declared parameter becomes an option of its own
 * ({@code --handler-type api}), so {@code --help} and typo suggestions know them.
 */
public interface TemplateDrivenCommand {

  /** The template the command will render, judged from what the first parse set; empty if unknown. */
  Optional<TemplateMetadata> templateForOptions();

  /** Where the parameter options put what the user typed (parameter name → raw value). */
  Map<String, String> parameterValues();

  /** Parameters that must not become options because the command sets them itself. */
  default Set<String> parametersSetByCommand() {
    return Set.of();
  }
}
