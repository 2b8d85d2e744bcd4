package systems.tasker.cli;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;
import systems.tasker.cli.discovery.Environment;

/**
 * Runs the whole CLI in-process on Jimfs, with a fake home, working directory and environment,
 * and captures what it prints.
 */
final class CliHarness implements AutoCloseable {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
      .setAttributeViews("basic", "posix").build());
  final Path home = fs.getPath("/home/dev");
  final Path work = fs.getPath("/work/project");
  private Path cwd = work;
  final Path system = fs.getPath("/usr/local/share/tasker-cli/plugins");
  final Map<String, String> variables = new HashMap<>();
  private BuiltinPlugin builtin = BuiltinPlugin.none();
  private Terminal terminal = Terminal.NONE;
  private String input = "";

  CliHarness() {
    try {
      Files.createDirectories(home);
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    variables.put("HOME", home.toString());
  }

  /** Also offer the plugin compiled into the jar (from the class path). */
  CliHarness withBuiltin() {
    builtin = new BuiltinPlugin(TaskerCli.class);
    return this;
  }

  /** Also offer the bundled plugins (contrib-plugins/) as the system plugins. */
  CliHarness withContrib() {
    try {
      GeneratedTreesTest.copyTree(GeneratedTreesTest.CONTRIB, system);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Runs as if on a terminal, answering prompts with {@code typed} (lines; end of input after). */
  CliHarness onTerminal(String typed) {
    terminal = new Terminal(true, false);
    input = typed;
    return this;
  }

  /** Runs the next commands from {@code directory} instead of {@link #work}. */
  CliHarness in(Path directory) {
    cwd = directory;
    return this;
  }

  Run run(String... args) {
    return capture((out, err) -> TaskerCli.execute(TaskerCli.commandLine(
        new BufferedReader(new StringReader(input)), out, err, environment(), terminal, builtin),
        args));
  }

  /**
   * Runs with a signal arriving as the commit is about to write file number {@code afterFiles}
   * (0 is the first): the commit stops there and rolls back.
   */
  Run runInterrupted(int afterFiles, String... args) {
    systems.tasker.cli.engine.plan.Interruption[] signal =
        new systems.tasker.cli.engine.plan.Interruption[1];
    signal[0] = new systems.tasker.cli.engine.plan.Interruption(written -> {
      if (written == afterFiles) {
        signal[0].interrupt();
      }
    });
    return capture((out, err) -> TaskerCli.execute(TaskerCli.commandLine(
        new BufferedReader(new StringReader(input)), out, err, environment(), terminal, builtin,
        TaskerCli.commandsNeededFor(args), signal[0]), args));
  }

  /**
   * Runs as {@code Main} does ({@link TaskerCli#run}): only the commands the arguments name,
   * the built-in plugin from the class path, and the completion cache refreshed after a success.
   */
  Run runAsMain(String... args) {
    return capture((out, err) -> TaskerCli.run(args, new BufferedReader(new StringReader(input)),
        out, err, environment(), terminal));
  }

  private Environment environment() {
    return new Environment(cwd, home, Map.copyOf(variables));
  }

  private Run capture(ToIntBiFunction<PrintWriter, PrintWriter> cli) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    int code = cli.applyAsInt(outWriter, errWriter);
    outWriter.flush();
    errWriter.flush();
    return new Run(code, out.toString(), err.toString());
  }

  /** Writes a file, creating its parents. */
  Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String file, String text) {
    return write(work.resolve(file), text);
  }

  /**
   * A plugin in dialect B with one template {@code step_handler} writing one file, under
   * {@code directory}.
   */
  Path plugin(Path directory, String name, String language) {
    write(directory.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]",
        "name = \"" + name + "\"",
        "version = \"1.2.0\"",
        "description = \"Templates of " + name + "\"",
        "language = \"" + language + "\"",
        "",
        "[[templates]]",
        "name = \"step_handler\"",
        "path = \"templates/step_handler\"",
        "description = \"A " + language + " step handler\"",
        ""));
    write(directory.resolve("templates/step_handler/template.toml"), String.join("\n",
        "name = \"step_handler\"",
        "description = \"Generate a step handler\"",
        "",
        "[[parameters]]",
        "name = \"name\"",
        "description = \"Handler name (e.g., ProcessPayment)\"",
        "required = true",
        "pattern = \"^[A-Za-z][A-Za-z0-9_]*$\"",
        "",
        "[[parameters]]",
        "name = \"module_name\"",
        "description = \"Module namespace\"",
        "default = \"handlers\"",
        "",
        "[[outputs]]",
        "template = \"handler.tera\"",
        "filename = \"{{ name | snake_case }}_handler.txt\"",
        "subdir = \"{{ module_name }}\"",
        ""));
    write(directory.resolve("templates/step_handler/handler.tera"),
        "# {{ module_name }}::{{ name | pascal_case }}\n"
            + "{% if name == \"Special\" %}\nspecial\n{% else %}\nplain\n{% endif %}\n");
    return directory;
  }

  /** Every regular file under {@code root}, by relative path, with its text (any file system). */
  static java.util.Map<String, String> files(Path root) throws IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }

  /** Removes {@code root} and everything below it, when it exists (any file system). */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Every path on the file system, sorted: what a run must leave as it was. */
  List<String> everyFile() throws IOException {
    try (Stream<Path> paths = Files.walk(fs.getPath("/"))) {
      return paths.map(Path::toString).sorted().toList();
    }
  }

  @Override
  public void close() throws IOException {
    fs.close();
  }
}
