package systems.tasker.cli.plugin;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a plugin, a template or a configuration file.
 *
 * @param severity error or warning
 * @param code a stable, kebab-case identifier of the rule (e.g. {@code manifest-name-invalid})
 * @param file the file the problem is in, or {@code null} when it is not about one file
 * @param line 1-based line, or {@code null} when unknown
 * @param column 1-based column, or {@code null} when unknown
 * @param message what is wrong, one line
 * @param hint how to fix it, one line, or {@code null}
 */
public record Diagnostic(
    Severity severity,
    String code,
    Path file,
    Integer line,
    Integer column,
    String message,
    String hint) {

  /**
   * Orders diagnostics of one file by line, then column; those without a position come last.
   * The sort is meant to be stable, so rules keep their order where positions tie.
   */
  public static final Comparator<Diagnostic> IN_FILE_ORDER =
      Comparator.comparing(Diagnostic::line, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Diagnostic::column, Comparator.nullsLast(Comparator.naturalOrder()));

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(
      String code, Path file, SourcePosition at, String message, String hint) {
    return of(Severity.ERROR, code, file, at, message, hint);
  }

  public static Diagnostic warning(
      String code, Path file, SourcePosition at, String message, String hint) {
    return of(Severity.WARNING, code, file, at, message, hint);
  }

  private static Diagnostic of(
      Severity severity, String code, Path file, SourcePosition at, String message, String hint) {
    return new Diagnostic(
        severity,
        code,
        file,
        at == null ? null : at.line(),
        at == null ? null : at.column(),
        message,
        hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column}, leaving out the parts that are unknown. */
  public String location() {
    StringBuilder where = new StringBuilder(file == null ? "" : file.toString());
    if (line != null) {
      where.append(where.length() == 0 ? "" : ":").append(line);
      if (column != null) {
        where.append(':').append(column);
      }
    }
    return where.toString();
  }
}
