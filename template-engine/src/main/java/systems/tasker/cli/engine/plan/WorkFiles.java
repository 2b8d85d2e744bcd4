package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The files a commit keeps next to the files it writes: a temporary file per file being written
 * and a backup per file being replaced, each named {@code .tasker-cli-<16 hex>.tmp|.bak} (short,
 * so that a target name of 255 bytes still has a sibling within the limit), and the lock file
 * {@code .tasker-cli.lock} in the output directory. A process killed with SIGKILL can leave them
 * behind; the next commit into the same directories removes them.
 */
final class WorkFiles {

  /** The lock file in the output directory, present while a commit runs. */
  static final String LOCK = ".tasker-cli.lock";

  private static final Pattern OURS = Pattern.compile("\\.tasker-cli-[0-9a-f]{16}\\.(tmp|bak)");

  // Names need only avoid collisions: files are created with CREATE_NEW or as new links, so a
  // name someone guessed and planted fails instead of being followed. SecureRandom's start-up
  // cost buys nothing here.
  private final SplittableRandom random = new SplittableRandom();

  /** Whether a file name is one tasker-cli uses for its own work files. */
  static boolean isOurs(String fileName) {
    return fileName.equals(LOCK) || OURS.matcher(fileName).matches();
  }

  /** A new temporary sibling of {@code target}. */
  Path temporary(Path target) {
    return target.resolveSibling(name("tmp"));
  }

  /** A new backup sibling of {@code target}. */
  Path backup(Path target) {
    return target.resolveSibling(name("bak"));
  }

  private String name(String suffix) {
    return ".tasker-cli-" + HexFormat.of().toHexDigits(random.nextLong()) + "." + suffix;
  }

  /**
   * Deletes the temporary files and backups an interrupted run left in {@code directories},
   * and returns them. Only entries named as ours, and not directories, are touched.
   */
  static List<Path> removeLeftovers(Iterable<Path> directories, FileOperations operations)
      throws IOException {
    List<Path> removed = new ArrayList<>();
    for (Path directory : directories) {
      if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
          entry -> OURS.matcher(entry.getFileName().toString()).matches())) {
        for (Path entry : entries) {
          if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            operations.delete(entry);
            removed.add(entry);
          }
        }
      }
    }
    return removed;
  }
}
