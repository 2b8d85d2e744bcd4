package systems.tasker.cli.engine.update;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.engine.plan.PlannedFile;

/**
 * The hash the answers file records of each file the template made, {@code sha256:<hex>}: what
 * {@code update} falls back on when it cannot render the template as it was.
 */
public final class FileHashes {

  private static final String PREFIX = "sha256:";

  private FileHashes() {}

  /** The hash of {@code content}. */
  public static String of(byte[] content) {
    try {
      return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException absent) {
      throw new IllegalStateException("every Java runtime has SHA-256", absent);
    }
  }

  /** The hash of each file, by path, in order. */
  public static Map<String, String> of(List<PlannedFile> files) {
    Map<String, String> hashes = new LinkedHashMap<>();
    files.forEach(file -> hashes.put(file.path(), of(file.content())));
    return hashes;
  }
}
