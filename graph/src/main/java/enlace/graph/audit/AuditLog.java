package enlace.graph.audit;

import enlace.graph.Graph;
import enlace.graph.Records;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** The events about one record ({@code Service:<id>}, {@code FieldNote:<id>}, …), oldest first. */
  public CompletionStage<List<AuditEvent>> about(String target) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (e:AuditEvent {target: $target}) RETURN e ORDER BY e.sequence LIMIT $page
        """, Map.of("target", target, "page", PAGE)).thenCompose(c -> c.listAsync(r -> event(r.get("e")))));
  }

  /** Walks the whole chain in order and reports the first event whose hash or link does not hold. */
  public CompletionStage<ChainCheck> verify() {
    return verify(Optional.empty());
  }

  /**
   * Walks the whole chain in order: every event from 1 on must be there, link to the one before and match
   * its hash, and the head must name the last event by number and hash. With an anchor (a head printed
   * earlier and kept outside the node) the chain must also still hold that event with that hash.
   */
  public CompletionStage<ChainCheck> verify(Optional<AuditAnchor> anchor) {
    return walk(new Walk(0, "", anchor, false)).thenCompose(walk -> walk.broken != null
        ? done(walk.broken)
        : head().thenApply(head -> walk.conclude(head)));
  }

  /** The head of the chain: the last event's number and hash, to keep outside the node as an anchor. */
  public CompletionStage<AuditAnchor> head() {
    return graph.read(tx -> tx.runAsync("""
            OPTIONAL MATCH (h:AuditHead {id: 'audit'}) RETURN h.sequence AS n, h.hash AS hash""", Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").isNull() ? AuditAnchor.EMPTY
            : new AuditAnchor(r.get("n").asLong(), r.get("hash").asString())));
  }

  private CompletionStage<Walk> walk(Walk walk) {
    return page(walk.checked).thenCompose(events -> {
      var next = walk.through(events);
      return next.broken != null || events.size() < PAGE ? CompletableFuture.completedFuture(next) : walk(next);
    });
  }

  /** How far a walk got: events checked, the last one's hash, whether the anchor's event was met as kept. */
  private record Walk(long checked, String lastHash, Optional<AuditAnchor> anchor, boolean anchorMet,
      ChainCheck broken) {

    Walk(long checked, String lastHash, Optional<AuditAnchor> anchor, boolean anchorMet) {
      this(checked, lastHash, anchor, anchorMet, null);
    }

    Walk through(List<AuditEvent> events) {
      var previous = lastHash;
      long expected = checked + 1;
      boolean met = anchorMet;
      for (var event : events) {
        if (event.sequence() != expected) {
          return breakAt(expected - 1, previous, expected, "event " + expected + " is missing");
        }
        if (!event.previousHash().equals(previous)) {
          return breakAt(expected - 1, previous, expected, "it does not link to the event before it");
        }
        if (!event.isIntact()) {
          return breakAt(expected - 1, previous, expected, "its content does not match its hash");
        }
        if (anchor.isPresent() && anchor.get().sequence() == expected) {
          if (!anchor.get().hash().equals(event.hash())) {
            return breakAt(expected - 1, previous, expected, "it is not the event the anchor "
                + anchor.get() + " names: the chain was rewritten from there on");
          }
          met = true;
        }
        previous = event.hash();
        expected++;
      }
      return new Walk(expected - 1, previous, anchor, met);
    }

    private Walk breakAt(long checked, String lastHash, long sequence, String reason) {
      return new Walk(checked, lastHash, anchor, anchorMet, ChainCheck.broken(checked, sequence, reason));
    }

    /** The end of the chain against its head and the anchor. */
    ChainCheck conclude(AuditAnchor head) {
      if (head.sequence() != checked) {
        return ChainCheck.broken(checked, Math.min(head.sequence(), checked) + 1, "the head counts "
            + head.sequence() + " events but the chain holds " + checked + (head.sequence() > checked
                ? ": the last events were removed" : ""));
      }
      if (!head.hash().equals(lastHash)) {
        return ChainCheck.broken(checked, checked + 1, "the head's hash is not that of event " + checked
            + ": events after it were removed");
      }
      if (anchor.isPresent() && anchor.get().sequence() > 0 && !anchorMet) {
        return ChainCheck.broken(checked, checked + 1, "the chain ends at event " + checked
            + ", before the anchor " + anchor.get() + ": events were removed");
      }
      return ChainCheck.intact(checked);
    }
  }

  private CompletionStage<List<AuditEvent>> page(long after) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (e:AuditEvent) WHERE e.sequence > $after
        RETURN e ORDER BY e.sequence LIMIT $page
        """, Map.of("after", after, "page", PAGE)).thenCompose(c -> c.listAsync(r -> event(r.get("e")))));
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
