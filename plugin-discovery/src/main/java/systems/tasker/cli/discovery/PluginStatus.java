package systems.tasker.cli.discovery;

import java.util.Locale;

/** Whether a discovered plugin can be used. */
public enum PluginStatus {
  /** Usable: its templates are offered. */
  OK,
  /** Readable, but a higher-priority plugin has the same name. */
  SHADOWED,
  /** Its manifest is missing, does not parse, or has errors; see its diagnostics. */
  BROKEN;

  /** The lowercase word used in text and JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
