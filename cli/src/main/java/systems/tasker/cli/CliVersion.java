package systems.tasker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into the jar, as {@code --version} prints it. */
final class CliVersion {
  private CliVersion() {}

  static String text() {
    Properties properties = new Properties();
    try (InputStream in = CliVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "tasker-cli " + properties.getProperty("version", "unknown");
  }
}
