package systems.tasker.cli.discovery;

import java.util.Objects;

/**
 * A configuration value and where it came from.
 *
 * @param value the value, or {@code null} when nothing set it and there is no default
 * @param origin where it came from
 */
public record ConfigValue<T>(T value, ConfigOrigin origin) {

  public ConfigValue {
    Objects.requireNonNull(origin, "origin");
  }

  /** A value that nothing set. */
  public static <T> ConfigValue<T> unset() {
    return new ConfigValue<>(null, ConfigOrigin.DEFAULT);
  }

  public boolean isSet() {
    return value != null;
  }
}
