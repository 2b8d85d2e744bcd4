package systems.tasker.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import systems.tasker.cli.discovery.RemotesFileEditor;
import systems.tasker.cli.plugin.TaskerException;

/** Reading a configuration file's text to edit it, and writing it back whole, atomically. */
final class ConfigFileText {

  private ConfigFileText() {}

  /** The file's text; empty when it does not exist. It must be valid TOML. */
  static String read(Path file) {
    return RemotesFileEditor.read(file);
  }

  /**
   * Replaces the file with {@code text} through a temporary sibling, so a reader sees the old file
   * or the new one; the file keeps its permissions. A link is followed to the file it names.
   */
  static void write(Path file, String text) {
    try {
      Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
            && target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "cannot write " + file + ": " + e.getMessage() + "; it was not changed",
          "check the permissions of the file and its directory");
    }
  }
}
