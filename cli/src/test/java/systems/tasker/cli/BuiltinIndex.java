package systems.tasker.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step of the release (run by Maven in {@code prepare-package}): copies the built-in plugin's
 * files to {@code <out>/tasker-cli-builtin/}, beside where the jar is built, and writes their index
 * ({@code sha256  size  path} a line, sorted by path) both beside it and into the jar's classes.
 * {@link BuiltinPlugin} uses the copy when the two indexes agree. Arguments: the built-in plugin's
 * source directory, the output directory, the classes directory.
 */
public final class BuiltinIndex {
  private BuiltinIndex() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: BuiltinIndex SOURCE_DIR OUTPUT_DIR CLASSES_DIR");
    }
    Path source = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path copy = out.resolve(BuiltinPlugin.RESOURCE_ROOT);
    deleteTree(copy);
    StringBuilder index = new StringBuilder();
    for (Path file : files(source)) {
      String relative = source.relativize(file).toString().replace('\\', '/');
      byte[] bytes = Files.readAllBytes(file);
      index.append(sha256(bytes)).append("  ").append(bytes.length).append("  ")
          .append(relative).append('\n');
      Path target = copy.resolve(relative);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    }
    byte[] text = index.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(out.resolve(BuiltinPlugin.INDEX), text);
    Files.createDirectories(Path.of(args[2]));
    Files.write(Path.of(args[2]).resolve(BuiltinPlugin.INDEX), text);
  }

  /** The regular files under {@code root}, sorted by path. */
  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}
