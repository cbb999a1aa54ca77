package enlace.broker.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A sheet written as office staff write it goes in through importBatch: what can be stored is, with warnings;
 * the coordinator sees the warned values grouped, maps one once, and the next import resolves it.
 */
class ImportReviewIT {

  private static final String SOURCE = "dam-coahuila-revision";
  private static final String SHEET = """
      Organización;Servicio;Categorías;Horario;Municipio;Estado;Teléfono
      Casa Prueba Revisión;Bordado y costura;Taller de bordado;L-V 9 a 17 hrs;Cd. Acuña;Coah.;877 772 1234
      Casa Prueba Revisión;Costura nocturna;taller de bordados;lun. a sáb. 18-21;Piedras Negras;Coahuila;
      Casa Prueba Revisión;;Alimentación;;Piedras Negras;Coah.;
      """;
  private static final String IMPORT = """
      mutation($content: String!) {
        importBatch(format: SHEET, source: "%s", content: $content, skipInvalid: true) {
          read created updated refused withWarnings written
          problems { severity kind where field value message(lang: "en") suggestions { code label(lang: "es") } }
        }
      }""".formatted(SOURCE);

  @Test
  void shouldStoreWhatItCanWarnOfTheRestAndOfferCandidates() {
    var result = importSheet();

    assertEquals(3, result.getInteger("read"), result.encodePrettily());
    assertEquals(2, result.getInteger("created"));
    assertEquals(1, result.getInteger("refused"));
    assertEquals(2, result.getInteger("withWarnings"));
    var category = problems(result, "CATEGORY").getJsonObject(0);
    assertEquals("WARNING", category.getString("severity"));
    assertEquals("categorias", category.getString("field"));
    assertTrue(category.getString("message").contains("did you mean"), category.encodePrettily());
    assertEquals("06.03", category.getJsonArray("suggestions").getJsonObject(0).getString("code"),
        category.encodePrettily());
    var refused = problems(result, "REQUIRED").getJsonObject(0);
    assertEquals(java.util.List.of("ERROR", "line 4", "servicio"), java.util.List.of(refused.getString("severity"),
        refused.getString("where"), refused.getString("field")));
  }

  @Test
  void shouldMapAValueOnceForEveryRecordAndForTheNextImport() {
    importSheet();
    var token = TestNode.token(null, "mx", Scope.COORDINATOR);

    var groups = TestNode.graphql(token, """
        { importWarnings(first: 50) { kind topic value records sources candidates(lang: "es") { code label } } }""",
        null).getJsonObject("data").getJsonArray("importWarnings");
    var bordado = groups.stream().map(JsonObject.class::cast)
        .filter(g -> "CATEGORY".equals(g.getString("kind")) && g.getJsonArray("sources").contains(SOURCE))
        .toList();
    assertEquals(1, bordado.size(), "'Taller de bordado' and 'taller de bordados' are one value: " + groups);
    assertEquals(2, bordado.getFirst().getInteger("records"));
    assertEquals("CATEGORY", bordado.getFirst().getString("topic"));

    var mapped = TestNode.graphql(token, """
        mutation { mapValue(topic: CATEGORY, value: "Taller de bordado", concept: "Capacitación para el trabajo") {
          concept applied } }""", null).getJsonObject("data").getJsonObject("mapValue");
    assertEquals(2, mapped.getInteger("applied"), mapped.encodePrettily());

    var after = TestNode.graphql(token, "{ importWarnings(first: 50) { kind sources } }", null)
        .getJsonObject("data").getJsonArray("importWarnings");
    assertTrue(after.stream().map(JsonObject.class::cast).noneMatch(g -> "CATEGORY".equals(g.getString("kind"))
        && g.getJsonArray("sources").contains(SOURCE)), after.encodePrettily());
    var again = importSheet();
    assertEquals(0, problems(again, "CATEGORY").size(), "the region's mapping resolves it now: " + again);
  }

  private static JsonObject importSheet() {
    var token = TestNode.token(null, "mx", Scope.COORDINATOR);
    return TestNode.graphql(token, IMPORT, new JsonObject().put("content", SHEET))
        .getJsonObject("data").getJsonObject("importBatch");
  }

  private static JsonArray problems(JsonObject result, String kind) {
    return new JsonArray(result.getJsonArray("problems").stream().map(JsonObject.class::cast)
        .filter(p -> kind.equals(p.getString("kind"))).toList());
  }

  @AfterEach
  void removeWhatWasImported() {
    ImportedRecords.remove(SOURCE);
    TestGraph.graph().execute("MATCH (m:ValueMapping {region: 'mx'}) DETACH DELETE m", Map.of());
  }
}
