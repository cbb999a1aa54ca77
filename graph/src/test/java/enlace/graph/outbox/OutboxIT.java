package enlace.graph.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxIT {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final Outbox outbox = new Outbox(TestGraph.graph());

  @BeforeEach
  void clean() {
    TestGraph.clean();
  }

  private PeerMessage message(String id) {
    return PeerMessage.due(id, "centre", "referral.created", "{\"referral\":\"r-1\"}", Optional.of("r-1"), now);
  }

  @Test
  void aMessageCommitsWithTheChangeThatWroteIt() {
    TestGraph.graph().write(tx -> Outbox.append(tx, message("m-1"))).toCompletableFuture().join();
    var due = outbox.due(now, 10).toCompletableFuture().join();
    assertEquals(List.of(message("m-1")), due);
  }

  @Test
  void aMessageRollsBackWithTheChangeThatFailed() {
    assertThrows(CompletionException.class, () -> TestGraph.graph().write(tx -> Outbox.append(tx, message("m-2"))
        .thenCompose(v -> CompletableFuture.failedFuture(new IllegalStateException("the change failed"))))
        .toCompletableFuture().join());
    assertEquals(0L, outbox.pending().toCompletableFuture().join());
  }

  @Test
  void aFailedDeliveryWaitsForItsNextAttemptAndADeliveredOneLeaves() {
    TestGraph.graph().write(tx -> Outbox.append(tx, message("m-3"))).toCompletableFuture().join();
    var later = now.plus(Duration.ofMinutes(2));
    outbox.retryLater("m-3", 1, later, "peer centre answered HTTP 503").toCompletableFuture().join();
    assertTrue(outbox.due(now.plusSeconds(60), 10).toCompletableFuture().join().isEmpty());
    var retried = outbox.due(later, 10).toCompletableFuture().join().getFirst();
    assertEquals(1, retried.attempts());
    assertEquals(Optional.of("peer centre answered HTTP 503"), retried.lastError());
    outbox.delivered("m-3", later, "accepted").toCompletableFuture().join();
    assertTrue(outbox.due(later.plusSeconds(3600), 10).toCompletableFuture().join().isEmpty());
    assertEquals(0L, outbox.pending().toCompletableFuture().join());
  }

  @Test
  void aDeliveredMessageKeepsItsIdKindReferralAndReceiptButNotItsPayload() {
    TestGraph.graph().write(tx -> Outbox.append(tx, message("m-5"))).toCompletableFuture().join();
    outbox.delivered("m-5", now, "accepted").toCompletableFuture().join();
    var kept = TestGraph.graph().read(tx -> tx.runAsync("MATCH (m:OutboxMessage {id: 'm-5'}) RETURN m")
        .thenCompose(c -> c.singleAsync())).toCompletableFuture().join().get("m").asMap();
    assertEquals("referral.created", kept.get("kind"));
    assertEquals("r-1", kept.get("referral"));
    assertEquals("accepted", kept.get("receipt"));
    assertFalse(kept.containsKey("payload"), kept::toString);
  }

  @Test
  void anErasedMessageIsNeverSent() {
    TestGraph.graph().write(tx -> Outbox.append(tx, message("m-6"))).toCompletableFuture().join();
    int erased = TestGraph.graph().write(tx -> Outbox.eraseUndelivered(tx, List.of("r-1"), now))
        .toCompletableFuture().join();
    assertEquals(1, erased);
    assertTrue(outbox.due(now.plusSeconds(60), 10).toCompletableFuture().join().isEmpty());
    assertEquals(0L, outbox.pending().toCompletableFuture().join());
  }

  @Test
  void aReceiverTakesEachMessageIdOnceEvenWhenDeliveriesRace() {
    var receipts = IntStream.range(0, 8).mapToObj(i -> TestGraph.graph().write(tx ->
        Outbox.firstReceipt(tx, "m-4", "south", now)).toCompletableFuture()).toList();
    var first = receipts.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();
    assertEquals(1, first);
    assertFalse(TestGraph.graph().write(tx -> Outbox.firstReceipt(tx, "m-4", "south", now))
        .toCompletableFuture().join());
  }
}
