package enlace.connectors.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open Referral's own published examples, as a partner would send them, once their place is in Mexico. */
class HsdsOfficialExamplesIT {

  @TempDir
  Path dir;

  @Test
  void shouldImportTheOfficialFullServiceWithWarningsAndNoErrors() throws Exception {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.HSDS, "service_full.json", inMexico(example("service_full.json")));

    assertFalse(parsed.hasErrors(), parsed.problems().toString());
    var summary = Fixture.run(exchange, parsed, Fixture.options("openreferral"));

    assertEquals(List.of(1, 1, 0), List.of(summary.created(), summary.withWarnings(), summary.refused()),
        summary.line());
    assertTrue(summary.written());
    var kinds = summary.warnings().stream().map(p -> p.kind().name()).distinct().toList();
    assertTrue(kinds.contains("DOCUMENT_TEXT"), "free-text required documents are kept and flagged: " + kinds);
    assertTrue(kinds.contains("CATEGORY"), "a taxonomy that is not ours is listed for review: " + kinds);
  }

  @Test
  void shouldExportTheOfficialServiceAgainValidAgainstTheSchemas() throws Exception {
    var exchange = Fixture.fresh();
    Fixture.run(exchange, exchange.read(ImportFormat.HSDS, "service_full.json", inMexico(example("service_full.json"))),
        Fixture.options("openreferral"));

    assertEquals(1, exchange.hsdsExport().json(dir.resolve("json")));
    var exported = new ObjectMapper().readTree(Files.readString(dir.resolve("json/services.json")));
    for (var service : exported.get("contents")) {
      assertEquals(List.of(), HsdsSchemas.errors("service", service.toString()));
      assertEquals("Community Counselling", service.get("name").asText());
    }
  }

  @Test
  void shouldRefuseTheOfficialServiceWhereItCannotBeLocatedNamingTheField() throws Exception {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.HSDS, "service_full.json", example("service_full.json"));

    var errors = parsed.problems().stream().filter(Problem::isError).toList();
    assertEquals(List.of("PLACE /service_at_locations/0/location/addresses/0/state_province MyCity, MyState"),
        errors.stream().map(p -> p.kind() + " " + p.field() + " " + p.value()).toList());
    assertTrue(errors.getFirst().message().es().startsWith("estado desconocido 'MyState'"), errors.toString());
  }

  /** The example's location at a point in Tijuana: its latitude 100 and longitude 101 are not on Earth. */
  static String inMexico(String json) {
    return json.replace("\"latitude\": 100", "\"latitude\": 32.5027").replace("\"longitude\": 101",
        "\"longitude\": -117.0037");
  }

  static String example(String name) throws IOException {
    try (InputStream in = HsdsOfficialExamplesIT.class.getResourceAsStream("/enlace/connectors/hsds/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
