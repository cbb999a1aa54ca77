package enlace.broker.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import enlace.broker.TestNode;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A coordinator sees the merges of duplicates across sources and undoes one. */
class DuplicateMergesIT {

  private static final List<String> SOURCES = List.of("merge-test-a", "merge-test-b");
  private static final String IMPORT = """
      mutation($source: String!, $content: String!) {
        importBatch(format: SHEET, source: $source, content: $content) { created merged }
      }""";
  private static final String MERGES = "{ duplicateMerges { id source service { name } } }";

  @Test
  void shouldShowAMergeToACoordinatorAndUndoIt() {
    var coordinator = TestNode.token(null, "mx", Scope.COORDINATOR);
    var header = "organizacion,servicio,categorias,clave_inegi,latitud,longitud\n";
    var a = importing(coordinator, SOURCES.get(0), header + "Casa Fusión Prueba,Comedor Fusión,Alimentación,03003,24.10,-110.30\n");
    var b = importing(coordinator, SOURCES.get(1), header + "CASA FUSION PRUEBA,Comedor fusion,Alimentación,03003,24.1005,-110.3001\n");
    assertEquals(1, a.getInteger("created"));
    assertEquals(1, b.getInteger("merged"));

    var merges = TestNode.graphql(coordinator, MERGES, null).getJsonObject("data").getJsonArray("duplicateMerges");
    var mine = merges.stream().map(JsonObject.class::cast).filter(m -> m.getString("source").equals(SOURCES.get(1)))
        .toList();
    assertEquals(1, mine.size(), merges.encodePrettily());
    assertEquals("Comedor Fusión", mine.getFirst().getJsonObject("service").getString("name"));

    var office = TestNode.token("org-x", "mx", Scope.DIRECTORY_WRITE);
    var refused = TestNode.graphql(office, MERGES, null);
    assertEquals("FORBIDDEN", refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"));

    var undone = TestNode.graphql(coordinator, "mutation($id: ID!) { undoMerge(id: $id) { id service { name } } }",
        new JsonObject().put("id", mine.getFirst().getString("id")));
    assertEquals(mine.getFirst().getString("id"), undone.getJsonObject("data").getJsonObject("undoMerge").getString("id"));
    var after = TestNode.graphql(coordinator, MERGES, null).getJsonObject("data").getJsonArray("duplicateMerges");
    assertEquals(0, after.stream().map(JsonObject.class::cast).filter(m -> m.getString("source").equals(SOURCES.get(1)))
        .count());
  }

  private static JsonObject importing(String token, String source, String content) {
    return TestNode.graphql(token, IMPORT, new JsonObject().put("source", source).put("content", content))
        .getJsonObject("data").getJsonObject("importBatch");
  }

  @AfterAll
  static void removeWhatWasImported() {
    TestGraph.graph().execute("""
        MATCH (p:Provenance) WHERE p.source IN $sources
        OPTIONAL MATCH (s:Service {id: p.target})
        OPTIONAL MATCH (s)-[:AT]->(l:Location)
        OPTIONAL MATCH (li:Listing {service: s.id})
        OPTIONAL MATCH (o:Organization {id: s.organization})
        DETACH DELETE p, s, l, li, o
        """, Map.of("sources", SOURCES));
  }
}
