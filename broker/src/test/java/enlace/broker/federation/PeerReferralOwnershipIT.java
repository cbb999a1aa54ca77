package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.federation.delivery.PeerMessages;
import enlace.broker.referral.CrossRegionReferrals;
import enlace.graph.outbox.PeerMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A peer's message moves only referrals it shares with this node: the north cannot touch a referral between the
 * south and the centre, nor bring one in the south's name, and the south (the sending side) cannot rename the
 * centre's receiving organization. Each such message is refused at the peer message door and changes nothing.
 */
class PeerReferralOwnershipIT {

  private static final String SHELTER_ORG = "demo-org-cdmx-alb-familias";

  private static PeerMessages messages(String node) {
    return FederationNodes.node(node).federation().orElseThrow().messages().orElseThrow();
  }

  private static String localId(String globalId) {
    return new String(Base64.getUrlDecoder().decode(globalId)).split(":", 3)[2];
  }

  private static PeerMessage status(String referral, String to, long sequence, String receiver) {
    var payload = new JsonObject().put("referral", referral).put("to", to).put("sequence", sequence)
        .put("organization", "intruso").put("receiver", receiver).put("consentWithdrawn", false)
        .put("at", Instant.now().toString());
    return PeerMessage.due(UUID.randomUUID().toString(), "centre", CrossRegionReferrals.STATUS, payload.encode(),
        Optional.of(referral), Instant.now());
  }

  /** The referral as the centre holds it, read from its store. */
  private static Map<String, Object> held(String referral) {
    return FederationNodes.node("centre").graph().read(tx -> tx.runAsync(
            "MATCH (r:Referral {id: $id}) RETURN r.status AS status, r.receiver AS receiver", Map.of("id", referral))
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.asMap())).toCompletableFuture().join();
  }

  private static void assertRefused(PeerMessages from, PeerMessage message) {
    var refused = assertThrows(CompletionException.class,
        () -> from.deliver(message).toCompletionStage().toCompletableFuture().join());
    assertTrue(refused.getCause().getMessage().contains("HTTP 403"), refused.getCause().getMessage());
  }

  @Test
  void aPeerOutsideTheReferralCannotMoveIt() throws InterruptedException {
    var id = CrossRegionReferralIT.create(List.of("HOUSEHOLD"), List.of(), CrossRegionReferralIT.SHELTER)
        .getString("id");
    CrossRegionReferralIT.awaitInbox(id, r -> true);
    var referral = localId(id);

    assertRefused(messages("north"), status(referral, "cancelled", 99, null));
    assertRefused(messages("north"), status(referral, "requested", 98, "demo-org-cdmx-alb-hombres"));
    assertEquals(Map.of("status", "requested", "receiver", SHELTER_ORG), held(referral));
  }

  @Test
  void theSendingSideCannotRenameTheReceiver() throws InterruptedException {
    var id = CrossRegionReferralIT.create(List.of("HOUSEHOLD"), List.of(), CrossRegionReferralIT.SHELTER)
        .getString("id");
    CrossRegionReferralIT.awaitInbox(id, r -> true);
    var referral = localId(id);
    messages("south").deliver(status(referral, "requested", 97, "demo-org-cdmx-alb-hombres"))
        .toCompletionStage().toCompletableFuture().join();
    assertEquals(Map.of("status", "requested", "receiver", SHELTER_ORG), held(referral));
  }

  @Test
  void aPeerCannotBringAReferralInAnotherRegionsName() {
    var referral = UUID.randomUUID().toString();
    var now = Instant.now();
    var payload = new JsonObject().put("id", referral).put("region", "south")
        .put("needs", new JsonArray().add("https://w3id.org/enlace/ns#shelter")).put("municipality", "07089")
        .put("urgency", "ROUTINE").put("clientReference", "FALSO-1").put("sender", "demo-org-tap-dam")
        .put("service", "demo-svc-cdmx-alb-familias-hospedaje").put("serviceRegion", "centre")
        .put("createdAt", now.toString()).put("expiresAt", now.plus(Duration.ofDays(1)).toString())
        .put("consent", new JsonObject().put("purpose", "x").put("organizations", new JsonArray())
            .put("fields", new JsonArray()).put("noticeVersion", "v1").put("recordedAt", now.toString())
            .put("recordedBy", "x"));
    assertRefused(messages("north"), PeerMessage.due(CrossRegionReferrals.CREATED + ":" + referral, "centre",
        CrossRegionReferrals.CREATED, payload.encode(), Optional.of(referral), now));
    long held = FederationNodes.node("centre").graph().read(tx -> tx.runAsync(
            "MATCH (r:Referral {id: $id}) RETURN count(r) AS n", Map.of("id", referral))
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong())).toCompletableFuture().join();
    assertEquals(0, held);
  }
}
