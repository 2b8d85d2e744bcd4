package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The file-system changes a commit makes, in one place so that tests can run them on a file
 * system that enforces permissions (Jimfs stores POSIX permissions but never checks them, and
 * tests run as root elsewhere).
 */
interface FileOperations {

  void createDirectory(Path directory) throws IOException;

  /** Creates {@code file}, which must not exist, with {@code content}. */
  void createFile(Path file, byte[] content) throws IOException;

  /** Replaces the content of an existing {@code file}. */
  void overwrite(Path file, byte[] content) throws IOException;

  /** Moves {@code source} over {@code target}, atomically when the file system can. */
  void move(Path source, Path target) throws IOException;

  void delete(Path path) throws IOException;

  void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException;

  /** The operations of {@link Files}. */
  FileOperations STANDARD = new FileOperations() {
    @Override
    public void createDirectory(Path directory) throws IOException {
      Files.createDirectory(directory);
    }

    @Override
    public void createFile(Path file, byte[] content) throws IOException {
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    @Override
    public void overwrite(Path file, byte[] content) throws IOException {
      Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
      try {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    @Override
    public void delete(Path path) throws IOException {
      Files.delete(path);
    }

    @Override
    public void setPermissions(Path file, Set<PosixFilePermission> permissions)
        throws IOException {
      Files.setPosixFilePermissions(file, permissions);
    }
  };
}
