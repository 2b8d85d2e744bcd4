package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.List;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;

/** {@code --profile} or {@code [cli] default-profile} names a profile the configuration lacks. */
public final class UnknownProfileException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String profile;
  private final List<String> knownProfiles;

  /**
   * @param table the table profiles are declared in: {@code profiles}, or {@code profile} in
   *     tasker-ctl's unified file; {@code null} in tasker-ctl's other files, which have none
   */
  UnknownProfileException(String profile, List<String> knownProfiles, Path file, String table) {
    super(Kind.USAGE, message(profile, knownProfiles, file),
        hint(profile, knownProfiles, file, table));
    this.profile = profile;
    this.knownProfiles = List.copyOf(knownProfiles);
  }

  public String profile() {
    return profile;
  }

  /** The profiles the configuration file defines, in file order. */
  public List<String> knownProfiles() {
    return knownProfiles;
  }

  private static String message(String profile, List<String> known, Path file) {
    String unknown = "unknown profile '" + profile + "'";
    if (file == null) {
      return unknown + ": no configuration file was found";
    }
    if (known.isEmpty()) {
      return unknown + ": " + file + " defines no profiles";
    }
    return unknown
        + Suggestions.didYouMean(profile, known)
        + "; known profiles: "
        + String.join(", ", known);
  }

  private static String hint(String profile, List<String> known, Path file, String table) {
    if (file == null) {
      return "create .tasker-cli.toml with a [profiles."
          + profile
          + "] table, or pass --config FILE";
    }
    if (table == null) {
      return "tasker-ctl's " + file.getFileName() + " has no profiles: drop --profile, or write"
          + " the profile as [profiles." + profile + "] in a .tasker-cli.toml";
    }
    if (known.isEmpty()) {
      return "add a [" + table + "." + profile + "] table to " + file;
    }
    return "pick one of the profiles defined in " + file;
  }
}
