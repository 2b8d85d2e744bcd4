package systems.tasker.cli.plugin;

import java.util.Locale;
import java.util.Optional;

/** The declared type of a template parameter; {@link #STRING} when none is given. */
public enum ParameterType {
  STRING,
  BOOLEAN,
  INTEGER,
  CHOICE,
  LIST;

  /** The lowercase word used in {@code template.toml} and in output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a type word as written in {@code template.toml}; empty when it is not one. */
  public static Optional<ParameterType> fromLabel(String label) {
    for (ParameterType type : values()) {
      if (type.label().equals(label)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
