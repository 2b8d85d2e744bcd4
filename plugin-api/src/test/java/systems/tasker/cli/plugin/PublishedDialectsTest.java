package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same plugin written in both dialects, as real files on the default file system. */
class PublishedDialectsTest {

  private static Path plugin(String name) throws URISyntaxException {
    return Path.of(PublishedDialectsTest.class.getResource("/plugins/" + name).toURI());
  }

  @Test
  void bothPluginsAreClean() throws Exception {
    PluginValidator validator = new PluginValidator();

    assertThat(validator.validate(plugin("tables"))).isEmpty();
    assertThat(validator.validate(plugin("arrays"))).isEmpty();
  }

  @Test
  void bothManifestsReadIntoTheSameModel() throws Exception {
    ManifestReader reader = new ManifestReader();
    PluginManifest tables = reader.readPlugin(plugin("tables")).value();
    PluginManifest arrays = reader.readPlugin(plugin("arrays")).value();

    assertThat(tables.dialect()).isEqualTo(ManifestDialect.TABLES);
    assertThat(arrays.dialect()).isEqualTo(ManifestDialect.ARRAYS);
    assertThat(arrays.withDialect(ManifestDialect.TABLES)).isEqualTo(tables);
    assertThat(tables.version()).isEqualTo("1.4.0-rc.1+build.7");
    assertThat(tables.templates()).containsExactly(new TemplateRef("step_handler",
        "templates/step_handler", "A step handler with a pytest test", List.of("python"),
        List.of("fastapi")));
  }

  @Test
  void bothTemplateFilesReadIntoTheSameModel() throws Exception {
    TemplateMetadataReader reader = new TemplateMetadataReader();
    TemplateMetadata tables =
        reader.readTemplate(plugin("tables").resolve("templates/step_handler")).value();
    TemplateMetadata arrays =
        reader.readTemplate(plugin("arrays").resolve("templates/step_handler")).value();

    assertThat(arrays.sameContentAs(tables)).isTrue();
    assertThat(tables.parameter("style").orElseThrow().type()).isEqualTo(ParameterType.CHOICE);
    assertThat(tables.outputs()).containsExactly(new TemplateOutput("handler.py.tera",
        "{{ name | snake_case }}_handler.py", null, null, false));
  }
}
