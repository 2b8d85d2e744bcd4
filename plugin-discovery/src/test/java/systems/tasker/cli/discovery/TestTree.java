package systems.tasker.cli.discovery;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Jimfs file system with a fake home and working directory, and builders for the files discovery
 * reads: configuration files and plugin trees.
 */
final class TestTree implements AutoCloseable {

  final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  final Path home = fs.getPath("/home/ada");
  final Path work = home.resolve("projects/app");
  private final Map<String, String> variables = new HashMap<>();

  TestTree() {
    createDirectories(work);
  }

  TestTree variable(String name, String value) {
    variables.put(name, value);
    return this;
  }

  Environment env() {
    return new Environment(work, home, variables);
  }

  Path path(String path) {
    return fs.getPath(path);
  }

  Path write(Path file, String content) {
    createDirectories(file.getParent());
    try {
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String file, String content) {
    return write(work.resolve(file), content);
  }

  Path mkdirs(String dir) {
    return createDirectories(work.resolve(dir));
  }

  /** A plugin called {@code name} in {@code dir}, written by {@link PluginBuilder#write()}. */
  PluginBuilder plugin(Path dir, String name) {
    return new PluginBuilder(dir, name);
  }

  /** Shorthand: a plugin with one template, written at once; returns its directory. */
  Path plugin(Path dir, String name, String template) {
    return new PluginBuilder(dir, name).template(template).write();
  }

  @Override
  public void close() throws IOException {
    fs.close();
  }

  static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A {@code tasker-plugin.toml} in the TAS-127 dialect plus one directory per template. The
   * manifest is clean under the {@code plugin-api} rules: a plugin must name a language
   * ({@code manifest-language-missing} would make it BROKEN), so it targets ruby unless told
   * otherwise.
   */
  final class PluginBuilder {
    private final Path dir;
    private final String name;
    private List<String> languages = List.of("ruby");
    private List<String> frameworks = List.of();
    private final List<String> templateLines = new ArrayList<>();
    private final List<String> templateNames = new ArrayList<>();

    private PluginBuilder(Path dir, String name) {
      this.dir = dir;
      this.name = name;
    }

    PluginBuilder languages(String... languages) {
      this.languages = List.of(languages);
      return this;
    }

    PluginBuilder frameworks(String... frameworks) {
      this.frameworks = List.of(frameworks);
      return this;
    }

    /** A template that inherits the plugin's languages and frameworks. */
    PluginBuilder template(String template) {
      return template(template, List.of(), List.of());
    }

    PluginBuilder template(String template, List<String> languages, List<String> frameworks) {
      StringBuilder line =
          new StringBuilder(template + " = { path = \"templates/" + template + "\"");
      if (!languages.isEmpty()) {
        line.append(", languages = ").append(array(languages));
      }
      if (!frameworks.isEmpty()) {
        line.append(", frameworks = ").append(array(frameworks));
      }
      templateLines.add(line.append(" }").toString());
      templateNames.add(template);
      return this;
    }

    Path write() {
      TestTree.this.write(
          dir.resolve("tasker-plugin.toml"),
          """
          [plugin]
          name = "%s"
          version = "0.1.0"
          description = "test plugin %s"
          languages = %s
          frameworks = %s

          [templates]
          %s
          """
              .formatted(
                  name,
                  name,
                  array(languages),
                  array(frameworks),
                  String.join("\n", templateLines)));
      for (String template : templateNames) {
        TestTree.this.write(
            dir.resolve("templates/" + template + "/template.toml"),
            "name = \"" + template + "\"\ndescription = \"test template\"\n");
      }
      return dir;
    }

    private String array(List<String> values) {
      return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
  }
}
