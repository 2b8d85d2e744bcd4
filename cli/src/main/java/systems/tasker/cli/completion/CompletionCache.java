package systems.tasker.cli.completion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.zip.CRC32;
import systems.tasker.cli.discovery.ConfigLoader;
import systems.tasker.cli.discovery.Environment;
import systems.tasker.cli.discovery.SearchPaths;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.PluginNames;

/**
 * The names shell completion offers, kept in {@code $XDG_CACHE_HOME/tasker-cli/complete} so that a
 * TAB reads a file instead of starting a JVM. Every run that discovered the plugins anyway (and
 * was not pointed elsewhere with {@code --plugin-path}, {@code --config} or {@code --profile})
 * refreshes it, and only rewrites it when what it would hold changed.
 *
 * <p>UTF-8, one record a line, fields separated by a tab; the first line says what the rest is
 * for:
 *
 * <pre>
 * tasker-cli-complete  1  CONTEXT  FINGERPRINT
 * command   PATH  NAME  DESCRIPTION        (PATH: "tasker-cli", "tasker-cli template", ...)
 * option    PATH  NAME  DESCRIPTION
 * template  NAME  DESCRIPTION
 * param     TEMPLATE-KEY  --OPTION  DESCRIPTION   (TEMPLATE-KEY: lower case, '-' as '_')
 * plugin    NAME  DESCRIPTION
 * language  NAME
 * </pre>
 *
 * <p>CONTEXT is what of the working directory decides which plugins are found: the nearest
 * {@code .tasker-cli.toml} upward and the {@code .tasker-cli/plugins} directory, each a path or
 * empty, joined by {@code |}. The scripts compute the same from {@code pwd -P} and use the file
 * only when it matches. FINGERPRINT changes with the CLI's version and with every plugin,
 * manifest and {@code template.toml} found.
 *
 * <p>The words come from plugins, so every name is one a plugin may have ({@link
 * PluginNames#isValid}), and descriptions are one line of printable text without tabs. The scripts
 * filter again: the file is only ever data to them.
 */
public final class CompletionCache {

  /** The first field of the first line. */
  public static final String MAGIC = "tasker-cli-complete";

  /** The version of the format; the scripts ignore a file of another. */
  public static final String FORMAT = "1";

  private static final int MAX_DESCRIPTION = 160;

  private final Path file;
  private final String header;
  private final StringBuilder text = new StringBuilder();

  private CompletionCache(Path file, String header) {
    this.file = file;
    this.header = header;
  }

  /** Where the cache lives: {@code $XDG_CACHE_HOME/tasker-cli/complete}. */
  public static Path file(Environment environment) {
    return environment.xdgCacheHome().resolve("tasker-cli").resolve("complete");
  }

  /**
   * The cache for {@code environment} whose content has {@code fingerprint}, or {@code null} when
   * the file already holds exactly that (or the working directory's paths cannot be written on
   * one line).
   */
  public static CompletionCache ifChanged(Environment environment, Fingerprint fingerprint) {
    String context = context(environment);
    if (context == null) {
      return null;
    }
    Path file = file(environment);
    String header = MAGIC + '\t' + FORMAT + '\t' + context + '\t' + fingerprint.value();
    return header.equals(firstLine(file)) ? null : new CompletionCache(file, header);
  }

  /**
   * The nearest {@code .tasker-cli.toml} from the working directory upward and the project plugin
   * directory, each a path or empty, joined by {@code |}; {@code null} when a path holds a tab or
   * line break.
   */
  static String context(Environment environment) {
    String config = "";
    for (Path dir = environment.workingDirectory(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(ConfigLoader.PROJECT_FILE_NAME);
      if (Files.exists(candidate)) {
        config = candidate.toString();
        break;
      }
    }
    Path plugins = environment.workingDirectory().resolve(SearchPaths.PROJECT_PLUGINS);
    String context = config + '|' + (Files.exists(plugins) ? plugins.toString() : "");
    return context.indexOf('\t') >= 0 || context.indexOf('\n') >= 0 || context.indexOf('\r') >= 0
        ? null : context;
  }

  private static String firstLine(Path file) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 512)) {
      return reader.readLine();
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** A command or option of the command at {@code path}. */
  public CompletionCache add(String kind, String path, String name, String description) {
    return line(kind, path, name, oneLine(description));
  }

  /** A template, plugin or language ({@code description} may be null). */
  public CompletionCache add(String kind, String name, String description) {
    if (PluginNames.isValid(name)) {
      line(kind, name, description == null ? null : oneLine(description));
    }
    return this;
  }

  /** A parameter of the template {@code template}, as its option {@code --name}. */
  public CompletionCache param(String template, String option, String description) {
    if (PluginNames.isValid(template) && option.startsWith("--")
        && PluginNames.isValid(option.substring(2))) {
      line("param", template.toLowerCase(Locale.ROOT).replace('-', '_'), option,
          oneLine(description));
    }
    return this;
  }

  private CompletionCache line(String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] == null) {
        break;
      }
      text.append(i == 0 ? "" : "\t").append(fields[i]);
    }
    text.append('\n');
    return this;
  }

  /** Writes the file whole: a temporary sibling first, then a rename over the old one. */
  public void write() throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), ".complete-", ".tmp");
    try {
      Files.writeString(temporary, header + '\n' + text, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * {@code description} as one line: controls, tabs and what a terminal could take as a command
   * become spaces, runs of spaces one, at most {@value #MAX_DESCRIPTION} characters.
   */
  static String oneLine(String description) {
    if (description == null) {
      return "";
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < description.length() && line.length() < MAX_DESCRIPTION; i++) {
      char c = description.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isISOControl(c)
          || TerminalText.isUnsafe(c) || Character.getType(c) == Character.FORMAT;
      if (!blank) {
        line.append(c);
      } else if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
        line.append(' ');
      }
    }
    return line.toString().strip();
  }

  /** What the cache's content depends on, reduced to a few characters. */
  public static final class Fingerprint {
    private final CRC32 crc = new CRC32();
    private long length;

    /** Adds {@code part} (a name, a version, a path). */
    public Fingerprint add(String part) {
      byte[] bytes = (part + '\n').getBytes(StandardCharsets.UTF_8);
      crc.update(bytes);
      length += bytes.length;
      return this;
    }

    /** Adds the size and modification time of {@code file}, or that there is none. */
    public Fingerprint addFile(Path file) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return add(file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
      } catch (NoSuchFileException missing) {
        return add(file + " missing");
      } catch (IOException | RuntimeException unreadable) {
        return add(file + " unreadable");
      }
    }

    String value() {
      return Long.toHexString(crc.getValue()) + "-" + Long.toHexString(length);
    }
  }
}
