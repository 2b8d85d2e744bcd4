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
    assumeTrue(Files.isExecutable(Path.of("/bin/zsh")) || Files.isExecutable(Path.of("/usr/bin/zsh")),
        "zsh is not installed");
    Path bin = stubOnPath();
    Path file = temp.resolve("_tasker-cli");
    Files.writeString(file, CompletionScript.zsh(DistFiles.model()), StandardCharsets.UTF_8);
    // compadd and compdef stand in for zsh's completion system: print what would be offered.
    String command = "compadd() { shift; print -l -- \"$@\"; }; compdef() { :; }; source '" + file
        + "'; words=(tasker-cli template info ''); CURRENT=4; _tasker-cli";
    ProcessBuilder builder = new ProcessBuilder("zsh", "-f", "-c", command);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.directory(temp.toFile());
    Process process = builder.start();

    assertThat(lines(process)).contains("step_handler", "project");
    assertThat(process.waitFor()).isEqualTo(0);
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
    StringBuilder array = new StringBuilder("tasker-cli");
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    String command = "source '" + file + "'; COMP_WORDS=(" + array + "); COMP_CWORD="
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
