package enlace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaIT {

  private static List<String> indexedText(Graph graph) {
    return graph.read(tx -> tx.runAsync("""
            SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = 'directory_text' RETURN properties""")
        .thenCompose(cursor -> cursor.singleAsync())
        .thenApply(row -> row.get("properties").asList(value -> value.asString())))
        .toCompletableFuture().join();
  }

  @Test
  void shouldRebuildTheTextIndexOfAStoreMadeByAnOlderVersion() {
    var graph = TestGraph.graph();
    graph.execute("DROP INDEX directory_text", Map.of());
    graph.execute("CREATE FULLTEXT INDEX directory_text FOR (n:Service|Organization) ON EACH [n.name, n.description]",
        Map.of());

    Schema.ensure(graph);

    assertEquals(Schema.TEXT_PROPERTIES, indexedText(graph));
  }
}
