package systems.tasker.cli.engine.plan;

import java.util.Locale;
import java.util.Objects;

/**
 * What committing a plan does, or did, to one planned file.
 *
 * @param path the planned path, relative to the output directory
 * @param action what happens to it
 * @param bytes the planned size
 * @param existingBytes the size of the regular file at that path before the run, or {@code -1}
 *     when there is none
 * @param origin the output or tree file that produced it
 * @param note why a {@link Action#CONFLICT} cannot be resolved by overwriting (e.g. a directory
 *     is in the way, a patch's anchor is gone), or what was skipped; or {@code null}
 * @param edit whether the change is the patches of a file already there, not a planned file
 * @param diff for a {@link Action#MODIFY}, the unified diff of the file; else {@code null}
 */
public record FileChange(String path, Action action, long bytes, long existingBytes,
    String origin, String note, boolean edit, String diff) {

  public FileChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(origin, "origin");
  }

  /** The change of a planned file (not an edit). */
  public FileChange(
      String path, Action action, long bytes, long existingBytes, String origin, String note) {
    this(path, action, bytes, existingBytes, origin, note, false, null);
  }

  /** The fate of one planned file. */
  public enum Action {
    /** Nothing is at the path: the file is created. */
    CREATE,
    /** A different file is at the path and is replaced ({@link ExistingFiles#OVERWRITE}). */
    OVERWRITE,
    /** The file at the path is edited by the plan's patches (kept, with lines added). */
    MODIFY,
    /** The same bytes are already there: nothing to do. */
    UNCHANGED,
    /** Something is at the path and is kept ({@link ExistingFiles#KEEP}). */
    SKIP,
    /** Something is at the path and stops the commit. */
    CONFLICT,
    /** The file at the path is removed (a plan's deletions). */
    DELETE;

    /** The lowercase word used in text and JSON output. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether committing writes the file. */
    public boolean writes() {
      return this == CREATE || this == OVERWRITE || this == MODIFY || this == DELETE;
    }
  }
}
