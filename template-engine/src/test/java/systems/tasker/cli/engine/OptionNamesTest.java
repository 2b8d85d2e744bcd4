package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parameter names become options and options name parameters, character for character. */
class OptionNamesTest {

  @ParameterizedTest
  @CsvSource({
      "handler_type, --handler-type",
      "name, --name",
      "module_name_2, --module-name-2",
      // names a plugin writes in another style keep it: only '_' becomes '-'
      "handlerType, --handlerType",
      "Module_Name, --Module-Name",
      "a.b_c, --a.b-c",
  })
  void aParameterIsAnOptionWithHyphens(String parameter, String option) {
    assertThat(OptionNames.optionOf(parameter)).isEqualTo(option);
    assertThat(OptionNames.parameterOf(option.substring(2))).isEqualTo(parameter);
  }
}
