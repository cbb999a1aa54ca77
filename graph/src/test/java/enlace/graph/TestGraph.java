package enlace.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
      Runtime.getRuntime().addShutdownHook(new Thread(graph::close, "test-graph-close"));
    }
    return graph;
  }

  /** Deletes every node and relationship; the schema stays. */
  public static void clean() {
    graph().execute("""
        MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
        """, Map.of());
  }
}
