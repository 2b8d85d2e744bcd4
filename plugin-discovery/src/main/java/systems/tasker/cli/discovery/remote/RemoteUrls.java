package systems.tasker.cli.discovery.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a remote's URL says, and how it may be shown. A URL may carry credentials ({@code
 * https://user:token@host/repo}, or a token as the user name); they are never printed, written to
 * a file, or kept in the cache's records: {@link #display} drops them.
 */
public final class RemoteUrls {

  /** {@code scheme://[userinfo@]rest}. */
  private static final Pattern WITH_SCHEME =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://(?:([^/@]*)@)?(.*)$", Pattern.DOTALL);

  /** git's scp-like syntax: {@code [user@]host:path}, the host without a slash before the colon. */
  private static final Pattern SCP_LIKE =
      Pattern.compile("^(?:([^/@:]+)@)?([^/:]{2,}):(?!//)(.*)$", Pattern.DOTALL);

  /** How a remote is reached. */
  public enum Kind {
    HTTPS,
    HTTP,
    SSH,
    GIT,
    FILE,
    /** A plain path on this machine (absolute once the configuration resolved it). */
    LOCAL_PATH,
    UNSUPPORTED
  }

  private RemoteUrls() {}

  /** How {@code url} is reached. */
  public static Kind kind(String url) {
    Matcher scheme = WITH_SCHEME.matcher(url);
    if (scheme.matches()) {
      return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
        case "https" -> Kind.HTTPS;
        case "http" -> Kind.HTTP;
        case "ssh", "git+ssh", "ssh+git" -> Kind.SSH;
        case "git" -> Kind.GIT;
        case "file" -> Kind.FILE;
        default -> Kind.UNSUPPORTED;
      };
    }
    if (url.startsWith("/") || url.startsWith("./") || url.startsWith("../") || url.startsWith("~")) {
      return Kind.LOCAL_PATH;
    }
    return SCP_LIKE.matcher(url).matches() ? Kind.SSH : Kind.LOCAL_PATH;
  }

  /**
   * {@code url} without credentials. Over http(s), git and file URLs the whole user part goes (a
   * token is often passed as the user name); over ssh the user name stays ({@code git@host} is no
   * secret) and only a password goes.
   */
  public static String display(String url) {
    Matcher scheme = WITH_SCHEME.matcher(url);
    if (scheme.matches()) {
      String userInfo = scheme.group(2);
      if (userInfo == null) {
        return url;
      }
      String kept = "";
      if (kind(url) == Kind.SSH) {
        int colon = userInfo.indexOf(':');
        kept = (colon < 0 ? userInfo : userInfo.substring(0, colon)) + "@";
      }
      return scheme.group(1) + "://" + kept + scheme.group(3);
    }
    return url;
  }

  /**
   * {@code text} (a library's error message, say) with every trace of {@code url}'s credentials
   * replaced: the URL itself by its {@link #display} form, then the user part and password
   * wherever they still appear.
   */
  public static String redact(String text, String url) {
    if (text == null) {
      return "";
    }
    String redacted = text.replace(url, display(url));
    Matcher scheme = WITH_SCHEME.matcher(url);
    if (scheme.matches() && scheme.group(2) != null && !scheme.group(2).isEmpty()) {
      String userInfo = scheme.group(2);
      redacted = redacted.replace(userInfo + "@", "");
      for (String part : userInfo.split(":", -1)) {
        // Short parts ("git", "x") would blank out ordinary words; a secret is longer.
        if (part.length() >= 4 && !(kind(url) == Kind.SSH && userInfo.startsWith(part))) {
          redacted = redacted.replace(part, "***");
        }
      }
    }
    return redacted;
  }

  /** The cache directory name of an ad hoc {@code --url}: {@code _url_} and 16 hex digits. */
  public static String adHocName(String url) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(display(url).getBytes(StandardCharsets.UTF_8));
      return "_url_" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
