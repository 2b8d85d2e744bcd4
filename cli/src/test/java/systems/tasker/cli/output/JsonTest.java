package systems.tasker.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesEveryKindOfValueInOrderWithTwoSpaceIndentation() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("a", List.of());
    String text = Json.write(Json.obj()
        .put("string", "text")
        .put("int", 42)
        .put("long", 5_000_000_000L)
        .put("double", 1.5)
        .put("decimal", new BigDecimal("0.10"))
        .put("yes", true)
        .put("none", null)
        .put("path", Path.of("/tmp/x"))
        .put("list", Arrays.asList("a", null, 2))
        .put("map", map)
        .put("empty", Json.obj()));

    assertThat(text).isEqualTo("""
        {
          "string" : "text",
          "int" : 42,
          "long" : 5000000000,
          "double" : 1.5,
          "decimal" : 0.10,
          "yes" : true,
          "none" : null,
          "path" : "/tmp/x",
          "list" : [
            "a",
            null,
            2
          ],
          "map" : {
            "z" : 1,
            "a" : [ ]
          },
          "empty" : { }
        }""");
  }

  @Test
  void controlAndBidirectionalCharactersAreEscaped() {
    assertThat(Json.write(List.of("red\u001b[31m", "del\u007f", "c1\u009b", "rlo\u202e")))
        .isEqualTo("[\n  \"red\\u001B[31m\",\n  \"del\\u007F\",\n  \"c1\\u009b\",\n"
            + "  \"rlo\\u202e\"\n]");
  }
}
