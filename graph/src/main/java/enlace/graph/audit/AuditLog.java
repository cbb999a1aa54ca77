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
    return tx.runAsync("""
            MERGE (h:AuditHead {id: 'audit'})
              ON CREATE SET h.sequence = 0, h.hash = ''
            SET h.locked = true
            RETURN h.sequence AS sequence, h.hash AS hash
            """, Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenCompose(head -> {
          long sequence = head.get("sequence").asLong() + 1;
          var previous = head.get("hash").asString();
          var event = new AuditEvent(sequence, at, entry, previous, AuditEvent.hashOf(sequence, at, entry, previous));
          return tx.runAsync("""
                  MATCH (h:AuditHead {id: 'audit'})
                  CREATE (e:AuditEvent {sequence: $sequence, at: $at, actor: $actor, client: $client,
                          organization: $organization, action: $action, target: $target, fields: $fields,
                          previousHash: $previous, hash: $hash})
                  SET h.sequence = $sequence, h.hash = $hash
                  REMOVE h.locked
                  """, Map.of("sequence", sequence, "at", Records.toStore(at), "actor", entry.actor(),
                  "client", entry.client(), "organization", entry.organization(), "action", entry.action(),
                  "target", entry.target(), "fields", entry.fields(), "previous", previous, "hash", event.hash()))
              .thenCompose(c -> c.consumeAsync())
              .thenApply(summary -> event);
        });
  }

  /** The events about one record ({@code Service:<id>}, {@code FieldNote:<id>}, …), oldest first. */
  public CompletionStage<List<AuditEvent>> about(String target) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (e:AuditEvent {target: $target}) RETURN e ORDER BY e.sequence LIMIT $page
        """, Map.of("target", target, "page", PAGE)).thenCompose(c -> c.listAsync(r -> event(r.get("e")))));
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
