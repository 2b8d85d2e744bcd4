package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The file-system changes a commit makes, in one place so that tests can run them on a file
 * system that enforces permissions (Jimfs stores POSIX permissions but never checks them, and
 * tests run as root elsewhere), or fail one on purpose.
 */
interface FileOperations {

  void createDirectory(Path directory) throws IOException;

  /** Creates {@code file}, which must not exist, with {@code content}. */
  void createFile(Path file, byte[] content) throws IOException;

  /**
   * Moves {@code source} to {@code target}, failing with {@link FileAlreadyExistsException} when
   * anything is at {@code target}: never replaces, even a file that appeared a moment ago.
   */
  void moveNoReplace(Path source, Path target) throws IOException;

  /** Moves {@code source} over {@code target}, atomically when the file system can. */
  void move(Path source, Path target) throws IOException;

  /**
   * Keeps {@code file} (a regular file or a symbolic link, which is kept as a link) at the new
   * path {@code backup}, without reading it into memory.
   */
  void backup(Path file, Path backup) throws IOException;

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
    public void moveNoReplace(Path source, Path target) throws IOException {
      try {
        // link(2) fails when the target exists, atomically; rename(2) would replace it
        Files.createLink(target, source);
      } catch (FileAlreadyExistsException taken) {
        throw taken;
      } catch (UnsupportedOperationException | FileSystemException noHardLinksHere) {
        Files.move(source, target); // not atomic, but refuses an existing target
        return;
      }
      Files.delete(source);
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
    public void backup(Path file, Path backup) throws IOException {
      if (Files.isSymbolicLink(file)) {
        // a hard link to a link follows it on some file systems: make the same link again
        Files.createSymbolicLink(backup, Files.readSymbolicLink(file));
        return;
      }
      try {
        // a second name for the same file: instant, whatever its size, and exact
        Files.createLink(backup, file);
      } catch (FileAlreadyExistsException taken) {
        throw taken;
      } catch (UnsupportedOperationException | FileSystemException noHardLinksHere) {
        Files.copy(file, backup, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
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
