package enlace.graph.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import enlace.graph.Graph;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * The whole store as one gzip file of JSON lines (a header with the counts, every node with its labels and
 * properties, every relationship), and back into an empty store. The copy is what one transaction saw while it
 * held the write lock of every node and relationship it read: writers wait for the few seconds it takes, so a
 * running node is backed up without stopping and without a half-written referral in the copy (Neo4j reads at
 * read-committed isolation; the locks are what make the copy consistent). Nothing is written: the transaction
 * is rolled back.
 */
public final class StoreBackup {

  public static final String FORMAT = "enlace-backup";
  static final int VERSION = 1;
  static final int BATCH = 2_000;
  static final Duration TIMEOUT = Duration.ofHours(1);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESTORING = "EnlaceRestoring";
  private static final String RESTORE_ID = "enlaceRestoreId";

  /** What a backup holds. */
  public record Counts(long nodes, long relationships) {}

  private StoreBackup() {}

  /** Writes the store to {@code out}; {@code progress} hears each thousand records written. */
  public static Counts backup(Graph graph, OutputStream out, LongConsumer progress) {
    return graph.inRolledBackTransaction(TIMEOUT, tx -> {
      tx.run("MATCH (n) SET n.enlaceBackupLock = true REMOVE n.enlaceBackupLock").consume();
      tx.run("MATCH ()-[r]->() SET r.enlaceBackupLock = true REMOVE r.enlaceBackupLock").consume();
      var counts = count(tx);
      try (var writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
        line(writer, JSON.createObjectNode().put("format", FORMAT).put("version", VERSION)
            .put("takenAt", Instant.now().toString()).put("nodes", counts.nodes())
            .put("relationships", counts.relationships()));
        long written = 0;
        var nodes = tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p");
        while (nodes.hasNext()) {
          var r = nodes.next();
          var node = JSON.createObjectNode().put("n", r.get("id").asString());
          r.get("labels").asList(Value::asString).forEach(node.putArray("labels")::add);
          node.set("p", StoreValues.properties(r.get("p").asMap(v -> v)));
          line(writer, node);
          tick(++written, progress);
        }
        var relationships = tx.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, elementId(a) AS a,"
            + " elementId(b) AS b, properties(r) AS p");
        while (relationships.hasNext()) {
          var r = relationships.next();
          var relationship = JSON.createObjectNode().put("r", r.get("type").asString())
              .put("a", r.get("a").asString()).put("b", r.get("b").asString());
          relationship.set("p", StoreValues.properties(r.get("p").asMap(v -> v)));
          line(writer, relationship);
          tick(++written, progress);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return counts;
    });
  }

  /**
   * Loads a backup into {@code graph}, which must hold nothing (a new data directory, or an emptied database):
   * nodes in batches, then relationships between them, then the counts compared with the backup's own.
   */
  public static Counts restore(Graph graph, InputStream in, LongConsumer progress) {
    long present = graph.inRolledBackTransaction(TIMEOUT, StoreBackup::count).nodes();
    if (present > 0) {
      throw new IllegalStateException("la base de destino no está vacía (" + present + " nodos): restaure en un"
          + " directorio de datos nuevo / the target store is not empty (" + present + " nodes): restore into a new"
          + " data directory");
    }
    graph.execute("CREATE INDEX enlace_restoring IF NOT EXISTS FOR (n:" + RESTORING + ") ON (n." + RESTORE_ID + ")",
        Map.of());
    graph.execute("CALL db.awaitIndexes(300)", Map.of());
    try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      var header = JSON.readTree(reader.readLine());
      if (header == null || !FORMAT.equals(header.path("format").asText()) || header.path("version").asInt() != VERSION) {
        throw new IllegalArgumentException("no es una copia de Enlace (format " + FORMAT + ", version " + VERSION
            + ") / not an Enlace backup");
      }
      var nodes = new ArrayList<Map<String, Object>>();
      var relationships = new ArrayList<Map<String, Object>>();
      long read = 0;
      for (var line = reader.readLine(); line != null; line = reader.readLine()) {
        var record = JSON.readTree(line);
        if (record.has("n")) {
          nodes.add(Map.of("id", record.get("n").asText(), "labels", labels(record), "p",
              StoreValues.parameters(record.get("p"))));
          flush(graph, nodes, NODES);
        } else {
          flush(graph, nodes, NODES, 1);
          relationships.add(Map.of("type", record.get("r").asText(), "a", record.get("a").asText(), "b",
              record.get("b").asText(), "p", StoreValues.parameters(record.get("p"))));
          flush(graph, relationships, RELATIONSHIPS);
        }
        tick(++read, progress);
      }
      flush(graph, nodes, NODES, 1);
      flush(graph, relationships, RELATIONSHIPS, 1);
      cleanUp(graph);
      var restored = graph.inRolledBackTransaction(TIMEOUT, StoreBackup::count);
      var expected = new Counts(header.path("nodes").asLong(), header.path("relationships").asLong());
      if (!restored.equals(expected)) {
        throw new IllegalStateException("la copia dice " + expected + " y se restauraron " + restored
            + " / the backup holds " + expected + ", restored " + restored);
      }
      return restored;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String NODES = """
      UNWIND $rows AS row
      CREATE (n:$(row.labels + ['EnlaceRestoring']))
      SET n = row.p, n.enlaceRestoreId = row.id
      """;

  private static final String RELATIONSHIPS = """
      UNWIND $rows AS row
      MATCH (a:EnlaceRestoring {enlaceRestoreId: row.a}), (b:EnlaceRestoring {enlaceRestoreId: row.b})
      CREATE (a)-[r:$(row.type)]->(b)
      SET r = row.p
      """;

  private static void flush(Graph graph, List<Map<String, Object>> rows, String statement) {
    flush(graph, rows, statement, BATCH);
  }

  private static void flush(Graph graph, List<Map<String, Object>> rows, String statement, int atLeast) {
    if (rows.size() >= atLeast && !rows.isEmpty()) {
      graph.bulk().writeBatch(tx -> tx.runAsync(statement, Map.of("rows", List.copyOf(rows)))
          .thenCompose(c -> c.consumeAsync())).toCompletableFuture().join();
      rows.clear();
    }
  }

  private static void cleanUp(Graph graph) {
    graph.execute("MATCH (n:" + RESTORING + ") CALL (n) { REMOVE n:" + RESTORING + " REMOVE n." + RESTORE_ID
        + " } IN TRANSACTIONS OF 10000 ROWS", Map.of());
    graph.execute("DROP INDEX enlace_restoring IF EXISTS", Map.of());
  }

  private static Counts count(Transaction tx) {
    return new Counts(tx.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong(),
        tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong());
  }

  private static List<String> labels(JsonNode record) {
    var out = new ArrayList<String>();
    record.get("labels").forEach(l -> out.add(l.asText()));
    return out;
  }

  private static void line(BufferedWriter writer, JsonNode json) throws IOException {
    writer.write(JSON.writeValueAsString(json));
    writer.newLine();
  }

  private static void tick(long done, LongConsumer progress) {
    if (done % 1_000 == 0) {
      progress.accept(done);
    }
  }
}
