package enlace.graph.outbox;

import enlace.graph.Graph;
import enlace.graph.Records;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Messages to peers, in the store that holds what caused them: a message is appended in the transaction
 * of the change it reports, so both commit or neither does, and stays until its peer has taken it. A
 * delivery worker asks for the {@link #due} ones, then marks each {@link #delivered} or
 * {@link #retryLater}.
 */
public final class Outbox {

  private final Graph graph;

  public Outbox(Graph graph) {
    this.graph = graph;
  }

  /** Appends inside the caller's transaction; due at once. */
  public static CompletionStage<Void> append(AsyncTransactionContext tx, PeerMessage message) {
    return tx.runAsync("""
            CREATE (m:OutboxMessage {id: $id, peer: $peer, kind: $kind, payload: $payload, createdAt: $createdAt,
                    attempts: $attempts, nextAttemptAt: $next})
            """, Map.of("id", message.id(), "peer", message.peer(), "kind", message.kind(),
            "payload", message.payload(), "createdAt", Records.toStore(message.createdAt()),
            "attempts", message.attempts(), "next", Records.toStore(message.nextAttemptAt())))
        .thenCompose(c -> c.consumeAsync())
        .thenApply(summary -> null);
  }

  /** Appends in a transaction of its own, for a message that reports no other change. */
  public CompletionStage<Void> append(PeerMessage message) {
    return graph.write(tx -> append(tx, message));
  }

  /** Undelivered messages whose next attempt is due, the longest waiting first. */
  public CompletionStage<List<PeerMessage>> due(Instant now, int limit) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage)
            WHERE m.nextAttemptAt <= $now AND m.deliveredAt IS NULL
            RETURN m ORDER BY m.nextAttemptAt, m.id LIMIT $limit
            """, Map.of("now", Records.toStore(now), "limit", limit))
        .thenCompose(c -> c.listAsync(Outbox::message)));
  }

  public CompletionStage<Void> delivered(String id, Instant at) {
    return graph.write(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage {id: $id}) SET m.deliveredAt = $at
            """, Map.of("id", id, "at", Records.toStore(at)))
        .thenCompose(c -> c.consumeAsync())
        .thenApply(summary -> null));
  }

  public CompletionStage<Void> retryLater(String id, int attempts, Instant next, String error) {
    return graph.write(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage {id: $id})
            SET m.attempts = $attempts, m.nextAttemptAt = $next, m.lastError = $error
            """, Map.of("id", id, "attempts", attempts, "next", Records.toStore(next), "error", error))
        .thenCompose(c -> c.consumeAsync())
        .thenApply(summary -> null));
  }

  /** Messages not yet taken by their peer. */
  public CompletionStage<Long> pending() {
    return graph.read(tx -> tx.runAsync("MATCH (m:OutboxMessage) WHERE m.deliveredAt IS NULL RETURN count(m) AS n",
            Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").asLong()));
  }

  /**
   * On the receiving node, inside the transaction that applies a peer's message: true the first time the
   * message id arrives, false for a redelivery (the constraint on ReceivedMessage.id holds under concurrent
   * deliveries too). A receiver applies the message only when this is true, and answers success either way.
   */
  public static CompletionStage<Boolean> firstReceipt(AsyncTransactionContext tx, String messageId, String peer,
      Instant at) {
    var receipt = java.util.UUID.randomUUID().toString();
    return tx.runAsync("""
            MERGE (r:ReceivedMessage {id: $id})
              ON CREATE SET r.peer = $peer, r.receivedAt = $at, r.receipt = $receipt
            RETURN r.receipt = $receipt AS first
            """, Map.of("id", messageId, "peer", peer, "at", Records.toStore(at), "receipt", receipt))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("first").asBoolean());
  }

  /**
   * Applies a peer's message once: records its receipt and runs {@code handler} in one transaction; false
   * (and nothing run) when the receipt was there already.
   */
  public CompletionStage<Boolean> receive(String receipt, String peer, String payload, Instant at,
      MessageHandler handler) {
    return graph.write(tx -> firstReceipt(tx, receipt, peer, at).thenCompose(first -> first
        ? handler.apply(tx, peer, payload).thenApply(v -> true)
        : java.util.concurrent.CompletableFuture.completedFuture(false)));
  }

  private static PeerMessage message(Record record) {
    var m = record.get("m");
    return new PeerMessage(m.get("id").asString(), m.get("peer").asString(), m.get("kind").asString(),
        m.get("payload").asString(), Records.instant(m.get("createdAt")), m.get("attempts").asInt(),
        Records.instant(m.get("nextAttemptAt")),
        m.get("lastError").isNull() ? Optional.empty() : Optional.of(m.get("lastError").asString()));
  }
}
