package enlace.broker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.imports.ImportedRecords;
import enlace.broker.security.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandIT {

  private static final String SHEET = """
      organizacion,servicio,categorias,horario,clave_inegi,latitud,longitud,documentos_aceptados
      DAM La Paz Prueba,Orientación CLI,Asesoría jurídica,lun-vie 09:00-17:00,03003,24.14,-110.31,TVRH
      DAM La Paz Prueba,Comedor CLI,Alimentación,lun-dom 08:00-10:00,03003,24.15,-110.30,
      DAM La Paz Prueba,,Asesoría jurídica,todos los días,03003,24.15,-110.30,
      """;

  @TempDir
  Path dir;

  private static String run(int expectedExit, String... args) {
    return CommandLines.run(expectedExit, args);
  }

  @Test
  void shouldImportIntoAStoppedNodeAndExportEveryForm() throws Exception {
    var data = dir.resolve("data").toString();
    var sheet = Files.writeString(dir.resolve("oficina.csv"), SHEET);

    var refused = run(1, "import", "--data-dir", data, "--format", "sheet", sheet.toString());
    assertTrue(refused.contains("no se importó nada"), refused);
    var rejects = Files.readString(dir.resolve("oficina.csv.rejects.csv"));
    assertTrue(rejects.contains("oficina.csv,line 4,servicio,error,REQUIRED,"), rejects);

    var imported = run(0, "import", "--data-dir", data, "--format", "sheet", "--skip-invalid", sheet.toString());
    assertTrue(imported.contains("creados 2, actualizados 0, sin cambios 0, duplicados fusionados 0, rechazados 1"),
        imported);
    assertTrue(imported.contains("100%"), "a plain progress line when not on a terminal: " + imported);
    var again = run(0, "import", "--data-dir", data, "--format", "sheet", "--skip-invalid", sheet.toString());
    assertTrue(again.contains("creados 0, actualizados 0, sin cambios 2"), again);

    run(0, "export", "--data-dir", data, "--format", "hsds", "--out", dir.resolve("hsds").toString());
    assertTrue(Files.readString(dir.resolve("hsds/services.json")).contains("\"total_items\" : 2"));
    run(0, "export", "--data-dir", data, "--format", "hsds-csv", "--out", dir.resolve("csv").toString());
    assertEquals(3, Files.readAllLines(dir.resolve("csv/services.csv")).size());
    run(0, "export", "--data-dir", data, "--format", "jsonld", "--out", dir.resolve("ld").toString());
    var jsonld = Files.readString(dir.resolve("ld/directory.jsonld"));
    assertTrue(jsonld.contains("\"GovernmentService\"") && jsonld.contains("\"OpeningHoursSpecification\""), jsonld);

    var exported = dir.resolve("hsds/services.json").toString();
    var reimported = run(0, "import", "--data-dir", data, "--format", "hsds", "--source", "oficina.csv", exported);
    assertTrue(reimported.contains("sin cambios 2"), "an export imported again under its source changes nothing: "
        + reimported);
  }

  @Test
  void shouldSendAnOfficeSheetSavedInWindows1252WithWarningsAndCountEveryRowOnce() throws Exception {
    var sheet = Path.of("..", "connectors", "src", "test", "resources", "enlace", "connectors", "imports",
        "oficinas-1252.csv");
    var token = TestNode.token(null, "mx", Scope.COORDINATOR);
    try {
      var out = run(0, "import", "--node", "http://127.0.0.1:" + TestNode.node().port(), "--token", token,
          "--format", "sheet", "--source", "cli-office-1252", "--skip-invalid", "--rejects",
          dir.resolve("rechazos.csv").toString(), sheet.toString());

      assertTrue(out.contains("leídos 7: creados 5, actualizados 0, sin cambios 0, duplicados fusionados 0, "
          + "rechazados 2;"), out);
      assertTrue(out.lines().anyMatch(l -> l.contains("line 6 [categorias] aviso:")
          && l.contains("'Taller de bordado'") && l.contains("¿quiso decir")), out);
      var rejects = Files.readString(dir.resolve("rechazos.csv"));
      assertTrue(rejects.contains("Ciudad de México"), "the ambiguous place names its candidates: " + rejects);
    } finally {
      ImportedRecords.remove("cli-office-1252");
    }
  }

  @Test
  void shouldSendTheBatchesToARunningNode() throws Exception {
    var sheet = Files.writeString(dir.resolve("remota.csv"), SHEET.lines().limit(3)
        .map(l -> l.replace("La Paz Prueba", "Remota Prueba")).reduce("", (a, b) -> a + b + "\n"));
    var token = TestNode.token(null, "mx", Scope.COORDINATOR);
    var node = "http://127.0.0.1:" + TestNode.node().port();
    try {
      var out = run(0, "import", "--node", node, "--token", token, "--format", "sheet", "--source", "cli-remote-test",
          sheet.toString());
      assertTrue(out.contains("creados 2"), out);
      var again = run(0, "import", "--node", node, "--token", token, "--format", "sheet", "--source", "cli-remote-test",
          sheet.toString());
      assertTrue(again.contains("sin cambios 2"), again);
    } finally {
      ImportedRecords.remove("cli-remote-test");
    }
  }
}
