package enlace.broker.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.cli.CommandLines;
import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.imports.DataExchange;
import enlace.connectors.imports.ImportFormat;
import enlace.connectors.imports.Problem;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The xlsx template as an office downloads it from a node (and as `enlace template` writes it), opened with POI:
 * notes on the headers, drop-down lists filled from the vocabulary, every municipality to pick from, the
 * instructions; and the template filled in reads back through the same reader an upload goes through.
 */
class ServiceTemplateIT {

  @Test
  void theNodeServesAWorkbookThatGuidesAndReadsBack() throws Exception {
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri(TemplateRoutes.PATH)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals(TemplateRoutes.XLSX, response.headers().firstValue("Content-Type").orElse(null));
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertEquals("servicios", book.getSheetName(0));
      assertTrue(book.isSheetHidden(book.getSheetIndex("listas")), "the lists stay out of the way");
      var services = book.getSheet("servicios");
      assertEquals("organizacion", services.getRow(0).getCell(1).getStringCellValue());
      assertTrue(services.getRow(0).getCell(1).getCellComment().getString().getString().startsWith("Obligatorio"));
      assertEquals(5, services.getDataValidations().size(), "kinds, categories, documents, languages, states");
      for (var list : new String[] {"categorias", "tipos", "documentos", "idiomas", "estados"}) {
        var range = book.getName(list).getRefersToFormula();
        int last = Integer.parseInt(range.substring(range.lastIndexOf('$') + 1));
        assertTrue(last >= 5, list + " lists the vocabulary: " + range);
      }
      assertEquals(32, Integer.parseInt(book.getName("estados").getRefersToFormula().replaceAll(".*\\$", "")));
      assertEquals(2_471, book.getSheet("municipios").getLastRowNum(), "every municipality, by INEGI code");
      assertTrue(book.getSheet("instrucciones").getRow(0).getCell(0).getStringCellValue().startsWith("Cómo llenar"));

      var ontology = Ontology.load();
      var picked = ontology.label(ontology.concepts(Scheme.SERVICE_CATEGORIES).getFirst().iri(), "es");
      var listed = new ArrayList<String>();
      book.getSheet("listas").forEach(row -> listed.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
      assertTrue(listed.contains(picked), picked + " is in the categories' list");
      services.getRow(1).getCell(5).setCellValue(picked);
      var filled = new ByteArrayOutputStream();
      book.write(filled);
      var parsed = DataExchange.offline(ontology, Gazetteer.bundled(), Clock.systemUTC())
          .read(ImportFormat.SHEET, "plantilla-servicios.xlsx", filled.toByteArray());
      assertEquals(2, parsed.records().size(), parsed.problems().toString());
      assertTrue(parsed.problems().stream().noneMatch(Problem::isError), parsed.problems().toString());
      assertTrue(parsed.problems().isEmpty(), "the example rows and a category picked from the list are what the"
          + " node reads without a warning: " + parsed.problems());
    }
  }

  @Test
  void theCommandLineWritesTheSameTemplate(@TempDir Path dir) throws Exception {
    var file = dir.resolve("plantilla-servicios.xlsx");
    var out = CommandLines.run(0, "template", "--out", file.toString());
    assertTrue(out.contains("plantilla escrita"), out);
    try (var book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertEquals(4, book.getNumberOfSheets());
    }
  }
}
