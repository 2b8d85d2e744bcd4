package systems.tasker.cli.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Template directories on Jimfs, written file by file in tests. */
final class TemplateDirs {

  private TemplateDirs() {}

  /** A Unix-like Jimfs with POSIX permissions, so executable bits and symlinks can be tested. */
  static FileSystem unixFileSystem() {
    return Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setAttributeViews("basic", "posix").build());
  }

  static Path write(Path dir, String relative, String content) {
    return write(dir, relative, content.getBytes(UTF_8));
  }

  static Path write(Path dir, String relative, byte[] content) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void makeExecutable(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
