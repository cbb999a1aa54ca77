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
 * {@link #retryLater}. A delivered message keeps its id, kind, referral and the peer's receipt, never its
 * payload; an erased one (the person withdrew consent, or the retention period ended) is no longer sent.
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
                    attempts: $attempts, nextAttemptAt: $next, referral: $referral})
            """, row(message))
        .thenCompose(c -> c.consumeAsync())
        .thenApply(summary -> null);
  }

  private static Map<String, Object> row(PeerMessage message) {
    var row = new java.util.HashMap<String, Object>();
    row.put("id", message.id());
    row.put("peer", message.peer());
    row.put("kind", message.kind());
    row.put("payload", message.payload());
    row.put("createdAt", Records.toStore(message.createdAt()));
    row.put("attempts", message.attempts());
    row.put("next", Records.toStore(message.nextAttemptAt()));
    row.put("referral", message.referral().orElse(null));
    return row;
  }

  /** Appends in a transaction of its own, for a message that reports no other change. */
  public CompletionStage<Void> append(PeerMessage message) {
    return graph.write(tx -> append(tx, message));
  }

  /** Undelivered messages whose next attempt is due, the longest waiting first. */
  public CompletionStage<List<PeerMessage>> due(Instant now, int limit) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage)
            WHERE m.nextAttemptAt <= $now AND m.deliveredAt IS NULL AND m.erasedAt IS NULL
            RETURN m ORDER BY m.nextAttemptAt, m.id LIMIT $limit
            """, Map.of("now", Records.toStore(now), "limit", limit))
        .thenCompose(c -> c.listAsync(Outbox::message)));
  }

  /** The peer took the message and answered {@code receipt}: its payload goes. */
  public CompletionStage<Void> delivered(String id, Instant at, String receipt) {
    return graph.write(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage {id: $id})
            SET m.deliveredAt = $at, m.receipt = $receipt, m.payload = null, m.erasedAt = $at
            """, Map.of("id", id, "at", Records.toStore(at), "receipt", receipt))
        .thenCompose(c -> c.consumeAsync())
        .thenApply(summary -> null));
  }

  /**
   * Inside the caller's transaction, erases the payload of every message about these referrals that is still
   * waiting for its peer: it will not be sent. How many were erased.
   */
  public static CompletionStage<Integer> eraseUndelivered(AsyncTransactionContext tx, List<String> referrals,
      Instant at) {
    return tx.runAsync("""
            MATCH (m:OutboxMessage) WHERE m.referral IN $referrals AND m.deliveredAt IS NULL AND m.erasedAt IS NULL
            SET m.payload = null, m.erasedAt = $at
            RETURN count(m) AS n
            """, Map.of("referrals", referrals, "at", Records.toStore(at)))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").asInt());
  }

  /**
   * The retention period's end for what peers sent and were sent: erases every payload a delivered message
   * still holds (kept by an earlier version) and those of messages about referrals whose personal data is
   * gone, and forgets the receipts of messages received before {@code cutoff}. How many messages it touched.
   */
  public CompletionStage<Long> purge(Instant cutoff, Instant at) {
    return graph.writeBatch(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage) WHERE m.payload IS NOT NULL
              AND (m.deliveredAt IS NOT NULL
                   OR EXISTS { MATCH (r:Referral {id: m.referral}) WHERE r.anonymisedAt IS NOT NULL })
            SET m.payload = null, m.erasedAt = $at
            RETURN count(m) AS n
            """, Map.of("at", Records.toStore(at)))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(erased -> tx.runAsync("""
                MATCH (r:ReceivedMessage) WHERE r.receivedAt <= $cutoff
                DELETE r
                RETURN count(*) AS n
                """, Map.of("cutoff", Records.toStore(cutoff)))
            .thenCompose(c -> c.singleAsync())
            .thenApply(forgotten -> erased.get("n").asLong() + forgotten.get("n").asLong())));
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
    return graph.read(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage) WHERE m.deliveredAt IS NULL AND m.erasedAt IS NULL RETURN count(m) AS n""",
            Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").asLong()));
  }

  /** What waits for the peers: how many messages, and since when the oldest (null when none). */
  public record Backlog(long messages, Instant oldest) {}

  public CompletionStage<Backlog> backlog() {
    return graph.read(tx -> tx.runAsync("""
            MATCH (m:OutboxMessage) WHERE m.deliveredAt IS NULL AND m.erasedAt IS NULL
            RETURN count(m) AS n, min(m.createdAt) AS oldest""", Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> new Backlog(r.get("n").asLong(), r.get("oldest").isNull() ? null
            : Records.instant(r.get("oldest")))));
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
        m.get("lastError").isNull() ? Optional.empty() : Optional.of(m.get("lastError").asString()),
        Optional.ofNullable(m.get("referral").asString(null)));
  }
}
