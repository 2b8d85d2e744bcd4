package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The standard operations, refusing to change a directory without owner write permission, as a
 * kernel does for an ordinary user. Jimfs records POSIX permissions but never enforces them, and
 * on the default file system these tests may run as root, who is never refused.
 */
class PermissionEnforcingOperations implements FileOperations {

  private static void requireWritable(Path entry) throws IOException {
    Path directory = entry.toAbsolutePath().getParent();
    if (directory != null
        && !Files.getPosixFilePermissions(directory).contains(PosixFilePermission.OWNER_WRITE)) {
      throw new AccessDeniedException(entry.toString());
    }
  }

  @Override
  public void createDirectory(Path directory) throws IOException {
    requireWritable(directory);
    STANDARD.createDirectory(directory);
  }

  @Override
  public void createFile(Path file, byte[] content) throws IOException {
    requireWritable(file);
    STANDARD.createFile(file, content);
  }

  @Override
  public void moveNoReplace(Path source, Path target) throws IOException {
    requireWritable(source);
    requireWritable(target);
    STANDARD.moveNoReplace(source, target);
  }

  @Override
  public void backup(Path file, Path backup) throws IOException {
    requireWritable(backup);
    STANDARD.backup(file, backup);
  }

  @Override
  public void move(Path source, Path target) throws IOException {
    requireWritable(source);
    requireWritable(target);
    STANDARD.move(source, target);
  }

  @Override
  public void delete(Path path) throws IOException {
    requireWritable(path);
    STANDARD.delete(path);
  }

  @Override
  public void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
    STANDARD.setPermissions(file, permissions);
  }
}
