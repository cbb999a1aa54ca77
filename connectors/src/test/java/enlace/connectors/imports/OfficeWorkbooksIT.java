package enlace.connectors.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The files an office actually has, made by the libraries offices' programs share their formats with: an Excel
 * workbook (POI) with a title above the header, a numeric INEGI code and a date cell; the same sheet in
 * LibreOffice's .ods (SODS); CSV in Windows-1252 with semicolons and in Excel's "Unicode text" (UTF-16, tabs).
 * Each reads to the same records as the others.
 */
class OfficeWorkbooksIT {

  static final List<String> HEADER = List.of("organizacion", "tipo_organizacion", "servicio", "categorias",
      "clave_inegi", "municipio", "estado", "lugar", "direccion", "telefono", "verificado");
  static final List<List<Object>> ROWS = List.of(
      List.of("Albergue Jesús el Buen Pastor", "Albergue", "Albergue para familias", "Albergue familiar", 7089.0,
          "", "", "Albergue", "Carretera a Raymundo Enríquez km 2", 9626251234.0, LocalDate.of(2026, 11, 3)),
      List.of("DAM Ciudad Juárez", "DAM", "Orientación a personas migrantes", "Atención psicológica", "",
          "Cd. Juárez", "Chih.", "Oficina", "Av. Juárez 100", "656 123 4567", LocalDate.of(2026, 10, 20)));

  @Test
  void anExcelWorkbookWithATitleRowReadsAsItsRows() throws Exception {
    var parsed = Fixture.fresh().read(ImportFormat.SHEET, "directorio.xlsx", xlsx("servicios"));
    assertEquals(2, parsed.records().size(), parsed.problems().toString());
    assertTrue(parsed.problems().stream().noneMatch(Problem::isError), parsed.problems().toString());
    var shelter = (ServiceRecord) parsed.records().getFirst();
    assertEquals("Albergue para familias", shelter.name());
    assertTrue(parsed.problems().stream().allMatch(p -> p.file().equals("directorio.xlsx [servicios]")),
        "problems name the workbook and its sheet: " + parsed.problems());
    assertTrue(shelter.toString().contains("2026-11-03"), "the date cell is the date it shows: " + shelter);
    assertTrue(shelter.toString().contains("07089") && shelter.toString().contains("+529626251234"),
        "a numeric INEGI code and phone as written: " + shelter);
  }

  @Test
  void theSheetNamedServiciosIsReadEvenWhenItIsNotTheFirst() throws Exception {
    var parsed = Fixture.fresh().read(ImportFormat.SHEET, "libro.xlsx", xlsx("Instrucciones", "Servicios"));
    assertEquals(2, parsed.records().size(), parsed.problems().toString());
  }

  @Test
  void anOdsWorkbookReadsAsTheSameRecords() throws Exception {
    var fromExcel = Fixture.fresh().read(ImportFormat.SHEET, "directorio.xlsx", xlsx("servicios"));
    var fromOds = Fixture.fresh().read(ImportFormat.SHEET, "directorio.ods", ods());
    assertEquals(names(fromExcel), names(fromOds), fromOds.problems().toString());
    assertTrue(fromOds.records().getFirst().toString().contains("2026-11-03"), fromOds.records().getFirst().toString());
  }

  @Test
  void csvInWindows1252AndInExcelsUnicodeTextReadAsTheSameRecords() throws Exception {
    var fromExcel = Fixture.fresh().read(ImportFormat.SHEET, "directorio.xlsx", xlsx("servicios"));
    var semicolons = csv(";").getBytes(Charset.forName("windows-1252"));
    var unicodeText = ("\uFEFF" + csv("\t")).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(names(fromExcel), names(Fixture.fresh().read(ImportFormat.SHEET, "directorio.csv", semicolons)));
    assertEquals(names(fromExcel), names(Fixture.fresh().read(ImportFormat.SHEET, "directorio.txt", unicodeText)));
    assertTrue(OfficeText.decode(semicolons).contains("Jesús el Buen Pastor"), "Windows-1252 detected, not assumed");
    assertTrue(OfficeText.decode("Juárez;Acuña".getBytes(StandardCharsets.UTF_8)).contains("Juárez"), "UTF-8 stays");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedWithAClearProblem() {
    var parsed = Fixture.fresh().read(ImportFormat.SHEET, "roto.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    assertEquals(0, parsed.records().size());
    assertTrue(parsed.problems().getFirst().isError() && parsed.problems().getFirst().message().es()
        .startsWith("no se pudo leer el libro"), parsed.problems().toString());
  }

  @Test
  void aRowWithoutItsOrganizationIsThatRowsErrorNotTheFiles() {
    var text = String.join(";", HEADER) + "\r\n" + csv(";").lines().skip(1).findFirst().orElseThrow() + "\r\n"
        + ";DAM;Orientación;Asesoría jurídica;08037;;;Oficina;;;\r\n";
    var parsed = Fixture.fresh().read(ImportFormat.SHEET, "sin-organizacion.csv", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, parsed.records().size(), parsed.problems().toString());
    assertTrue(parsed.problems().stream().anyMatch(p -> p.isError() && p.where().equals("line 3")
        && "organizacion".equals(p.field())), parsed.problems().toString());
  }

  private static List<String> names(Parsed parsed) {
    return parsed.records().stream().map(r -> ((ServiceRecord) r).name()).toList();
  }

  private static String csv(String separator) {
    var out = new StringBuilder(String.join(separator, HEADER)).append("\r\n");
    for (var row : ROWS) {
      out.append(String.join(separator, row.stream().map(OfficeWorkbooksIT::written).toList())).append("\r\n");
    }
    return out.toString();
  }

  private static String written(Object value) {
    return value instanceof Double d ? String.valueOf(d.longValue()) : value.toString();
  }

  static byte[] xlsx(String... sheets) throws Exception {
    try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var dates = book.createCellStyle();
      dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (var name : sheets) {
        var sheet = book.createSheet(name);
        if (!name.equalsIgnoreCase("servicios")) {
          sheet.createRow(0).createCell(0).setCellValue("Lea las instrucciones antes de llenar la hoja");
          continue;
        }
        sheet.createRow(0).createCell(0).setCellValue("Directorio de servicios — DAM, noviembre de 2026");
        var header = sheet.createRow(2);
        for (int c = 0; c < HEADER.size(); c++) {
          header.createCell(c).setCellValue(HEADER.get(c));
        }
        for (int r = 0; r < ROWS.size(); r++) {
          var row = sheet.createRow(3 + r);
          for (int c = 0; c < HEADER.size(); c++) {
            var cell = row.createCell(c);
            switch (ROWS.get(r).get(c)) {
              case Double d -> cell.setCellValue(d);
              case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(dates);
              }
              default -> cell.setCellValue(ROWS.get(r).get(c).toString());
            }
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  static byte[] ods() throws Exception {
    var sheet = new Sheet("servicios", 3 + ROWS.size(), HEADER.size());
    sheet.getRange(0, 0).setValue("Directorio de servicios — DAM, noviembre de 2026");
    for (int c = 0; c < HEADER.size(); c++) {
      sheet.getRange(2, c).setValue(HEADER.get(c));
    }
    for (int r = 0; r < ROWS.size(); r++) {
      for (int c = 0; c < HEADER.size(); c++) {
        Range cell = sheet.getRange(3 + r, c);
        cell.setValue(ROWS.get(r).get(c));
      }
    }
    var book = new SpreadSheet();
    book.appendSheet(sheet);
    var out = new ByteArrayOutputStream();
    book.save(out);
    return out.toByteArray();
  }
}
