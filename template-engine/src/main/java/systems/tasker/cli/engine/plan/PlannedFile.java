package systems.tasker.cli.engine.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a {@link GenerationPlan}.
 *
 * @param path where it goes, relative to the output directory, {@code /}-separated
 * @param content the exact bytes to write
 * @param executable whether the file gets execute permission (where the file system has POSIX
 *     permissions)
 * @param origin what produced it, for messages: an output's template file or a tree file,
 *     relative to the template directory
 */
public record PlannedFile(String path, byte[] content, boolean executable, String origin) {

  public PlannedFile {
    Objects.requireNonNull(path, "path");
    content = Objects.requireNonNull(content, "content").clone();
    Objects.requireNonNull(origin, "origin");
  }

  /** A copy of the bytes: the plan stays immutable. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The number of bytes. */
  public int size() {
    return content.length;
  }

  /** Whether {@code bytes} are exactly this file's content. */
  public boolean hasContent(byte[] bytes) {
    return Arrays.equals(content, bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlannedFile that
        && path.equals(that.path)
        && Arrays.equals(content, that.content)
        && executable == that.executable
        && origin.equals(that.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, Arrays.hashCode(content), executable, origin);
  }

  @Override
  public String toString() {
    return "PlannedFile[" + path + ", " + content.length + " bytes"
        + (executable ? ", executable" : "") + ", from " + origin + "]";
  }
}
