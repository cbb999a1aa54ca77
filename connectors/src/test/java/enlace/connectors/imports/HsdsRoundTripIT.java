package enlace.connectors.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import enlace.graph.TestGraph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.service.ServiceQuery;
import enlace.graph.service.ServiceSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HsdsRoundTripIT {

  private static final String A = HsdsDocuments.service("svc-lapaz-1", "org-lapaz-1", "Albergue Prueba Uno",
      24.1426, -110.3128);
  private static final String B = HsdsDocuments.service("svc-lapaz-2", "org-lapaz-2", "Comedor Prueba Dos",
      24.1600, -110.3000);

  @TempDir
  Path dir;

  @Test
  void shouldExportWhatItImportedAndValidate() throws Exception {
    var exchange = Fixture.fresh();
    var original = exchange.read(ImportFormat.HSDS, "in.json", HsdsDocuments.page(A, B));
    assertFalse(original.hasErrors(), original.problems().toString());
    assertEquals(List.of("Casa de medio camino", "Casa de medio camino"),
        original.problems().stream().map(Problem::value).toList(), "the source's own term is listed for review");

    var first = Fixture.run(exchange, original, Fixture.options("bcs-211"));
    assertEquals(2, first.created(), first.toString());

    assertEquals(2, exchange.hsdsExport().json(dir.resolve("json")));
    var exported = Files.readString(dir.resolve("json/services.json"));
    var mapper = new ObjectMapper();
    for (var service : mapper.readTree(exported).get("contents")) {
      assertEquals(List.of(), HsdsSchemas.errors("service", service.toString()));
    }
    assertEquals(canonical(original), canonical(exchange.read(ImportFormat.HSDS, "out.json", exported)));

    exchange.hsdsExport().tables(dir.resolve("csv"));
    var fromTables = exchange.read(ImportFormat.HSDS_CSV, dir.resolve("csv"));
    assertEquals(original.problems().stream().map(Problem::value).toList(),
        fromTables.problems().stream().map(Problem::value).toList());
    assertEquals(canonical(original), canonical(fromTables));
  }

  @Test
  void shouldHaveTheValidatorRefuseAServiceWithoutNameOrStatus() {
    var errors = HsdsSchemas.errors("service", "{\"id\": \"x\", \"organization\": {\"id\": \"o\"}}");
    assertTrue(errors.size() >= 3, errors.toString());
  }

  @Test
  void shouldChangeNothingWhenTheSameFileComesAgain() {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.HSDS, "in.json", "[" + A + "," + B + "]");
    Fixture.run(exchange, parsed, Fixture.options("bcs-211"));
    var nodes = count();

    var again = Fixture.run(exchange, parsed, Fixture.options("bcs-211"));

    assertEquals(2, again.unchanged());
    assertEquals(0, again.created() + again.updated() + again.merged());
    assertEquals(nodes, count());
  }

  @Test
  void shouldFindServicesByTheirMappedCategoryAndTheirLocalTerm() {
    var exchange = Fixture.fresh();
    Fixture.run(exchange, exchange.read(ImportFormat.HSDS, "in.json", A), Fixture.options("bcs-211"));
    var search = new ServiceSearch(TestGraph.graph());
    var near = ServiceQuery.near(new GeoPoint(24.14, -110.31), 10, 10);

    var byCategory = search.search(near.withCategories(java.util.Set.of("https://w3id.org/enlace/ns#shelter")))
        .toCompletableFuture().join();
    var byLocalTerm = search.search(near.withText("medio camino")).toCompletableFuture().join();

    assertEquals(List.of("svc-lapaz-1"), byCategory.hits().stream().map(h -> h.service().id()).toList());
    assertEquals(List.of("svc-lapaz-1"), byLocalTerm.hits().stream().map(h -> h.service().id()).toList());
  }

  private static List<String> canonical(Parsed parsed) {
    var out = new ArrayList<String>();
    parsed.records().stream().sorted(Comparator.comparing(ImportRecord::id)).forEach(r -> out.add(Canonical.text(r)));
    return out;
  }

  private static long count() {
    return TestGraph.graph().read(tx -> tx.runAsync("MATCH (n) RETURN count(n) AS n")
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong())).toCompletableFuture().join();
  }
}
