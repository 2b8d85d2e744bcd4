package systems.tasker.cli.command;

import picocli.CommandLine.Option;

/**
 * {@code -l, --language L} of the commands that make something for one language: {@code init},
 * {@code plugin new}, {@code generate handler|template}; each says where its default comes from
 * ({@link CliCommand#optionTexts()}).
 */
public final class LanguageOption {

  @Option(names = {"-l", "--language"}, paramLabel = "L", descriptionKey = "language",
      description = "ruby, python, typescript or rust (default: the project's).")
  String language;
}
