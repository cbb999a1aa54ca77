package enlace.connectors.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRejectsIT {

  private static final String HEADER = "organizacion,servicio,categorias,horario,clave_inegi,latitud,longitud\n";
  private static final String GOOD = "DAM Prueba,Orientación %d,Asesoría jurídica,lun-vie 09:00-17:00,03003,24.14,-110.31\n";

  @TempDir
  Path dir;

  @Test
  void shouldImportNothingFromAFileWithOneRowInError() {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.SHEET, "oficina.csv",
        HEADER + GOOD.formatted(1) + "DAM Prueba,,Asesoría jurídica,lun-vie 09:00-17:00,03003,24.14,-110.31\n");

    var summary = Fixture.run(exchange, parsed, Fixture.options("dam-lapaz"));

    assertFalse(summary.written());
    assertEquals(2, summary.refused());
    var problem = summary.problems().getFirst();
    assertEquals(List.of("line 3", "servicio", "ERROR"), List.of(problem.where(), problem.field(),
        problem.severity().name()));
    assertEquals(0, services());
  }

  @Test
  void shouldStoreARowWhoseHoursCannotBeReadAndWarn() {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.SHEET, "oficina.csv",
        HEADER + "DAM Prueba,Orientación,Asesoría jurídica,cuando haya personal,03003,24.14,-110.31\n");

    var summary = Fixture.run(exchange, parsed, Fixture.options("dam-lapaz"));

    assertTrue(summary.written());
    assertEquals(List.of(1, 1, 0), List.of(summary.created(), summary.withWarnings(), summary.refused()));
    var problem = summary.problems().getFirst();
    assertEquals(List.of("horario", "WARNING", "cuando haya personal"), List.of(problem.field(),
        problem.severity().name(), problem.value()));
    assertEquals(1, services());
  }

  @Test
  void shouldImportTheValidRowsAndWriteTheRestToTheRejectFile() throws Exception {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.SHEET, "oficina.csv", HEADER + GOOD.formatted(1)
        + "DAM Prueba,Orientación 2,Asesoría jurídica,lun-vie 09:00-17:00,99999,24.14,-110.31\n"
        + "DAM Prueba,,Ninguna categoría,lun-vie 09:00-17:00,03003,24.14,-110.31\n" + GOOD.formatted(4));

    var summary = Fixture.run(exchange, parsed, Fixture.skipping("dam-lapaz"));
    var rejects = dir.resolve("rechazos.csv");
    RejectFile.write(rejects, summary.problems());

    assertEquals(2, summary.created());
    assertEquals(2, summary.refused());
    var lines = Files.readAllLines(rejects);
    assertEquals("file,where,field,severity,kind,value,reason,motivo,suggestions", lines.getFirst());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("oficina.csv,line 3,clave_inegi,error,PLACE,99999,")),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("oficina.csv,line 4,servicio,error,REQUIRED,")),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("oficina.csv,line 4,categorias,warning,CATEGORY,"
        + "Ninguna categoría,")), lines.toString());
    assertEquals(2, services());
  }

  @Test
  void shouldNameTheJsonPointerOfAnUnreadableHsdsFieldAndKeepTheRecord() {
    var exchange = Fixture.fresh();
    var bad = HsdsDocuments.service("svc-bad", "org-bad", "Sin horario", 24.14, -110.31)
        .replace("\"byday\": \"SA\"", "\"byday\": \"XX\"");
    var parsed = exchange.read(ImportFormat.HSDS, "lista.json", HsdsDocuments.page(
        HsdsDocuments.service("svc-ok", "org-ok", "Bien", 24.15, -110.32), bad));

    var day = parsed.problems().stream().filter(p -> p.kind() == Problem.Kind.HOURS).toList();
    assertEquals(List.of("lista.json /contents/1 [/contents/1/schedules/1/byday] warning: unknown day 'XX' "
        + "(MO TU WE TH FR SA SU); left out"), day.stream().map(Problem::toString).toList());
    assertEquals(2, parsed.records().size());
  }

  @Test
  void shouldRefuseTextThatIsNotJson() {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.HSDS, "roto.json", "{\"contents\": [");
    assertEquals(1, parsed.problems().size());
    assertTrue(parsed.problems().getFirst().reason().startsWith("not JSON"), parsed.problems().toString());
  }

  @Test
  void shouldKeepAnHsdsServiceWithoutLocationOrKnownCategoryWithWarnings() {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.HSDS, "x.json", """
        {"id": "s1", "name": "Sin nada", "status": "active", "organization": {"id": "o1", "name": "O"},
         "attributes": [{"id": "a", "taxonomy_term": {"id": "t", "name": "Término raro", "taxonomy": "Otro"}}]}
        """);
    assertEquals(List.of("/attributes/0/taxonomy_term/name WARNING", "/service_at_locations WARNING"),
        parsed.problems().stream().map(p -> p.field() + " " + p.severity()).toList());
    assertEquals("Término raro", parsed.problems().getFirst().value());
  }

  @Test
  void shouldWriteNothingOnADryRun() {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.SHEET, "oficina.csv", HEADER + GOOD.formatted(1));
    var dry = new ImportOptions("dam-lapaz", "mx", true, false, Optional.empty(), Fixture.entry("dam-lapaz"), 10);

    var summary = Fixture.run(exchange, parsed, dry);

    assertEquals(1, summary.created());
    assertTrue(summary.dryRun());
    assertEquals(0, services());
  }

  @Test
  void shouldKeepAVacancyWithUnusableCountsAndDatesAndWarn() {
    var exchange = Fixture.fresh();
    var parsed = exchange.read(ImportFormat.VACANCIES, "sne.csv", """
        employer,title,inegi_code,positions,wage,accepted_documents,posted,expires
        Empacadora Prueba,Empacador,02001,3,$9000 mensual,TVRH; CURP temporal,2026-11-20,2026-12-20
        Empacadora Prueba,Montacarguista,02001,0,,,2026-11-20,2026-11-01
        """);

    assertEquals(List.of("line 3 positions WARNING", "line 3 expires WARNING"), parsed.problems().stream()
        .map(p -> p.where() + " " + p.field() + " " + p.severity()).toList());
    var summary = Fixture.run(exchange, parsed, Fixture.options("sne-bc"));
    assertEquals(List.of(2, 1), List.of(summary.created(), summary.withWarnings()));
    assertEquals(2L, (long) TestGraph.graph().read(tx -> tx.runAsync(
        "MATCH (:Organization)-[:OFFERS]->(v:Vacancy)-[:IN]->(:Municipality {code: '02001'}) RETURN count(v) AS n")
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong())).toCompletableFuture().join());
  }

  private static long services() {
    return TestGraph.graph().read(tx -> tx.runAsync("MATCH (s:Service) RETURN count(s) AS n")
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong())).toCompletableFuture().join();
  }
}
