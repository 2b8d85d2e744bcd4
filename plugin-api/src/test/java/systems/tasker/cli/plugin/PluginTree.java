package systems.tasker.cli.plugin;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;

/** Builds plugin directories on an in-memory Unix file system for tests. */
final class PluginTree implements AutoCloseable {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path root;

  PluginTree() {
    root = fs.getPath("/work/plugin");
    dir("");
  }

  Path root() {
    return root;
  }

  Path path(String relative) {
    return relative.isEmpty() ? root : root.resolve(relative);
  }

  /** An absolute path on the same file system, outside the plugin. */
  Path outside(String absolute) {
    return fs.getPath(absolute);
  }

  PluginTree file(String relative, String content) {
    return write(path(relative), content);
  }

  PluginTree write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  PluginTree dir(String relative) {
    try {
      Files.createDirectories(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  PluginTree link(String relative, Path target) {
    try {
      Files.createDirectories(path(relative).getParent());
      Files.createSymbolicLink(path(relative), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  PluginTree manifest(String content) {
    return file(PluginManifest.FILE_NAME, content);
  }

  /** Each diagnostic of {@code result} as (code, line, column), to compare in one assertion. */
  static List<Tuple> positions(ReadResult<?> result) {
    return result.diagnostics().stream()
        .map(d -> Assertions.tuple(d.code(), d.line(), d.column()))
        .toList();
  }

  @Override
  public void close() throws IOException {
    fs.close();
  }
}
