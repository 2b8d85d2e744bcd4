package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import systems.tasker.cli.completion.CompletionScript;

/**
 * The completion scripts in a real bash (and zsh, where installed): sourced, the completion
 * function called as the shell would, with a {@code tasker-cli} on PATH that runs the built jar on
 * the repository's contrib plugins.
 */
class CompletionScriptIT {

  private static final Path JAR = Path.of("target/tasker-cli.jar").toAbsolutePath();
  private static final Path CONTRIB = Path.of("../contrib-plugins").toAbsolutePath().normalize();

  @TempDir Path temp;

  @Test
  void templateInfoCompletesTemplateNamesFromTheInstalledPlugins() throws Exception {
    assertThat(complete("template", "info", "")).contains("step_handler", "project");
  }

  @Test
  void languageValuesComeFromThePlugins() throws Exception {
    assertThat(complete("template", "list", "--language", "py")).containsExactly("python");
  }

  @Test
  void commandsOptionsAndEnumValuesComeFromTheModel() throws Exception {
    assertThat(complete("te")).containsExactly("template");
    assertThat(complete("plugin", "")).containsExactly("list", "validate", "new");
    assertThat(complete("plugin", "validate", "--st")).containsExactly("--strict");
    assertThat(complete("config", "show", "--format", "")).containsExactly("text", "json");
  }

  @Test
  void namesFallBackQuietlyToNothingWhenTheCliFails() throws Exception {
    Path broken = temp.resolve("broken-bin");
    Files.createDirectories(broken);
    script(broken.resolve("tasker-cli"), "#!/bin/sh\necho 'boom' >&2\nexit 1\n");

    Process process = bash(broken, "template", "info", "");

    assertThat(lines(process)).isEmpty();
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    assertThat(process.waitFor()).isEqualTo(0);
  }

  @Test
  void zshScriptOffersTemplateNamesToCompadd() throws Exception {
    Process process = zsh(stubOnPath(), "template", "info", "");

    assertThat(lines(process)).contains("step_handler", "project");
    assertThat(process.waitFor()).isEqualTo(0);
  }

  private Process zsh(Path bin, String... words) throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/zsh")) || Files.isExecutable(Path.of("/usr/bin/zsh")),
        "zsh is not installed");
    Path file = temp.resolve("_tasker-cli");
    Files.writeString(file, CompletionScript.zsh(DistFiles.model()), StandardCharsets.UTF_8);
    // compadd and compdef stand in for zsh's completion system: print what would be offered.
    String command = "compadd() { shift; print -l -- \"$@\"; }; compdef() { :; }; source '" + file
        + "'; words=(tasker-cli" + quoted(words) + "); CURRENT=" + (words.length + 1)
        + "; _tasker-cli";
    ProcessBuilder builder = new ProcessBuilder("zsh", "-f", "-c", command);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.directory(temp.toFile());
    return builder.start();
  }

  /** The words, each in single quotes, each after a space. */
  private static String quoted(String... words) {
    StringBuilder text = new StringBuilder();
    for (String word : words) {
      text.append(" '").append(word.replace("'", "'\\''")).append('\'');
    }
    return text.toString();
  }

  /**
   * A plugin is untrusted: whatever names reach the script (here printed by a stand-in for
   * {@code tasker-cli __complete}), none is run and only plain words are offered.
   */
  @Test
  void hostileNamesAreNeitherRunNorOfferedByBash() throws Exception {
    Process process = bash(hostileNamesOnPath(), "template", "info", "");

    assertThat(lines(process)).containsExactly("safe_name");
    assertThat(process.waitFor()).isEqualTo(0);
    assertThat(markers()).isEmpty();
  }

  @Test
  void hostileNamesAreNeitherRunNorOfferedByZsh() throws Exception {
    Process process = zsh(hostileNamesOnPath(), "template", "info", "");

    assertThat(lines(process)).containsExactly("safe_name");
    assertThat(process.waitFor()).isEqualTo(0);
    assertThat(markers()).isEmpty();
  }

  @Test
  void hostileWordsOnTheCommandLineAreNeverRun() throws Exception {
    Path bin = hostileNamesOnPath();

    for (String[] words : List.of(
        new String[] {"template", "info", "$(touch MARK-cursor)"},
        new String[] {"template", "info", "`touch MARK-tick`"},
        new String[] {"--plugin-path", "$(touch MARK-dir)"},
        new String[] {"$(touch MARK-before)", "plugin", "validate", "--format", ""},
        new String[] {"plugin", "validate", "$(touch MARK-file)"})) {
      Process process = bash(bin, words);
      lines(process);
      assertThat(process.waitFor()).as(String.join(" ", words)).isEqualTo(0);
    }

    assertThat(markers()).isEmpty();
  }

  /** A stand-in {@code tasker-cli} whose names try to run commands and drive the terminal. */
  private Path hostileNamesOnPath() throws IOException {
    Path bin = temp.resolve("hostile-bin");
    Files.createDirectories(bin);
    script(bin.resolve("tasker-cli"), String.join("\n",
        "#!/bin/sh",
        "printf '%s\\n' '$(touch MARK-dollar)' '`touch MARK-backtick`' 'a;touch MARK-semicolon'"
            + " '$(IFS=_;cmd=touch_MARK-ifs;$cmd)' 'safe_name' \"$(printf 'red\\033[31m')\"",
        ""));
    return bin;
  }

  private List<Path> markers() throws IOException {
    try (var files = Files.list(temp)) {
      return files.filter(file -> file.getFileName().toString().startsWith("MARK")).toList();
    }
  }

  private Path stubOnPath() throws IOException {
    Path bin = temp.resolve("bin");
    Files.createDirectories(bin);
    String java = ProcessHandle.current().info().command().orElse("java");
    script(bin.resolve("tasker-cli"), "#!/bin/sh\nTASKER_CLI_SYSTEM_PLUGINS='" + CONTRIB
        + "' exec '" + java + "' -jar '" + JAR + "' \"$@\"\n");
    return bin;
  }

  private List<String> complete(String... words) throws Exception {
    Process process = bash(stubOnPath(), words);
    List<String> offered = lines(process);
    assertThat(process.waitFor()).isEqualTo(0);
    return offered;
  }

  private Process bash(Path bin, String... words) throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    Path file = temp.resolve("tasker-cli.bash");
    Files.writeString(file, CompletionScript.bash(DistFiles.model()), StandardCharsets.UTF_8);
    String command = "source '" + file + "'; COMP_WORDS=(tasker-cli" + quoted(words) + "); COMP_CWORD="
        + words.length + "; __tasker_cli_bash; printf '%s\\n' \"${COMPREPLY[@]}\"";
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", command);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("HOME", temp.toString());
    builder.directory(temp.toFile());
    return builder.start();
  }

  private static List<String> lines(Process process) throws IOException {
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return out.lines().filter(line -> !line.isEmpty()).toList();
  }

  private static void script(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
