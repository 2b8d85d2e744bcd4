package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An exclusive lock on an output directory for the length of a commit: a lock held by the
 * operating system on {@code .tasker-cli.lock}, so it ends with the process however that ends,
 * and the file is removed when the commit is done. A second run never waits: it fails at once and
 * writes nothing.
 */
final class OutputLock implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code outputDir}, which must exist.
   *
   * @throws WriteFailedException when another run holds it
   */
  static OutputLock acquire(Path outputDir) throws IOException {
    Path file = outputDir.resolve(WorkFiles.LOCK);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    try {
      // A run that finished removes the file: a lock taken on the file it removed would be
      // worth nothing. The file at the path must be the same before and after locking. (No
      // second open of the file to check: closing any descriptor of it drops a POSIX lock.)
      Object before = fileKey(file);
      FileLock lock = tryLock(channel);
      if (lock != null) {
        if (before != null && before.equals(fileKey(file))) {
          return new OutputLock(file, channel, lock);
        }
        lock.release();
      }
    } catch (IOException | RuntimeException failed) {
      channel.close();
      throw failed;
    }
    channel.close();
    throw new WriteFailedException(null, "another tasker-cli run is writing into " + outputDir
        + "; nothing was written", "run again once it has finished", null);
  }

  /** What identifies the file at {@code path}; {@code null} when nothing is there. */
  private static Object fileKey(Path path) throws IOException {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      // without file keys (some file systems), the creation time tells files apart instead
      return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    } catch (NoSuchFileException removed) {
      return null;
    }
  }

  /** The lock file, present while the lock is held. */
  Path file() {
    return file;
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  /** Removes the lock file, then lets the lock go; once. */
  @Override
  public void close() throws IOException {
    if (!channel.isOpen()) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
