package enlace.broker.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The spreadsheet template of the README, filled in with ten rows, imported through importBatch. */
class SheetTemplateIT {

  private static final String SOURCE = "dam-ensenada-sheet";
  private static final String IMPORT = """
      mutation($content: String!, $dryRun: Boolean) {
        importBatch(format: SHEET, source: "%s", content: $content, dryRun: $dryRun) {
          read created updated unchanged merged rejected written problems { file where field reason }
        }
      }""".formatted(SOURCE);

  @Test
  void shouldFindTheTenServicesOfAFilledTemplate() throws Exception {
    var template = Files.readAllLines(Path.of("..", "connectors", "templates", "plantilla-servicios.csv"));
    var rows = new ArrayList<String>(java.util.List.of(template.getFirst()));
    String[] categories = {"Albergue para familias", "Asesoría jurídica", "Alimentación", "Salud", "01.02"};
    for (int i = 0; i < 10; i++) {
      rows.add(String.join(",", "", "DAM Ensenada Prueba", "DAM", "Servicio Zentlalli " + i, "Fila " + i,
          categories[i % categories.length], "TVRH; CURP temporal", "es; ht", "lun-vie 09:00-17:00; sáb 10:00-14:00",
          i % 2 == 0 ? "30" : "", i % 2 == 0 ? "5" : "", i % 2 == 0 ? "cama" : "", "02001", "", "",
          "Oficina " + i, "Calle Prueba " + i, "22800", String.valueOf(31.86 + i * 0.01), "-116.60",
          "+52 646 000 0000", "dam-ens@example.org", "", "gratuito", "2026-11-01"));
    }
    var content = String.join("\n", rows) + "\n";
    var token = TestNode.token(null, "mx", Scope.COORDINATOR);

    var result = TestNode.graphql(token, IMPORT, new JsonObject().put("content", content))
        .getJsonObject("data").getJsonObject("importBatch");
    assertEquals(10, result.getInteger("created"), result.encodePrettily());
    assertEquals(0, result.getInteger("rejected"));

    var again = TestNode.graphql(token, IMPORT, new JsonObject().put("content", content))
        .getJsonObject("data").getJsonObject("importBatch");
    assertEquals(10, again.getInteger("unchanged"));

    var found = TestNode.graphql("""
        { searchServices(municipality: "02001", radiusKm: 25, text: "zentlalli", first: 20) {
            edges { node { name categories { label } organization { name }
                           sources { source sourceId importedAt assuredAt merged } } } } }""", null)
        .getJsonObject("data").getJsonObject("searchServices").getJsonArray("edges");
    assertEquals(10, found.size(), found.encodePrettily());
    for (var edge : found) {
      var sources = ((JsonObject) edge).getJsonObject("node").getJsonArray("sources");
      assertEquals(1, sources.size(), sources.encodePrettily());
      assertEquals(SOURCE, sources.getJsonObject(0).getString("source"));
      assertTrue(sources.getJsonObject(0).getString("assuredAt").startsWith("2026-11-01"), sources.encodePrettily());
      assertTrue(sources.getJsonObject(0).getString("importedAt") != null && !sources.getJsonObject(0).getBoolean("merged"));
    }
    var shelters = TestNode.graphql("""
        { searchServices(municipality: "02001", radiusKm: 25, categories: ["enl:shelter"], documents: ["enl:doc-tvrh"],
                         hasCapacity: true, first: 20) { edges { node { name } } } }""", null)
        .getJsonObject("data").getJsonObject("searchServices").getJsonArray("edges");
    assertTrue(shelters.stream().map(e -> ((JsonObject) e).getJsonObject("node").getString("name"))
        .anyMatch(n -> n.equals("Servicio Zentlalli 0")), shelters.encodePrettily());
  }

  @Test
  void shouldLetAnOrganizationImportOnlyItsOwnRecords() {
    var token = TestNode.token("org-otra", "mx", Scope.DIRECTORY_WRITE);
    var content = "organizacion,id_organizacion,servicio,categorias,clave_inegi\n"
        + "DAM Ensenada Prueba,org-dam-ens,Ajeno,Asesoría jurídica,02001\n";

    var result = TestNode.graphql(token, IMPORT, new JsonObject().put("content", content))
        .getJsonObject("data").getJsonObject("importBatch");

    assertEquals(0, result.getInteger("created"));
    assertEquals(1, result.getInteger("rejected"));
    assertEquals("organization.id", result.getJsonArray("problems").getJsonObject(0).getString("field"));
  }

  @Test
  void shouldRefuseAnImportWithoutToken() {
    var answer = TestNode.graphql(IMPORT, new JsonObject().put("content", "x"));
    assertEquals("UNAUTHENTICATED", answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
        .getString("code"));
  }

  @AfterAll
  static void removeWhatWasImported() {
    ImportedRecords.remove(SOURCE);
  }
}
