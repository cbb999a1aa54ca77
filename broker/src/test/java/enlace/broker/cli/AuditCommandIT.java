package enlace.broker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandIT {

  private static GraphSettings settings(Path dir) {
    return GraphSettings.embedded(dir).withPageCacheBytes(8L << 20);
  }

  private static String run(Path dir, int expectedExit) {
    var out = new StringWriter();
    var cli = Enlace.commandLine();
    cli.setOut(new PrintWriter(out));
    assertEquals(expectedExit, cli.execute("audit", "verify", "--data-dir", dir.toString()), out::toString);
    return out.toString();
  }

  @Test
  void shouldConfirmAnIntactChainAndNameTheEventSomebodyAltered(@TempDir Path dir) {
    try (var graph = Graph.open(settings(dir))) {
      for (int i = 0; i < 3; i++) {
        new AuditLog(graph).append(new AuditEntry("officer", "console", "org", "updateCapacity", "Service:s" + i,
            List.of("capacityAvailable")), Instant.now()).toCompletableFuture().join();
      }
    }
    assertTrue(run(dir, 0).contains("intact: 3 events"));
    try (var graph = Graph.open(settings(dir))) {
      graph.execute("MATCH (e:AuditEvent {sequence: 2}) SET e.target = 'Service:other'", Map.of());
    }
    assertTrue(run(dir, 1).contains("BROKEN at event 2"));
  }
}
