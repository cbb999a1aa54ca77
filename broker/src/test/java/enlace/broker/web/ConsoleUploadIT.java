package enlace.broker.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.security.Scope;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An office's Excel workbook (made here with Apache POI) uploaded from the console, previewed and confirmed. */
class ConsoleUploadIT {

  @Test
  void anOfficeUploadsItsWorkbookSeesWhatWillHappenAndConfirms() throws Exception {
    var org = "org-upload-" + UUID.randomUUID().toString().substring(0, 8);
    var service = "Asesoria de prueba " + org.substring(11);
    var file = Files.createDirectories(BrowserTest.SCREENSHOTS).resolve("directorio-" + org + ".xlsx");
    try (var book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var sheet = book.createSheet("servicios");
      sheet.createRow(0).createCell(0).setCellValue("Directorio de la oficina — diciembre de 2026");
      String[] header = {"id_organizacion", "organizacion", "tipo_organizacion", "servicio", "categorias", "clave_inegi",
          "lugar", "direccion"};
      String[][] rows = {
          {org, "Oficina de prueba", "DAM", service, "Asesoría jurídica", "07089", "Oficina", "Calle " + org},
          {org, "Oficina de prueba", "DAM", "Psicología " + org, "Atencion psicologica infantil de emergencias", "07089",
              "Oficina", "Calle " + org}};
      var headerRow = sheet.createRow(2);
      for (int c = 0; c < header.length; c++) {
        headerRow.createCell(c).setCellValue(header[c]);
      }
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(3 + r);
        for (int c = 0; c < header.length; c++) {
          if (c == 5) {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          } else {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      book.write(out);
    }
    var token = TestNode.token(org, null, Scope.DIRECTORY_WRITE);
    var output = BrowserTest.run("console-upload.test.mjs", BrowserTest.SCREENSHOTS.resolve("console-upload.png"),
        List.of("--token", token, "--file", file.toAbsolutePath().toString(), "--service", service, "--org", org));
    assertTrue(output.contains("console upload: passed"), output);
    assertTrue(output.contains("axe the upload preview"), output);
  }
}
