package systems.tasker.cli.plugin;

import java.util.Locale;

/** How serious a {@link Diagnostic} is: errors make a plugin unusable, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lowercase word used in text and JSON output ({@code error}, {@code warning}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
