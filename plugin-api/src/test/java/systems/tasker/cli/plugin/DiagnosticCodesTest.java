package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticCodesTest {

  @Test
  void codesAreDistinctKebabCaseNamedAfterTheirConstant() throws Exception {
    List<String> codes = new ArrayList<>();
    for (Field field : DiagnosticCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String code = (String) field.get(null);
        codes.add(code);
        assertThat(code).as(field.getName())
            .matches("[a-z]+(-[a-z]+)+")
            .isEqualTo(field.getName().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
    }
    assertThat(codes).hasSize(55).doesNotHaveDuplicates();
  }
}
