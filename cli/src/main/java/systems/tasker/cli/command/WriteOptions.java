package systems.tasker.cli.command;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a generating command writes, whether it only previews, and how it reports: the options
 * of {@code init}, {@code plugin new}, {@code template generate} and {@code generate}. Commands
 * that create a new directory word {@code -o} their own way ({@link CliCommand#optionTexts()}).
 */
public final class WriteOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      descriptionKey = "output",
      description = "Write into DIR (default: config default-output-dir, else the current directory).")
  String output;

  @Option(names = "--dry-run", description = "Print what would be written, and write nothing.")
  boolean dryRun;

  @Mixin OutputFormatOption format;
}
