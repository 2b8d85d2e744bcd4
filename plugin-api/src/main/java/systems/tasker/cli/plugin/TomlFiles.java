package systems.tasker.cli.plugin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads TOML files into Jackson trees, turning every failure into a positioned diagnostic. */
public final class TomlFiles {

  private static final TomlMapper MAPPER = new TomlMapper();

  private TomlFiles() {}

  /**
   * The parsed document and its source text, or the one diagnostic that says why there is none.
   *
   * @param document the root table, or {@code null} when the file could not be read or parsed
   * @param source the file's text, or {@code null} when it could not be read
   * @param diagnostics empty when the file parsed
   */
  public record Parsed(ObjectNode document, String source, List<Diagnostic> diagnostics) {
    public Parsed {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return document != null;
    }
  }

  /**
   * Reads and parses {@code file}. A missing file, an unreadable one and a syntax error each
   * become one error diagnostic whose code starts with {@code codePrefix}.
   */
  public static Parsed parse(Path file, String codePrefix) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return failed(
          null,
          Diagnostic.error(
              codePrefix + "-missing", file, null, "file not found", "create " + file.getFileName()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return failed(
          null,
          Diagnostic.error(
              codePrefix + "-unreadable",
              file,
              null,
              "cannot read file: " + e.getMessage(),
              "check that the file is readable UTF-8 text"));
    }
    return parseText(file, source, codePrefix);
  }

  /** Parses {@code source}, reporting problems against {@code file}. */
  public static Parsed parseText(Path file, String source, String codePrefix) {
    try {
      JsonNode tree = MAPPER.readTree(source);
      if (tree == null || !tree.isObject()) {
        tree = MAPPER.createObjectNode();
      }
      return new Parsed((ObjectNode) tree, source, List.of());
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      SourcePosition at =
          location == null || location.getLineNr() < 1
              ? null
              : SourcePosition.at(location.getLineNr(), Math.max(1, location.getColumnNr()));
      return failed(
          source,
          Diagnostic.error(
              codePrefix + "-syntax",
              file,
              at,
              "TOML syntax error: " + e.getOriginalMessage(),
              "fix the TOML syntax (see https://toml.io)"));
    }
  }

  private static Parsed failed(String source, Diagnostic diagnostic) {
    return new Parsed(null, source, List.of(diagnostic));
  }
}
