package enlace.connectors.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesIT {

  private static final String HEADER = "organizacion,servicio,categorias,clave_inegi,latitud,longitud\n";

  @Test
  void shouldMergeTheSameServiceFromTwoSourcesAndUndoTheMerge() {
    var exchange = Fixture.fresh();
    var hsds = exchange.read(ImportFormat.HSDS, "211.json",
        HsdsDocuments.service("svc-211-a", "org-211-a", "Albergue Prueba Uno", 24.1426, -110.3128));
    Fixture.run(exchange, hsds, Fixture.options("bcs-211"));
    // the office's sheet: same name but accents, 100 m away, its own organization id
    var sheet = exchange.read(ImportFormat.SHEET, "dam.csv", HEADER
        + "Casa Prueba org-211-a,ALBERGUE prueba uno,Albergue,03003,24.1435,-110.3128\n"
        + "Casa Prueba org-211-a,Albergue Prueba Uno,Albergue,03003,24.1600,-110.3128\n");

    var summary = Fixture.run(exchange, sheet, Fixture.options("dam-lapaz"));

    assertEquals(1, summary.merged(), summary.toString());
    assertEquals(1, summary.created(), "1.9 km away is another place");
    assertEquals(List.of("bcs-211", "dam-lapaz"), sources("svc-211-a"));
    var merges = exchange.merges(10).toCompletableFuture().join();
    assertEquals(1, merges.size());
    assertEquals("svc-211-a", merges.getFirst().serviceId());

    var again = Fixture.run(exchange, sheet, Fixture.options("dam-lapaz"));
    assertEquals(2, again.unchanged(), "a merged record imported again stays merged and unchanged");

    var undone = exchange.undoMerge(merges.getFirst().key(), "mx", Fixture.entry("undo")).toCompletableFuture().join();
    assertTrue(undone.isPresent());
    assertEquals(List.of("bcs-211"), sources("svc-211-a"));
    assertEquals(3L, count("MATCH (s:Service) RETURN count(s) AS n"));
    assertEquals(List.of(), exchange.merges(10).toCompletableFuture().join());
    var third = Fixture.run(exchange, sheet, Fixture.options("dam-lapaz"));
    assertEquals(2, third.unchanged(), "an undone merge is not redone");
  }

  @Test
  void shouldKeepApartSimilarNamesOfDifferentOrganizations() {
    assertTrue(enlace.graph.provenance.Duplicates.same("Comedor San José", "a", "Parroquia", "Comedor San Jose", "b",
        "Parroquia"));
    assertTrue(enlace.graph.provenance.Duplicates.same("Albergue Belén", "a", "X", "Albergue Belen.", "b", "Y"),
        "near-identical names merge whatever the organization");
    assertEquals(false, enlace.graph.provenance.Duplicates.same("Comedor", "a", "X", "Albergue", "a", "X"));
    assertEquals(false, enlace.graph.provenance.Duplicates.same("Asesoría jurídica", "a", "Casa A",
        "Asesoría médica", "b", "Casa B"));
  }

  private static List<String> sources(String serviceId) {
    return TestGraph.graph().read(tx -> tx.runAsync("""
            MATCH (p:Provenance)-[:DESCRIBES]->(:Service {id: $id}) RETURN p.source AS s ORDER BY s
            """, java.util.Map.of("id", serviceId))
        .thenCompose(c -> c.listAsync(r -> r.get("s").asString()))).toCompletableFuture().join();
  }

  private static long count(String cypher) {
    return TestGraph.graph().read(tx -> tx.runAsync(cypher).thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").asLong())).toCompletableFuture().join();
  }
}
