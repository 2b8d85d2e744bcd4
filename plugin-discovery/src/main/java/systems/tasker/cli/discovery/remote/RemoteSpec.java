package systems.tasker.cli.discovery.remote;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A git repository of plugins, as a configuration declares it ({@code [[remotes]]}, the keys of
 * tasker-ctl's {@code RemoteConfig}: {@code crates/tasker-ctl/src/cli_config/mod.rs}) or as
 * {@code --url} names it for one run.
 *
 * @param name the remote's name: its cache directory and its source label {@code remote:<name>};
 *     {@code _url_<hash>} for an ad hoc URL
 * @param url as written, possibly with credentials: never print it, print {@link #displayUrl()}
 * @param ref the branch, tag or commit to check out
 * @param pluginPath where the plugins are inside the repository, relative, {@code /}-separated;
 *     empty for the repository's root
 * @param declaredIn where it was declared, for {@code config show} and {@code remote list}
 * @param fromProject whether the project's own {@code .tasker-cli.toml} declared it (chosen by the
 *     project, not by the user)
 */
public record RemoteSpec(
    String name, String url, String ref, String pluginPath, String declaredIn, boolean fromProject) {

  /** The ref tasker-ctl checks out when none is configured. */
  public static final String DEFAULT_REF = "main";

  /** The remote {@code use-published-plugins = true} adds. */
  public static final String PUBLISHED_NAME = "tasker-contrib";

  /** Where the published Tasker plugins live. */
  public static final String PUBLISHED_URL = "https://github.com/tasker-systems/tasker-contrib";

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 64;

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_NAME_LENGTH - 1) + "}");

  public RemoteSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(ref, "ref");
    pluginPath = pluginPath == null ? "" : pluginPath;
    Objects.requireNonNull(declaredIn, "declaredIn");
  }

  /** An ad hoc {@code --url}, cached by a hash of the URL (without its credentials). */
  public static RemoteSpec adHoc(String url, String ref) {
    return new RemoteSpec(RemoteUrls.adHocName(url), url, ref == null ? DEFAULT_REF : ref, "",
        "--url", false);
  }

  /**
   * Whether {@code name} may name a remote: a directory name and a word for terminals and shells
   * ({@value #MAX_NAME_LENGTH} characters of ASCII letters, digits, {@code .}, {@code _} and
   * {@code -}, starting with a letter or digit, so never {@code _url_…}).
   */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** What a valid name looks like, for messages. */
  public static String nameRule() {
    return "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit, at most "
        + MAX_NAME_LENGTH + " characters";
  }

  /**
   * Whether {@code path} may be a {@code plugin-path}: relative, {@code /}-separated, without
   * {@code ..}, NUL or backslash.
   */
  public static boolean isValidPluginPath(String path) {
    if (path.isEmpty()) {
      return true;
    }
    if (path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0
        || path.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** Whether this is a {@code --url} of one run rather than a configured remote. */
  public boolean isAdHoc() {
    return name.startsWith("_url_");
  }

  /** The URL without credentials: the only form ever shown or written. */
  public String displayUrl() {
    return RemoteUrls.display(url);
  }

  /** {@code remote:<name>}, or {@code remote:<url>} for an ad hoc URL. */
  public String label() {
    return "remote:" + (isAdHoc() ? displayUrl() : name);
  }

  @Override
  public String toString() {
    // Records print every component: keep the credentials out of logs and assertion messages.
    return "RemoteSpec[" + name + ", " + displayUrl() + ", " + ref + ", " + pluginPath + "]";
  }
}
