package systems.tasker.cli.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TomlFiles;
import systems.tasker.cli.plugin.TomlText;

/**
 * Adds and removes {@code [[remotes]]} tables in a configuration file's text, leaving every other
 * line — comments, blank lines, the order and spelling of keys — as it was. The file is never
 * re-serialised: a new remote is appended as a table of its own, a removed one is cut out line by
 * line, and the result is parsed again and must hold exactly the remotes intended, or nothing is
 * changed.
 */
public final class RemotesFileEditor {

  private static final Pattern REMOTES_HEADER =
      Pattern.compile("^\\s*\\[\\[\\s*remotes\\s*\\]\\]\\s*(#.*)?$");
  private static final Pattern ANY_HEADER = Pattern.compile("^\\s*\\[");
  private static final Pattern NAME_LINE =
      Pattern.compile("^\\s*name\\s*=\\s*(\"([^\"\\\\]*)\"|'([^']*)')\\s*(#.*)?$");

  private RemotesFileEditor() {}

  /**
   * The text of the configuration file to edit; empty when it does not exist yet.
   *
   * @throws ConfigException when it cannot be read or is not valid TOML: such a file is not
   *     edited
   */
  public static String read(Path file) {
    if (!java.nio.file.Files.exists(file)) {
      return "";
    }
    TomlFiles.Parsed parsed = TomlFiles.parse(file, TomlFiles.Kind.CONFIG);
    if (!parsed.ok()) {
      throw new ConfigException(parsed.diagnostics());
    }
    return parsed.source();
  }

  /**
   * The text with a {@code [[remotes]]} table for {@code remote} appended; the ref and
   * {@code plugin-path} are written only when they differ from the defaults, the ref as
   * {@code git-ref} in tasker-ctl's file, which tasker-ctl must still read.
   *
   * @throws TaskerException (usage) when the file already declares a remote of that name, or
   *     declares {@code remotes} in a form a table cannot be added to
   */
  public static String add(ConfigFile configFile, String text, String name, String url,
      String ref, String pluginPath) {
    Path file = configFile.path();
    List<String> before = topLevelRemoteNames(file, text);
    if (before.contains(name)) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "a remote named '" + name + "' is already declared in " + file,
          "choose another name, or 'tasker-cli remote remove " + name + "' first");
    }
    StringBuilder added = new StringBuilder(text);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      added.append('\n');
    }
    if (!text.isBlank()) {
      added.append('\n');
    }
    added.append("[[remotes]]\n")
        .append("name = ").append(TomlText.string(name)).append('\n')
        .append("url = ").append(TomlText.string(url)).append('\n');
    if (!ref.equals(systems.tasker.cli.discovery.remote.RemoteSpec.DEFAULT_REF)) {
      added.append(configFile.dialect().isTaskerCtl() ? "git-ref" : "ref").append(" = ")
          .append(TomlText.string(ref)).append('\n');
    }
    if (!pluginPath.isEmpty()) {
      added.append("plugin-path = ").append(TomlText.string(pluginPath)).append('\n');
    }
    String result = added.toString();
    List<String> expected = new ArrayList<>(before);
    expected.add(name);
    requireRemotes(file, result, expected);
    return result;
  }

  /**
   * The text without the top-level {@code [[remotes]]} table named {@code name}: its header and
   * lines up to the next table, keeping the comments that stand right before the next table.
   *
   * @throws TaskerException (usage) when no top-level remote has that name
   */
  public static String remove(Path file, String text, String name) {
    List<String> before = topLevelRemoteNames(file, text);
    if (!before.contains(name)) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "no [[remotes]] table named '" + name + "' in " + file,
          "'tasker-cli remote list' shows the remotes and where each is declared");
    }
    List<String> lines = text.lines().toList();
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size() && end < 0; i++) {
      if (!REMOTES_HEADER.matcher(lines.get(i)).matches()) {
        continue;
      }
      int next = i + 1;
      while (next < lines.size() && !ANY_HEADER.matcher(lines.get(next)).find()) {
        next++;
      }
      if (namesRemote(lines.subList(i + 1, next), name)) {
        start = i;
        end = next;
        // Comments and blank lines right before the next table belong to it.
        while (end > start + 1 && isCommentOrBlank(lines.get(end - 1))) {
          end--;
        }
      }
      i = next - 1;
    }
    if (start < 0) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "the remote '" + name + "' in " + file + " is not written as a [[remotes]] table of its"
              + " own; remove it by hand",
          "edit " + file);
    }
    // One blank line before the table goes with it, so removing does not pile up blank lines.
    if (start > 0 && lines.get(start - 1).isBlank()) {
      start--;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, start));
    kept.addAll(lines.subList(end, lines.size()));
    String result = kept.isEmpty() ? "" : String.join("\n", kept) + (text.endsWith("\n") ? "\n" : "");
    List<String> expected = new ArrayList<>(before);
    expected.remove(name);
    requireRemotes(file, result, expected);
    return result;
  }

  private static boolean namesRemote(List<String> body, String name) {
    for (String line : body) {
      Matcher matcher = NAME_LINE.matcher(line);
      if (matcher.matches()) {
        String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return name.equals(value);
      }
    }
    return false;
  }

  private static boolean isCommentOrBlank(String line) {
    String trimmed = line.strip();
    return trimmed.isEmpty() || trimmed.startsWith("#");
  }

  /** The names of the top-level remotes, in file order. */
  private static List<String> topLevelRemoteNames(Path file, String text) {
    TomlFiles.Parsed parsed = TomlFiles.parseText(file, text, TomlFiles.Kind.CONFIG);
    if (!parsed.ok()) {
      throw new ConfigException(parsed.diagnostics());
    }
    JsonNode remotes = parsed.document().get("remotes");
    List<String> names = new ArrayList<>();
    if (remotes == null) {
      return names;
    }
    if (!remotes.isArray()) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "remotes in " + file + " is not an array of tables; cannot add or remove one",
          "write each remote as a [[remotes]] table");
    }
    for (JsonNode remote : remotes) {
      JsonNode name = remote.get("name");
      names.add(name == null ? "" : name.asText());
    }
    return names;
  }

  /** The edit must leave exactly {@code expected} as the file's remotes, in that order. */
  private static void requireRemotes(Path file, String text, List<String> expected) {
    List<String> after = topLevelRemoteNames(file, text);
    if (!after.equals(expected)) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "editing " + file + " would not give the remotes " + expected + " but " + after
              + "; nothing was changed",
          "edit the [[remotes]] tables of " + file + " by hand");
    }
  }
}
