package systems.tasker.cli.output;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format text|json}. {@code table} is read as {@code text}: it is the word of the
 * reference CLI, whose global {@code --format} takes {@code table|json} (tasker-core
 * {@code crates/tasker-ctl/src/main.rs}, {@code Cli.format}).
 */
public enum OutputFormat {
  TEXT,
  JSON;

  /**
   * The format {@code written} names, ignoring case.
   *
   * @throws IllegalArgumentException when it names none
   */
  public static OutputFormat parse(String written) {
    return switch (written.toLowerCase(Locale.ROOT)) {
      case "text", "table" -> TEXT;
      case "json" -> JSON;
      default -> throw new IllegalArgumentException("'" + written + "' is not an output format;"
          + " use text or json (table is text, as in tasker-ctl)");
    };
  }

  /** {@link #parse} for picocli, which reports the message as the option's invalid value. */
  public static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException unknown) {
        throw new TypeConversionException(unknown.getMessage());
      }
    }
  }
}
