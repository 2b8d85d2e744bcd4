package systems.tasker.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.PluginSource;
import systems.tasker.cli.discovery.RemoteOrigin;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.engine.AnswersFile;
import systems.tasker.cli.plugin.TomlFiles;
import systems.tasker.cli.plugin.TomlText;

/**
 * Where a template came from, as {@code .tasker-cli-answers.toml} records it for a later
 * {@code update}: a remote's URL (never its credentials), ref and commit, or the plugin's path.
 */
final class Provenance {

  private Provenance() {}

  /** The {@code [source]} keys of the plugin that offers {@code entry}, in a stable order. */
  static Map<String, String> of(TemplateEntry entry) {
    DiscoveredPlugin plugin = entry.plugin();
    Map<String, String> source = new LinkedHashMap<>();
    RemoteOrigin remote = plugin.remote();
    if (remote != null) {
      source.put("kind", "remote");
      if (!remote.remote().isAdHoc()) {
        source.put("remote", remote.remote().name());
      }
      source.put("url", remote.remote().displayUrl());
      source.put("ref", remote.remote().ref());
      source.put("commit", remote.commit());
      if (!remote.remote().pluginPath().isEmpty()) {
        source.put("plugin_path", remote.remote().pluginPath());
      }
    } else if (plugin.source() == PluginSource.BUILTIN) {
      source.put("kind", "builtin");
    } else {
      source.put("kind", "path");
      source.put("path", plugin.directory().toString());
    }
    return source;
  }


  /**
   * After {@code template generate} of a remote's template: adds a {@code [[generated]]} entry
   * (template, plugin, source, answers) to {@code .tasker-cli-answers.toml} in the output
   * directory, creating it if needed. The file is replaced whole through a temporary sibling; one
   * that is a link or not a regular file is left alone, with a warning.
   */
  static void recordGeneration(CliContext context, Path outputDir, TemplateEntry entry,
      Map<String, Object> values) {
    Path answers = outputDir.resolve(AnswersFile.PATH);
    StringBuilder text = new StringBuilder();
    try {
      if (Files.exists(answers, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isRegularFile(answers, LinkOption.NOFOLLOW_LINKS)
            || Files.size(answers) > TomlFiles.MAX_BYTES) {
          context.warn(TerminalText.line(answers
              + " is not a regular file of tasker-cli; the remote's commit was not recorded"));
          return;
        }
        text.append(TomlFiles.decode(Files.readAllBytes(answers)));
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
        text.append('\n');
      } else {
        text.append("# Written by tasker-cli: which templates made these files, with which"
            + " answers.\n\n");
      }
      text.append("[[generated]]\n")
          .append("template = ").append(TomlText.value(entry.ref().name())).append('\n')
          .append("plugin = ").append(TomlText.value(entry.plugin().name())).append('\n')
          .append("plugin_version = ")
          .append(TomlText.value(entry.plugin().manifest().version())).append('\n')
          .append(AnswersFile.table("generated.source", of(entry)))
          .append("[generated.parameters]\n");
      values.forEach((key, value) -> text.append(TomlText.key(key)).append(" = ")
          .append(TomlText.value(value)).append('\n'));
      Path temporary = Files.createTempFile(outputDir, ".tasker-cli-answers", ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        move(temporary, answers);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      context.warn(TerminalText.line("cannot record the remote's commit in " + answers + ": "
          + e.getMessage()));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
