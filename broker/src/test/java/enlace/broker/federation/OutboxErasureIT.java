package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.referral.CrossRegionReferrals;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A message to another region's node keeps nothing of the person once that node has taken it. */
class OutboxErasureIT {

  /** A message of the south's outbox as its store holds it. */
  static Map<String, Object> stored(String messageId) {
    return FederationNodes.node("south").graph().read(tx -> tx.runAsync(
            "MATCH (m:OutboxMessage {id: $id}) RETURN properties(m) AS m", Map.of("id", messageId))
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("m").asMap())).toCompletableFuture().join();
  }

  static String localId(String globalId) {
    return new String(Base64.getUrlDecoder().decode(globalId)).split(":", 3)[2];
  }

  @Test
  void aDeliveredReferralKeepsItsIdKindReferralAndReceiptOnly() throws InterruptedException {
    var id = CrossRegionReferralIT.create(List.of("HOUSEHOLD", "CONTACT", "DOCUMENTS"), List.of(),
        CrossRegionReferralIT.SHELTER).getString("id");
    CrossRegionReferralIT.awaitInbox(id, r -> true);
    var referral = localId(id);
    var messageId = CrossRegionReferrals.CREATED + ":" + referral;
    var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!stored(messageId).containsKey("deliveredAt") && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    var message = stored(messageId);
    assertTrue(message.containsKey("deliveredAt"), message::toString);
    assertFalse(message.containsKey("payload"), "the personal payload is gone: " + message);
    assertEquals(CrossRegionReferrals.CREATED, message.get("kind"));
    assertEquals(referral, message.get("referral"));
    assertEquals("accepted", message.get("receipt"));
  }
}
