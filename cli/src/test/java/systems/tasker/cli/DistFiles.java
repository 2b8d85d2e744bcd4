package systems.tasker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import systems.tasker.cli.completion.CompletionScript;
import systems.tasker.cli.discovery.Environment;

/**
 * Build step of the release archive (run by Maven in {@code prepare-package}): writes the bash and
 * zsh completion scripts and the man page, all from the picocli model, under {@code
 * <out>/share/}. Arguments: the output directory and the version.
 */
public final class DistFiles {
  private DistFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DistFiles OUTPUT_DIR VERSION");
    }
    Path out = Path.of(args[0]);
    CommandSpec root = model();
    write(out.resolve("share/bash-completion/completions/tasker-cli"), CompletionScript.bash(root));
    write(out.resolve("share/zsh/site-functions/_tasker-cli"), CompletionScript.zsh(root));
    write(out.resolve("share/man/man1/tasker-cli.1"), ManPage.of(root, args[1]));
  }

  /** The CLI's command model, built as a run would build it, with nothing discovered. */
  static CommandSpec model() {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    Path here = Path.of("").toAbsolutePath();
    return TaskerCli.commandLine(new java.io.BufferedReader(new java.io.StringReader("")), nowhere, nowhere,
            new Environment(here, here, Map.of()),
            Terminal.NONE, BuiltinPlugin.none())
        .getCommandSpec();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
