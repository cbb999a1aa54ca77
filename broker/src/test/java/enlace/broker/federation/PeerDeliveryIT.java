package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.federation.delivery.PeerMessages;
import enlace.broker.security.DevelopmentIssuer;
import enlace.broker.security.Scope;
import enlace.graph.outbox.PeerMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Messages from one node to another through the outbox: delivered once even when the first answer is lost,
 * and delivered when a peer that was down comes back. The generic pipe cross-region referrals will use.
 */
class PeerDeliveryIT {

  private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

  private static PeerMessages messages(String node) {
    var messages = FederationNodes.node(node).federation().orElseThrow().messages().orElseThrow();
    messages.on("test.note", (tx, peer, payload) -> tx.runAsync(
            "CREATE (:TestNote {peer: $peer, text: $text})", Map.of("peer", peer, "text", payload))
        .thenCompose(c -> c.consumeAsync())
        .thenRun(() -> RECEIVED.add(peer + ":" + payload)));
    return messages;
  }

  private static long received(String text) {
    return RECEIVED.stream().filter(("south:" + text)::equals).count();
  }

  @Test
  void aMessageWhoseAnswerWasLostIsTakenOnceThoughSentTwice() {
    messages("centre");
    var south = messages("south");
    var now = Instant.now();
    var message = PeerMessage.due("m-lost-answer", "centre", "test.note", "lost answer", Optional.empty(), now);
    south.deliver(message).toCompletionStage().toCompletableFuture().join();
    south.deliver(message).toCompletionStage().toCompletableFuture().join();
    assertEquals(1, received("lost answer"));
  }

  @Test
  void aPeerThatWasDownGetsTheMessageWhenItComesBack() throws InterruptedException {
    var south = messages("south");
    FederationNodes.stop("centre");
    south.send("centre", "test.note", "while you were down").toCompletableFuture().join();
    south.deliverNow().toCompletionStage().toCompletableFuture().join();
    assertEquals(0, received("while you were down"));
    messages("centre");
    var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (received("while you were down") == 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertEquals(1, received("while you were down"), "delivered once after centre came back");
  }

  @Test
  void aTokenWithTheFederationScopeThatIsNoNodesCannotPostMessages() {
    var dataDir = FederationNodes.config("centre").graph().dataDir();
    var token = DevelopmentIssuer.open(dataDir, Optional.empty(), Clock.systemUTC())
        .issue("someone", Optional.empty(), Optional.empty(), Set.of(Scope.FEDERATION), Duration.ofMinutes(5));
    var response = FederationNodes.send(java.net.http.HttpRequest.newBuilder(
            FederationNodes.uri("centre", PeerMessages.PATH))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"kind\":\"test.note\",\"payload\":\"y\"}"))
        .build());
    assertEquals(403, response.statusCode());
  }

  @Test
  void aNodeThatIsNotAPeerCannotPostMessages() {
    var response = FederationNodes.send(java.net.http.HttpRequest.newBuilder(
            FederationNodes.uri("centre", PeerMessages.PATH))
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"kind\":\"test.note\",\"payload\":\"y\"}"))
        .build());
    assertTrue(response.statusCode() == 403 || response.statusCode() == 401, "got " + response.statusCode());
  }
}
