package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

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
      FileLock lock = tryLock(channel);
      if (lock != null) {
        // A run that finished removed the file after we opened it: our lock is then on a file
        // no longer at that path, and worth nothing. A token written through the lock and read
        // back through the path tells.
        byte[] token = HexFormat.of().formatHex(
            ByteBuffer.allocate(8).putLong(new SplittableRandom().nextLong()).array())
            .getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        if (Arrays.equals(token, readBack(file, token.length))) {
          return new OutputLock(file, channel, lock);
        }
        lock.release();
      }
    } catch (IOException | RuntimeException failed) {
      channel.close();
      throw failed;
    }
    channel.close();
    throw new WriteFailedException(null, "Another tasker-cli run is writing into " + outputDir
        + "; nothing was written", "Run again once it has finished", null);
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  private static byte[] readBack(Path file, int length) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(length + 1);
    } catch (NoSuchFileException removed) {
      return new byte[0];
    }
  }

  /** Removes the lock file, then lets the lock go. */
  @Override
  public void close() throws IOException {
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
