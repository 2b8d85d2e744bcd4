package systems.tasker.cli.command;

import java.nio.file.Path;

/** Where the next steps after generating a project or plugin start. */
final class NextSteps {
  private NextSteps() {}

  /**
   * How to name a generated directory in a command to type: relative to the working directory
   * when inside it, else absolute.
   */
  static String shown(CliContext context, Path directory) {
    Path relative = context.environment().workingDirectory().relativize(directory);
    return relative.toString().isEmpty() || relative.startsWith("..") ? directory.toString() : relative.toString();
  }
}
