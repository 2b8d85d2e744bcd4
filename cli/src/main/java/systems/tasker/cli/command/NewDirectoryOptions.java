package systems.tasker.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import systems.tasker.cli.engine.plan.ExistingFiles;
import systems.tasker.cli.plugin.TaskerException;

/**
 * The options of a command that creates a new directory for one language ({@code init},
 * {@code plugin new}): the language, where the directory goes, and {@code --force} into one that
 * has content. Each command words them with what it creates ({@link #optionTexts}).
 */
public final class NewDirectoryOptions {

  @Mixin LanguageOption language;

  @Mixin WriteOptions write;

  @Option(
      names = "--force",
      descriptionKey = "force",
      description = "Write into a non-empty directory, overwriting files.")
  boolean force;

  /**
   * The help texts of these options for a command that creates {@code what} ("project",
   * "plugin"), with {@code language} saying what the language is for.
   */
  static Map<String, String> optionTexts(String what, String language) {
    return Map.of(
        "language", language,
        "output", "Create the " + what + " inside DIR (default: the current directory).",
        "force", "Write into a non-empty " + what + " directory, overwriting files.");
  }

  /** {@code --language}, or {@code null}. */
  String language() {
    return language.language;
  }

  /**
   * {@code name} inside {@code -o DIR} (default: the working directory). Unless {@code --force}
   * or {@code --dry-run}, it must not exist with content, so nothing of the user's is overwritten
   * by surprise.
   *
   * @param what what the directory is for, in the message ("project", "plugin")
   */
  Path target(CliContext context, String name, String what) {
    Path target = (write.output == null
        ? context.environment().workingDirectory() : context.resolve(write.output)).resolve(name);
    if (!force && !write.dryRun) {
      requireEmptyDirectory(target, what);
    }
    return target;
  }

  ExistingFiles policy() {
    return force ? ExistingFiles.OVERWRITE : ExistingFiles.REFUSE;
  }

  /** Refuses a target that exists and is not empty, before anything renders. */
  private static void requireEmptyDirectory(Path directory, String what) {
    boolean hasEntries;
    if (Files.isDirectory(directory)) {
      try (Stream<Path> entries = Files.list(directory)) {
        hasEntries = entries.findAny().isPresent();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      hasEntries = Files.exists(directory);
    }
    if (hasEntries) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "the " + what + " directory " + directory + " exists and is not empty; nothing was written",
          "choose another name or -o DIR, or pass --force to write into it");
    }
  }
}
