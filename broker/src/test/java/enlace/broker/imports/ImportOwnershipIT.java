package enlace.broker.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.cli.CommandLines;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import cannot take another organization's place: a record naming it is a problem (file, row, field) and
 * nothing of that record is written, through importBatch in every format and through the command line sent to
 * a running node. A coordinator may import for anyone; each such write is audited.
 */
class ImportOwnershipIT {

  private static final String IMPORT = """
      mutation($format: ImportFormat!, $content: String!, $source: String!, $skip: Boolean) {
        importBatch(format: $format, source: $source, content: $content, skipInvalid: $skip) {
          created rejected written problems { file where field reason } } }""";
  private static final String MERIDA = "31050";

  @TempDir
  Path dir;

  private String run;
  private String refuge;
  private String place;
  private String intruder;

  /** A refuge's own place in Mérida, written through the API, and another organization that wants it. */
  @BeforeEach
  void refugeAndIntruder() {
    run = UUID.randomUUID().toString().substring(0, 8);
    refuge = "t-own-refugio-" + run;
    place = "t-own-sede-" + run;
    intruder = "t-own-intruso-" + run;
    var owner = TestNode.token(refuge, null, Scope.DIRECTORY_WRITE);
    Api.data(TestNode.graphql(owner, "mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }",
        new JsonObject().put("input", new JsonObject().put("id", refuge).put("name", "Refugio " + run)
            .put("kind", "enl:kind-shelter"))));
    Api.data(TestNode.graphql(owner, "mutation($input: LocationInput!) { upsertLocation(input: $input) { id } }",
        new JsonObject().put("input", new JsonObject().put("id", place).put("name", "Sede").put("address", "Calle 60")
            .put("municipalityCode", MERIDA).put("latitude", 20.96712).put("longitude", -89.62377))));
    Api.data(TestNode.graphql(owner, "mutation($input: ServiceInput!) { upsertService(input: $input) { id } }",
        new JsonObject().put("input", new JsonObject().put("id", "t-own-hospedaje-" + run).put("name", "Refugio")
            .put("confidential", true).put("categories", new JsonArray().add("enl:shelter-women-children"))
            .put("locationIds", new JsonArray().add(place)))));
  }

  private String sheet(String organization) {
    return "organizacion,id_organizacion,servicio,categorias,clave_inegi,latitud,longitud,id_lugar\n"
        + "Oficina,%s,Asesoría %s,Asesoría jurídica,%s,21.0,-89.6,%s\n".formatted(organization, run, MERIDA, place);
  }

  private String hsds(String organization, String id, String location) {
    return """
        {"id": "%s", "name": "Asesoría %s", "organization": {"id": "%s", "name": "Oficina"},
         "attributes": [{"id": "a", "taxonomy_term": {"id": "t", "name": "Asesoría", "taxonomy": "Enlace",
           "term_uri": "https://w3id.org/enlace/ns#legal-aid"}}],
         "service_at_locations": [{"id": "sal", "location": {"id": "%s", "latitude": 21.0, "longitude": -89.6,
           "external_identifier": "%s", "external_identifier_type": "inegi"}}]}""".formatted(id, id, organization,
        location, MERIDA);
  }

  private JsonObject importBatch(String token, String format, String content, boolean skip) {
    return Api.data(TestNode.graphql(token, IMPORT, new JsonObject().put("format", format).put("content", content)
        .put("source", "t-own-" + run).put("skip", skip))).getJsonObject("importBatch");
  }

  /** The place as stored: where it is and which organizations deliver services there. */
  private Map<String, Object> stored() {
    return TestGraph.graph().read(tx -> tx.runAsync("""
            MATCH (l:Location {id: $id})
            RETURN l.exactPoint.y AS latitude, l.name AS name,
                   COLLECT { MATCH (s:Service)-[:AT]->(l) RETURN DISTINCT s.organization } AS organizations""",
            Map.of("id", place)).thenCompose(c -> c.singleAsync()).thenApply(r -> r.asMap()))
        .toCompletableFuture().join();
  }

  private void assertUntouched() {
    var stored = stored();
    assertEquals(20.96712, (double) stored.get("latitude"), 1e-9);
    assertEquals("Sede", stored.get("name"));
    assertEquals(List.of(refuge), stored.get("organizations"));
    long intruders = TestGraph.graph().read(tx -> tx.runAsync(
            "MATCH (s:Service {organization: $org}) RETURN count(s) AS n", Map.of("org", intruder))
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong())).toCompletableFuture().join();
    assertEquals(0, intruders, "nothing of the refused record is written");
  }

  private static JsonObject onlyProblem(JsonObject result) {
    assertEquals(1, result.getJsonArray("problems").size(), result::encodePrettily);
    return result.getJsonArray("problems").getJsonObject(0);
  }

  @Test
  void aSheetRowNamingAnotherOrganizationsPlaceIsRefusedNamingItsRowAndField() {
    var token = TestNode.token(intruder, null, Scope.DIRECTORY_WRITE);
    var result = importBatch(token, "SHEET", sheet(intruder), false);
    assertEquals(0, result.getInteger("created"));
    assertFalse(result.getBoolean("written"));
    var problem = onlyProblem(result);
    assertEquals("line 2", problem.getString("where"));
    assertEquals("id_lugar", problem.getString("field"));
    assertTrue(problem.getString("reason").contains(place) && problem.getString("reason").contains("otra organización"),
        problem::encode);
    assertUntouched();
    var owner = TestNode.token(refuge, null, Scope.DIRECTORY_WRITE);
    Api.data(TestNode.graphql(owner, "mutation($input: LocationInput!) { upsertLocation(input: $input) { id } }",
        new JsonObject().put("input", new JsonObject().put("id", place).put("name", "Sede").put("address", "Calle 60")
            .put("municipalityCode", MERIDA).put("latitude", 20.96712).put("longitude", -89.62377))));
  }

  @Test
  void anHsdsRecordNamingItIsLeftOutAndTheOthersWritten() {
    var token = TestNode.token(intruder, null, Scope.DIRECTORY_WRITE);
    var own = "t-own-propio-" + run;
    var content = "[" + hsds(intruder, own, "t-own-lugar-" + run) + "," + hsds(intruder, "t-own-ajeno-" + run, place)
        + "]";
    var result = importBatch(token, "HSDS", content, true);
    assertEquals(1, result.getInteger("created"), result::encodePrettily);
    assertEquals(1, result.getInteger("rejected"));
    var problem = onlyProblem(result);
    assertEquals("/1", problem.getString("where"));
    assertEquals("/1/service_at_locations/0/location/id", problem.getString("field"));
    var stored = stored();
    assertEquals(List.of(refuge), stored.get("organizations"));
    assertEquals(20.96712, (double) stored.get("latitude"), 1e-9);
  }

  @Test
  void anHsdsLocationGivenOnItsOwnCannotTakeThePlaceEither() {
    var token = TestNode.token(intruder, null, Scope.DIRECTORY_WRITE);
    var location = """
        [{"id": "%s", "name": "Mía", "location_type": "physical_location", "latitude": 21.0, "longitude": -89.6,
          "external_identifier": "%s", "external_identifier_type": "inegi"}]""".formatted(place, MERIDA);
    var result = importBatch(token, "HSDS", location, false);
    assertFalse(result.getBoolean("written"), result::encodePrettily);
    var problem = onlyProblem(result);
    assertEquals("/0/id", problem.getString("field"), problem::encode);
    assertTrue(problem.getString("reason").contains(place + " es de la organización " + refuge), problem::encode);
    assertUntouched();
  }

  @Test
  void theCommandLineSentToARunningNodeNamesTheLineOfItsOwnFile() throws Exception {
    var file = Files.writeString(dir.resolve("oficina.csv"), sheet(intruder));
    var out = CommandLines.run(1, "import", "--node", TestNode.uri("").toString(), "--token",
        TestNode.token(intruder, null, Scope.DIRECTORY_WRITE), "--format", "sheet", "--source", "t-own-" + run,
        file.toString());
    assertTrue(out.contains("oficina.csv line 2 [id_lugar]"), out);
    assertTrue(Files.readString(dir.resolve("oficina.csv.rejects.csv")).contains("oficina.csv,line 2,id_lugar,"));
    assertUntouched();
  }

  @Test
  void aCoordinatorImportsForAnyoneAndEachSuchWriteIsAudited() {
    var coordinator = TestNode.token(null, "mx", Scope.COORDINATOR);
    var result = importBatch(coordinator, "SHEET", sheet(intruder), false);
    assertEquals(1, result.getInteger("created"), result::encodePrettily);
    var events = TestGraph.graph().read(tx -> tx.runAsync("""
            MATCH (e:AuditEvent) WHERE e.organization = $org AND e.action STARTS WITH 'import:'
            RETURN e.action AS action, e.target AS target ORDER BY e.sequence""", Map.of("org", intruder))
        .thenCompose(c -> c.listAsync(r -> r.get("action").asString() + " " + r.get("target").asString())))
        .toCompletableFuture().join();
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.get(0).startsWith("import:service Service:"), events.toString());
    assertEquals("import:foreignLocation Location:" + place, events.get(1));
  }
}
