package enlace.connectors.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sheet as an office saves it from Excel: Windows-1252, semicolons, CRLF, accented headers, places by their
 * common names and state abbreviations, categories and kinds as staff say them, hours and phones as written.
 */
class OfficeSheetIT {

  @Test
  void shouldStoreEveryUsableRowOfAWindows1252SheetAndCountEachRowOnce() throws Exception {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.SHEET, sheet());

    var summary = Fixture.run(exchange, parsed, Fixture.skipping("oficinas"));

    assertEquals(7, summary.read(), summary.line());
    assertEquals(summary.read(), summary.created() + summary.updated() + summary.unchanged() + summary.merged()
        + summary.refused(), summary.line());
    assertEquals(List.of(5, 2), List.of(summary.created(), summary.refused()), summary.problems().toString());
    assertEquals(List.of("line 7", "line 8"), summary.errors().stream().map(Problem::where).distinct().toList());
  }

  @Test
  void shouldPlaceRowsByTownNameAndStateAbbreviation() throws Exception {
    var exchange = Fixture.fresh();
    Fixture.run(exchange, exchange.read(ImportFormat.SHEET, sheet()), Fixture.skipping("oficinas"));

    var places = TestGraph.graph().read(tx -> tx.runAsync("""
            MATCH (o:Organization)-[*1..3]-(m:Municipality) RETURN o.name AS org, collect(DISTINCT m.code) AS codes
            """).thenCompose(c -> c.listAsync(r -> Map.entry(r.get("org").asString(),
            r.get("codes").asList(v -> v.asString()))))).toCompletableFuture().join();
    var byOrg = Map.ofEntries(places.toArray(Map.Entry[]::new));

    assertEquals(List.of("05002"), byOrg.get("Casa del Migrante Acuña"), "Cd. Acuña, Coah. and the ñ of 1252");
    assertEquals(List.of("08037"), byOrg.get("Delegación del INM"), "Ciudad Juarez without its accent");
    assertEquals(List.of("26018"), byOrg.get("Centro de Salud Urbano"), "Ciudad Obregón is Cajeme");
    assertEquals(List.of("26043"), byOrg.get("DAM Nogales"), "Nogales, Son., not the Nogales of other states");
  }

  @Test
  void shouldWarnOfWhatItCouldNotUseAndNameTheCandidatesOfAnAmbiguousPlace() throws Exception {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.SHEET, sheet());

    var nogales = parsed.problems().stream().filter(p -> p.where().equals("line 6")).toList();
    assertTrue(nogales.stream().noneMatch(Problem::isError), nogales.toString());
    assertEquals(List.of("CAPACITY", "CATEGORY", "PHONE", "POSTAL_CODE"), nogales.stream().map(p -> p.kind().name())
        .sorted().toList());
    var category = nogales.stream().filter(p -> p.kind() == Problem.Kind.CATEGORY).findFirst().orElseThrow();
    assertEquals("Taller de bordado", category.value());
    assertEquals(List.of("06.03"), category.suggestions().stream().map(Problem.Suggestion::code).toList(),
        "only concepts near enough are offered: " + category);
    assertTrue(category.message().es().contains("¿quiso decir"), category.message().es());

    var mexicoCity = parsed.problems().stream().filter(p -> p.where().equals("line 8") && p.isError()).toList();
    assertEquals(List.of("PLACE"), mexicoCity.stream().map(p -> p.kind().name()).toList());
    assertTrue(mexicoCity.getFirst().suggestions().size() > 1, mexicoCity.toString());
    assertFalse(parsed.problems().stream().anyMatch(p -> p.where().equals("line 2") || p.where().equals("line 4")
        || p.where().equals("line 5")), parsed.problems().toString());
  }

  private static Path sheet() throws URISyntaxException {
    return Path.of(OfficeSheetIT.class.getResource("/enlace/connectors/imports/oficinas-1252.csv").toURI());
  }
}
