package systems.tasker.cli.discovery;

import java.util.List;
import java.util.Objects;

/**
 * The template a name resolved to.
 *
 * @param chosen the template to use
 * @param passedOver other templates of the same name that also matched the filter, best first:
 *     lower-priority plugins, or ones less specific to the language or framework asked for
 */
public record TemplateMatch(TemplateEntry chosen, List<TemplateEntry> passedOver) {

  public TemplateMatch {
    Objects.requireNonNull(chosen, "chosen");
    passedOver = List.copyOf(passedOver);
  }
}
