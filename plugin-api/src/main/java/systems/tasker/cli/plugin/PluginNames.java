package systems.tasker.cli.plugin;

import java.util.regex.Pattern;

/**
 * The alphabet of the names a plugin supplies: template, language, framework and parameter names
 * (plugin names have their own, stricter rule: {@link PluginManifest#isValidName}).
 *
 * <p>These words leave the plugin: shell completion offers them on a command line, parameters
 * become {@code --options}, and every listing prints them on a terminal. A plugin is untrusted
 * data, so a name is an identifier-like word that no shell, terminal or option parser gives a
 * meaning to: ASCII letters and digits first, then letters, digits, {@code _}, {@code -} and
 * {@code .}, at most {@value #MAX_LENGTH} characters. Every plugin published for the Rust CLI
 * uses such names ({@code step_handler}, {@code tasker-contrib-python}, {@code ruby}).
 */
public final class PluginNames {

  /** The longest name accepted. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

  private PluginNames() {}

  /** Whether {@code name} is a valid template, language, framework or parameter name. */
  public static boolean isValid(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** What a valid name looks like, for messages. */
  static String rule() {
    return "ASCII letters, digits, '_', '-' and '.', starting with a letter or digit, at most "
        + MAX_LENGTH + " characters";
  }
}
