package enlace.broker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed with SIGKILL halfway leaves whole batches only, and running it again finishes the file. */
class ImportKillIT {

  private static final int ROWS = 12_000;
  private static final int BATCH = 1_000;

  @TempDir
  Path dir;

  private Path sheet() throws Exception {
    var rows = new StringBuilder("organizacion,servicio,categorias,clave_inegi,latitud,longitud\n");
    for (int i = 0; i < ROWS; i++) {
      rows.append("Oficina Kill ").append(i / 10).append(",Orientación kill ").append(i)
          .append(",Asesoría jurídica,03003,").append(24.10 + (i % 100) * 0.001).append(',')
          .append(-110.30 - (i / 100) * 0.001).append('\n');
    }
    return Files.writeString(dir.resolve("grande.csv"), rows);
  }

  private static Process startImport(Path data, Path sheet) throws Exception {
    var java = ProcessHandle.current().info().command().orElseThrow();
    var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("--enable-native-access")
            || arg.startsWith("--sun-misc")).toList());
    command.addAll(List.of(Enlace.class.getName(), "import", "--data-dir", data.toString(), "--format", "sheet",
        sheet.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Waits until the child reports a written tenth beyond the first, then kills it without warning. */
  private static String killMidway(Process child) throws Exception {
    var seen = new StringBuilder();
    try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        seen.append(line).append('\n');
        if (line.matches("\\s*[2-6]0%.*")) {
          child.destroyForcibly();
          break;
        }
      }
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed import ends");
    return seen.toString();
  }

  private static long count(Graph graph, String cypher) {
    return graph.read(tx -> tx.runAsync(cypher).thenCompose(c -> c.singleAsync()).thenApply(r -> r.get(0).asLong()))
        .toCompletableFuture().join();
  }

  @Test
  void shouldLeaveOnlyWholeBatchesAfterAKillAndFinishOnTheNextRun() throws Exception {
    var data = dir.resolve("data");
    var sheet = sheet();

    var child = startImport(data, sheet);
    var printed = killMidway(child);
    assertTrue(printed.contains("%"), "the child printed progress before it was killed: " + printed);

    var settings = GraphSettings.embedded(data).withPageCacheBytes(16L << 20);
    try (var graph = Graph.open(settings)) {
      long services = count(graph, "MATCH (s:Service) WHERE s.name STARTS WITH 'Orientación kill' RETURN count(s)");
      long whole = count(graph, """
          MATCH (s:Service) WHERE s.name STARTS WITH 'Orientación kill'
            AND EXISTS { (s)-[:AT]->(:Location)-[:IN]->(:Municipality) }
            AND EXISTS { MATCH (l:Listing {service: s.id}) }
            AND EXISTS { MATCH (p:Provenance {target: s.id}) }
            AND EXISTS { MATCH (:Organization)-[:PROVIDES]->(s) }
          RETURN count(s)""");
      assertTrue(services > 0 && services < ROWS, "killed midway, after some batches: " + services + "\n" + printed);
      assertEquals(0, services % BATCH, "only whole batches were committed: " + services);
      assertEquals(services, whole, "every committed service has its location, listing, provenance and owner");
    }

    var finished = CommandLines.run(0, "import", "--data-dir", data.toString(), "--format", "sheet", sheet.toString());
    assertTrue(finished.contains("sin cambios"), finished);
    try (var graph = Graph.open(settings)) {
      assertEquals(ROWS, count(graph,
          "MATCH (s:Service) WHERE s.name STARTS WITH 'Orientación kill' RETURN count(DISTINCT s.name)"));
      assertEquals(ROWS, count(graph, "MATCH (s:Service) WHERE s.name STARTS WITH 'Orientación kill' RETURN count(s)"),
          "no service was created twice");
    }
  }
}
