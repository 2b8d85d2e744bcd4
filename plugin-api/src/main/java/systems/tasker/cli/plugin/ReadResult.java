package systems.tasker.cli.plugin;

import java.util.List;
import java.util.Optional;

/**
 * What a reader returns: the model when the file could be read at all, and every problem found.
 *
 * @param value the model, or {@code null} when the file could not be read or parsed
 * @param diagnostics every error and warning, in file order
 */
public record ReadResult<T>(T value, List<Diagnostic> diagnostics) {

  public ReadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public Optional<T> model() {
    return Optional.ofNullable(value);
  }

  public boolean hasErrors() {
    return value == null || diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
