package enlace.broker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enlace backup} of the running test node's store (its embedded Neo4j busy in this JVM, reached through the
 * Bolt address it publishes in its data directory), {@code enlace restore} into a new data directory, and a backup
 * of that stopped store: the same nodes by label, the same relationships, values of every type kept, and the
 * audit chain still verifying.
 */
class BackupCommandIT {

  @Test
  void aRunningNodeIsBackedUpAndRestoredWhole(@TempDir Path dir) throws Exception {
    TestNode.node();
    var running = TestGraph.graph().settings().dataDir();
    var before = labels(TestGraph.graph());
    var first = dir.resolve("enlace.backup.gz");
    var made = CommandLines.run(0, "backup", "--data-dir", running.toString(), "--out", first.toString());
    assertTrue(made.contains("nodos / nodes"), made);
    assertTrue(Files.size(first) > 1_000 && !Files.exists(dir.resolve("enlace.backup.gz.partial")));

    var restoredDir = dir.resolve("restored");
    var restored = CommandLines.run(0, "restore", "--data-dir", restoredDir.toString(), "--in", first.toString());
    assertTrue(restored.contains("restaurado / restored"), restored);
    try (var graph = Graph.open(GraphSettings.embedded(restoredDir).withPageCacheBytes(16L << 20)
        .withQueryTimeout(Duration.ofSeconds(60)))) {
      assertEquals(before, labels(graph), "every label counts the same");
      var location = "MATCH (l:Location) WHERE l.point IS NOT NULL RETURN l.id AS id, l.point AS p ORDER BY l.id LIMIT 1";
      var original = TestGraph.graph().bulk().read(tx -> tx.runAsync(location).thenCompose(c -> c.singleAsync()))
          .toCompletableFuture().join();
      var copy = graph.read(tx -> tx.runAsync("MATCH (l:Location {id: $id}) RETURN l.point AS p",
          Map.of("id", original.get("id").asString())).thenCompose(c -> c.singleAsync())).toCompletableFuture().join();
      assertEquals(original.get("p").asPoint(), copy.get("p").asPoint(), "points keep their type and place");
    }
    var verified = CommandLines.run(0, "audit", "verify", "--data-dir", restoredDir.toString());
    assertTrue(verified.contains("audit chain intact"), verified);

    var second = dir.resolve("stopped.backup.gz");
    var stopped = CommandLines.run(0, "backup", "--data-dir", restoredDir.toString(), "--out", second.toString());
    assertEquals(made.lines().filter(l -> l.startsWith("copia")).findFirst().orElseThrow()
            .replace(first.toString(), second.toString()),
        stopped.lines().filter(l -> l.startsWith("copia")).findFirst().orElseThrow(), "the same counts again");
    var refused = CommandLines.run(1, "restore", "--data-dir", restoredDir.toString(), "--in", second.toString());
    assertTrue(refused.contains("no está vacía"), "a store is restored only when empty: " + refused);
  }

  private static Map<String, Long> labels(Graph graph) {
    var out = new TreeMap<String, Long>();
    graph.bulk().read(tx -> tx.runAsync("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c")
        .thenCompose(c -> c.listAsync(r -> out.put(r.get("label").asString(), r.get("c").asLong()))))
        .toCompletableFuture().join();
    return out;
  }
}
