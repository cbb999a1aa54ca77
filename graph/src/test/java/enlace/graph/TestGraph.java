package enlace.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

/**
 * One embedded Neo4j per test JVM, reached through the driver like any other; tests call
 * {@link #clean()} to start from an empty store instead of paying for a new database.
 */
public final class TestGraph {

  private static Graph graph;
  private static Path dataDir;

  private TestGraph() {}

  public static synchronized Graph graph() {
    if (graph == null) {
      try {
        dataDir = Files.createTempDirectory("enlace-test-graph");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      graph = Graph.open(GraphSettings.embedded(dataDir)
          .withPageCacheBytes(32L << 20)
          .withQueryTimeout(Duration.ofSeconds(30)));
      Runtime.getRuntime().addShutdownHook(new Thread(TestGraph::closeAndDelete, "test-graph-close"));
    }
    return graph;
  }

  private static void closeAndDelete() {
    graph.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("test graph left behind in " + dataDir + ": " + e.getMessage());
    }
  }

  /** Deletes every node and relationship; the schema stays. */
  public static void clean() {
    graph().execute("""
        MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
        """, Map.of());
  }
}
