package enlace.graph.provenance;

import enlace.graph.Records;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Keeps an imported record's warnings with it: each time a record is written, the warnings of its last import
 * are replaced by those of this one (a record seen for the first time has none to replace).
 */
final class Warnings {

  /** The warnings of one written item; {@code target} is the record they describe (a merged record's service). */
  record Row(ImportItem item, String target, boolean fresh) {}

  private Warnings() {}

  static CompletionStage<Void> replace(AsyncTransactionContext tx, List<Row> rows, Instant at) {
    var stale = rows.stream().filter(r -> !r.fresh()).map(r -> r.item().key()).toList();
    var created = new ArrayList<Map<String, Object>>();
    for (var r : rows) {
      for (var w : r.item().warnings()) {
        var row = w.row(r.item().source().name(), r.item().key());
        row.put("target", r.target());
        row.put("at", Records.toStore(at));
        created.add(row);
      }
    }
    CompletionStage<Void> cleared = stale.isEmpty() ? CompletableFuture.completedFuture(null)
        : tx.runAsync("""
            UNWIND $keys AS key
            MATCH (w:ImportWarning {record: key})
            DETACH DELETE w
            """, Map.of("keys", stale)).thenCompose(c -> c.consumeAsync()).thenApply(s -> null);
    return cleared.thenCompose(v -> ImportBatch.run(tx, """
        UNWIND $rows AS row
        CREATE (w:ImportWarning)
        SET w = row, w.status = 'open'
        """, created));
  }
}
