package enlace.broker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditEvent;
import enlace.graph.audit.AuditLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enlace audit verify} and {@code enlace audit anchor} against a stopped node's store. */
class AuditCommandIT {

  private static GraphSettings settings(Path dir) {
    return GraphSettings.embedded(dir).withPageCacheBytes(8L << 20).withQueryTimeout(Duration.ofSeconds(30));
  }

  private static String run(int expectedExit, String... args) {
    var out = new StringWriter();
    var cli = Enlace.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    assertEquals(expectedExit, cli.execute(args), out::toString);
    return out.toString();
  }

  private static String verify(Path dir, int expectedExit, String... more) {
    var args = new ArrayList<>(List.of("audit", "verify", "--data-dir", dir.toString()));
    args.addAll(List.of(more));
    return run(expectedExit, args.toArray(String[]::new));
  }

  private static void append(Path dir, int events) {
    try (var graph = Graph.open(settings(dir))) {
      for (int i = 0; i < events; i++) {
        new AuditLog(graph).append(new AuditEntry("officer", "console", "org", "updateCapacity", "Service:s" + i,
            List.of("capacityAvailable")), Instant.now()).toCompletableFuture().join();
      }
    }
  }

  private static void tamper(Path dir, String cypher) {
    try (var graph = Graph.open(settings(dir))) {
      graph.execute(cypher, Map.of());
    }
  }

  @Test
  void shouldConfirmAnIntactChainAndNameTheEventSomebodyAltered(@TempDir Path dir) {
    append(dir, 3);
    assertTrue(verify(dir, 0).contains("intact: 3 events"));
    tamper(dir, "MATCH (e:AuditEvent {sequence: 2}) SET e.target = 'Service:other'");
    assertTrue(verify(dir, 1).contains("BROKEN at event 2"));
  }

  @Test
  void shouldNoticeTheLastEventsRemovedEvenWhenTheHeadCountIsLowered(@TempDir Path dir) {
    append(dir, 4);
    tamper(dir, """
        MATCH (e:AuditEvent) WHERE e.sequence > 2 DETACH DELETE e
        WITH count(*) AS removed MATCH (h:AuditHead) SET h.sequence = 2""");
    var out = verify(dir, 1);
    assertTrue(out.contains("BROKEN at event 3") && out.contains("removed"), out);
  }

  @Test
  void shouldPrintAnAnchorThatTheGrowingChainHoldsAndARewrittenOneDoesNot(@TempDir Path dir) {
    append(dir, 3);
    var anchor = run(0, "audit", "anchor", "--data-dir", dir.toString()).strip();
    assertTrue(anchor.matches("3:[0-9a-f]{64}"), anchor);
    append(dir, 2);
    var out = verify(dir, 0, "--anchor", anchor);
    assertTrue(out.contains("intact: 5 events") && out.contains("still holds the anchor " + anchor), out);
    try (var graph = Graph.open(settings(dir))) {
      graph.execute("MATCH (e:AuditEvent {sequence: 2}) DETACH DELETE e", Map.of());
      rehash(graph);
    }
    out = verify(dir, 1, "--anchor", anchor);
    assertTrue(out.contains("BROKEN at event 3") && out.contains("is not the event the anchor " + anchor), out);
  }

  @Test
  void shouldExplainAnAnchorThatIsNotSeqColonHash(@TempDir Path dir) {
    var out = verify(dir, 2, "--anchor", "yesterday");
    assertTrue(out.contains("SEQ:HASH"), out);
  }

  /** What a forger with write access to the store does: renumber the events and recompute every hash. */
  private static void rehash(Graph graph) {
    var rows = graph.read(tx -> tx.runAsync("""
            MATCH (e:AuditEvent) RETURN elementId(e) AS id, e ORDER BY e.sequence""")
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("id").asString(), r.get("e").asNode()))))
        .toCompletableFuture().join();
    var previous = "";
    long sequence = 0;
    for (var row : rows) {
      var n = row.getValue();
      sequence++;
      var entry = new AuditEntry(n.get("actor").asString(), n.get("client").asString(),
          n.get("organization").asString(), n.get("action").asString(), n.get("target").asString(),
          n.get("fields").asList(v -> v.asString()));
      var at = Records.instant(n.get("at"));
      var hash = AuditEvent.hashOf(sequence, at, entry, previous);
      graph.execute("""
          MATCH (e) WHERE elementId(e) = $id SET e.sequence = $sequence, e.previousHash = $previous, e.hash = $hash
          WITH 1 AS done MATCH (h:AuditHead) SET h.sequence = $sequence, h.hash = $hash""",
          Map.of("id", row.getKey(), "sequence", sequence, "previous", previous, "hash", hash));
      previous = hash;
    }
  }
}
