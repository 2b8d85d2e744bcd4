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
 * the repository's contrib plugins (or a stand-in), a home in the temporary directory and the
 * completion cache under it.
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
    return zsh(bin, false, words);
  }

  /**
   * The zsh script's completion function; compadd and compdef stand in for zsh's completion
   * system and print the words offered, or with {@code displays} the lines zsh would show.
   */
  private Process zsh(Path bin, boolean displays, String... words) throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/zsh")) || Files.isExecutable(Path.of("/usr/bin/zsh")),
        "zsh is not installed");
    Path file = temp.resolve("_tasker-cli");
    Files.writeString(file, CompletionScript.zsh(DistFiles.model()), StandardCharsets.UTF_8);
    String compadd = displays
        ? "compadd() { local d; while [[ $1 != -- ]]; do [[ $1 == -d ]] && { d=$2; shift; };"
            + " shift; done; print -l -- \"${(@P)d}\"; }; "
        : "compadd() { while [[ $1 != -- ]]; do shift; done; shift; print -l -- \"$@\"; }; ";
    String command = compadd + "compdef() { :; }; source '" + file
        + "'; words=(tasker-cli" + quoted(words) + "); CURRENT=" + (words.length + 1)
        + "; _tasker-cli";
    ProcessBuilder builder = new ProcessBuilder("zsh", "-f", "-c", command);
    environment(builder, bin);
    return builder.start();
  }

  /** PATH with {@code bin} first, the home (and so the completion cache) in the temporary directory. */
  private void environment(ProcessBuilder builder, Path bin) {
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("HOME", temp.toString());
    builder.environment().remove("XDG_CACHE_HOME");
    builder.environment().remove("XDG_CONFIG_HOME");
    builder.directory(temp.toFile());
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
    environment(builder, bin);
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

  // ------------------------------------------------------------------ the completion cache

  @Test
  void aRunWritesTheCacheAndTheNextTabReadsItWithoutStartingTheCli() throws Exception {
    assertThat(complete("template", "info", "")).contains("step_handler");
    assertThat(cacheFile()).exists();
    Path bin = markingCliOnPath();

    assertThat(lines(bash(bin, "template", "info", ""))).contains("step_handler", "project");
    assertThat(lines(bash(bin, "template", "list", "--language", "py"))).containsExactly("python");
    assertThat(lines(bash(bin, "template", "list", "--plugin", "tasker-contrib-r")))
        .containsExactly("tasker-contrib-rails", "tasker-contrib-ruby", "tasker-contrib-rust");
    assertThat(markers()).as("the CLI was not started").isEmpty();
  }

  @Test
  void templateParametersCompleteAfterTemplateGenerateNameFromTheCliAndFromTheCache()
      throws Exception {
    assertThat(complete("template", "generate", "docker_compose", "--me"))
        .containsExactly("--messaging");
    assertThat(cacheFile()).exists();

    Path bin = markingCliOnPath();
    assertThat(lines(bash(bin, "template", "generate", "Docker-Compose", "--me")))
        .containsExactly("--messaging");
    assertThat(lines(bash(bin, "template", "generate", "step_handler", "--pack")))
        .containsExactly("--package");
    assertThat(markers()).isEmpty();
  }

  @Test
  void zshShowsDescriptionsOfCommandsOptionsAndTemplates() throws Exception {
    complete("template", "info", "");   // this TAB runs the CLI, and the run writes the cache
    Path bin = markingCliOnPath();

    assertThat(lines(zsh(bin, true, ""))).contains(
        "template  -- List, describe and generate templates.",
        "init  -- Create a complete Tasker project whose own tests pass.");
    assertThat(lines(zsh(bin, true, "template", "list", "--l")))
        .contains("--language  -- Only templates for language L.");
    assertThat(lines(zsh(bin, true, "template", "info", "")))
        .anyMatch(line -> line.startsWith("docker_compose  -- docker-compose.tasker.yml: "));
    assertThat(lines(zsh(bin, true, "template", "generate", "docker_compose", "--")))
        .anyMatch(line -> line.startsWith("--messaging  -- Messaging backend"));
    assertThat(markers()).isEmpty();
  }

  @Test
  void aCacheMadeInAnotherDirectoryIsNotUsed() throws Exception {
    plantCache("/somewhere/else/.tasker-cli.toml|", "template\tcached_name\tx\n");
    Path bin = temp.resolve("live-bin");
    Files.createDirectories(bin);
    script(bin.resolve("tasker-cli"), "#!/bin/sh\nprintf 'live_name\\n'\n");

    assertThat(lines(bash(bin, "template", "info", ""))).containsExactly("live_name");
  }

  @Test
  void aCacheIsNotUsedWhenThePluginPathIsGivenOnTheLine() throws Exception {
    plantCache("|", "template\tcached_name\tx\n");
    Path bin = temp.resolve("live-bin");
    Files.createDirectories(bin);
    // the stand-in prints what it was asked, as names
    script(bin.resolve("tasker-cli"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" | tr -c "
        + "'A-Za-z0-9_\\n' _; done\n");

    assertThat(lines(bash(bin, "--plugin-path", "extra", "template", "info", "")))
        .containsExactly("__plugin_path", "extra", "__complete", "templates");
  }

  /**
   * The cache holds words of plugins, and anyone may have written the file: whatever it holds,
   * nothing in it runs, only plain words are offered, and only plain text is shown.
   */
  @Test
  void hostileWordsInTheCacheAreNeitherRunNorOffered() throws Exception {
    plantCache("|", String.join("\n",
        "template\t$(touch MARK-cache-dollar)\tx",
        "template\t`touch MARK-cache-tick`\tx",
        "template\ta;touch MARK-cache-semicolon\tx",
        "template\tred\u001b[31m\tx",
        "template\tsafe_cached\t$(touch MARK-cache-description)",
        "template\tplain_cached\tA plain description.",
        "param\tsafe_cached\t--ok\t\u001b]0;title\u0007",
        "param\tsafe_cached\t--$(touch MARK-cache-param)\tx",
        "param\tsafe_cached\t--fine\tFine, this one.",
        "language\t$(IFS=_;cmd=touch_MARK-cache-ifs;$cmd)",
        "command\ttasker-cli\ttemplate\t\u202eevil",
        ""));
    Path bin = markingCliOnPath();

    assertThat(lines(bash(bin, "template", "info", ""))).containsExactly("safe_cached", "plain_cached");
    assertThat(lines(bash(bin, "template", "generate", "safe_cached", "--")))
        .contains("--ok", "--fine").noneMatch(word -> word.contains("MARK"));
    assertThat(lines(bash(bin, "template", "list", "--language", ""))).isEmpty();
    assertThat(lines(zsh(bin, false, "template", "info", "")))
        .containsExactly("safe_cached", "plain_cached");
    assertThat(lines(zsh(bin, true, "template", "info", "")))
        .containsExactly("safe_cached", "plain_cached  -- A plain description.");
    assertThat(lines(zsh(bin, true, "template", "generate", "safe_cached", "--")))
        .contains("--ok", "--fine  -- Fine, this one.");
    assertThat(lines(zsh(bin, true, ""))).contains("template");
    assertThat(markers()).isEmpty();
  }

  private Path cacheFile() {
    return temp.resolve(".cache/tasker-cli/complete");
  }

  /** A cache file for the working directory context {@code context}, holding {@code lines}. */
  private void plantCache(String context, String lines) throws IOException {
    Files.createDirectories(cacheFile().getParent());
    Files.writeString(cacheFile(), "tasker-cli-complete\t1\t" + context + "\t0-0\n" + lines,
        StandardCharsets.UTF_8);
  }

  /** A stand-in {@code tasker-cli} that leaves a MARK file when it is started at all. */
  private Path markingCliOnPath() throws IOException {
    Path bin = temp.resolve("marking-bin");
    Files.createDirectories(bin);
    script(bin.resolve("tasker-cli"), "#!/bin/sh\ntouch '" + temp.resolve("MARK-cli-started")
        + "'\nexit 1\n");
    return bin;
  }
}
