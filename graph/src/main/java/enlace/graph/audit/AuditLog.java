package enlace.graph.audit;

import enlace.graph.Graph;
import enlace.graph.Records;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * The append-only, hash-chained record of who changed or read what. Appends take the lock on the chain's
 * head, so events are numbered without gaps even under concurrent writers; an append made inside a
 * write transaction commits or rolls back with the change it records.
 */
public final class AuditLog {

  private static final int PAGE = 5_000;

  private final Graph graph;

  public AuditLog(Graph graph) {
    this.graph = graph;
  }

  /** Appends in its own transaction; for reads of non-public data. */
  public CompletionStage<AuditEvent> append(AuditEntry entry, Instant at) {
    return graph.write(tx -> append(tx, entry, at));
  }

  /** Appends inside the caller's transaction, so the event and the change commit together. */
  public CompletionStage<AuditEvent> append(AsyncTransactionContext tx, AuditEntry entry, Instant at) {
    return append(tx, List.of(entry), at).thenApply(List::getFirst);
  }

  /**
   * Appends several events in order inside the caller's transaction, in two round trips however many they
   * are (an import batch written for other organizations records each record).
   */
  public CompletionStage<List<AuditEvent>> append(AsyncTransactionContext tx, List<AuditEntry> entries, Instant at) {
    if (entries.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    return tx.runAsync("""
            MERGE (h:AuditHead {id: 'audit'})
              ON CREATE SET h.sequence = 0, h.hash = ''
            SET h.locked = true
            RETURN h.sequence AS sequence, h.hash AS hash
            """, Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenCompose(head -> {
          long sequence = head.get("sequence").asLong();
          var previous = head.get("hash").asString();
          var events = new java.util.ArrayList<AuditEvent>();
          var rows = new java.util.ArrayList<Map<String, Object>>();
          for (var entry : entries) {
            sequence++;
            var event = new AuditEvent(sequence, at, entry, previous, AuditEvent.hashOf(sequence, at, entry, previous));
            events.add(event);
            rows.add(row(event));
            previous = event.hash();
          }
          return tx.runAsync("""
                  MATCH (h:AuditHead {id: 'audit'})
                  UNWIND $rows AS row
                  CREATE (e:AuditEvent)
                  SET e = row
                  WITH h, max(row.sequence) AS sequence
                  SET h.sequence = sequence, h.hash = $hash
                  REMOVE h.locked
                  """, Map.of("rows", rows, "hash", previous))
              .thenCompose(c -> c.consumeAsync())
              .thenApply(summary -> List.copyOf(events));
        });
  }

  private static Map<String, Object> row(AuditEvent event) {
    var entry = event.entry();
    return Map.of("sequence", event.sequence(), "at", Records.toStore(event.at()), "actor", entry.actor(),
        "client", entry.client(), "organization", entry.organization(), "action", entry.action(),
        "target", entry.target(), "fields", entry.fields(), "previousHash", event.previousHash(),
        "hash", event.hash());
  }

  /** Walks the whole chain in order and reports the first event whose hash or link does not hold. */
  public CompletionStage<ChainCheck> verify() {
    return verifyFrom(0, "", 0);
  }

  private CompletionStage<ChainCheck> verifyFrom(long after, String previousHash, long checked) {
    return page(after).thenCompose(events -> {
      var expectedPrevious = previousHash;
      long expectedSequence = after + 1;
      for (var event : events) {
        if (event.sequence() != expectedSequence) {
          return done(ChainCheck.broken(checked, expectedSequence, "event " + expectedSequence + " is missing"));
        }
        if (!event.previousHash().equals(expectedPrevious)) {
          return done(ChainCheck.broken(checked, event.sequence(), "it does not link to the event before it"));
        }
        if (!event.isIntact()) {
          return done(ChainCheck.broken(checked, event.sequence(), "its content does not match its hash"));
        }
        expectedPrevious = event.hash();
        expectedSequence++;
      }
      long total = checked + events.size();
      if (events.size() < PAGE) {
        return head().thenApply(head -> head == total ? ChainCheck.intact(total)
            : ChainCheck.broken(total, total + 1, "the head counts " + head + " events but the chain holds " + total));
      }
      return verifyFrom(expectedSequence - 1, expectedPrevious, total);
    });
  }

  private CompletionStage<List<AuditEvent>> page(long after) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (e:AuditEvent) WHERE e.sequence > $after
        RETURN e ORDER BY e.sequence LIMIT $page
        """, Map.of("after", after, "page", PAGE)).thenCompose(c -> c.listAsync(r -> event(r.get("e")))));
  }

  private CompletionStage<Long> head() {
    return graph.read(tx -> tx.runAsync("OPTIONAL MATCH (h:AuditHead {id: 'audit'}) RETURN h.sequence AS n", Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").isNull() ? 0L : r.get("n").asLong()));
  }

  private static AuditEvent event(Value value) {
    var n = value.asNode();
    var entry = new AuditEntry(n.get("actor").asString(), n.get("client").asString(),
        n.get("organization").asString(), n.get("action").asString(), n.get("target").asString(),
        Records.strings(n.get("fields")));
    return new AuditEvent(n.get("sequence").asLong(), Records.instant(n.get("at")), entry,
        n.get("previousHash").asString(), n.get("hash").asString());
  }

  private static CompletionStage<ChainCheck> done(ChainCheck check) {
    return CompletableFuture.completedFuture(check);
  }
}
