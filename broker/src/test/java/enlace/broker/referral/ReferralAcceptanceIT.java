package enlace.broker.referral;

import static enlace.broker.referral.Referrals.DAM;
import static enlace.broker.referral.Referrals.FAMILY_SHELTER;
import static enlace.broker.referral.Referrals.FAMILY_SHELTER_ORG;
import static enlace.broker.referral.Referrals.MATCH;
import static enlace.broker.referral.Referrals.familyInTapachula;
import static enlace.broker.referral.Referrals.localIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DAM officer's day, end to end over HTTP with real tokens: a family with TVRH cards in Tapachula
 * needing shelter and work is matched, referred to the family shelter with room, followed through the
 * subscription until the outcome is recorded.
 */
class ReferralAcceptanceIT {

  @Test
  void shouldMatchAFamilyWithTvrhToTheFamilyShelterWithRoomAndToEmployersAcceptingTvrh() {
    var body = TestNode.graphql(Referrals.sender(DAM), MATCH, new JsonObject()
        .put("need", familyInTapachula("enl:shelter", "enl:employment")).put("first", 10));
    var needs = Api.data(body).getJsonArray("matchServices");
    assertEquals(2, needs.size());
    var shelter = needs.getJsonObject(0);
    assertEquals("https://w3id.org/enlace/ns#shelter", shelter.getJsonObject("need").getString("iri"));
    var shelters = localIds(shelter.getJsonArray("matches"));
    assertEquals(FAMILY_SHELTER, shelters.getFirst(), body::encodePrettily);
    assertFalse(shelters.contains("demo-svc-tap-alb-hombres-hospedaje"), "a men's shelter takes no family");
    assertFalse(shelters.contains("demo-svc-tap-alb-familias-2-hospedaje"), "the full shelter is no match");
    var misses = localIds(shelter.getJsonArray("nearMisses"));
    assertTrue(misses.containsAll(List.of("demo-svc-tap-alb-hombres-hospedaje",
        "demo-svc-tap-alb-familias-2-hospedaje")),
        body::encodePrettily);
    assertEquals(List.of("HOUSEHOLD"), failedRules(shelter, "demo-svc-tap-alb-hombres-hospedaje"));
    assertEquals(List.of("CAPACITY"), failedRules(shelter, "demo-svc-tap-alb-familias-2-hospedaje"));
    var stale = match(shelter, "demo-svc-tap-alb-transito-hospedaje");
    assertTrue(stale.getBoolean("capacityStale"), "capacity confirmed 96 h ago is flagged, not trusted");

    var work = needs.getJsonObject(1);
    var employers = localIds(work.getJsonArray("matches"));
    assertTrue(employers.containsAll(List.of("demo-svc-tap-agro-reclutamiento", "demo-svc-tap-empaque-reclutamiento")),
        body::encodePrettily);
    assertFalse(employers.contains("demo-svc-tap-tiendas-reclutamiento"), "this employer does not list the TVRH");
    var tiendas = work.getJsonArray("nearMisses").stream().map(JsonObject.class::cast)
        .filter(m -> m.getJsonObject("service").getString("localId").equals("demo-svc-tap-tiendas-reclutamiento"))
        .findFirst().orElseThrow();
    var explanation = tiendas.getJsonArray("reasons").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("rule").equals("DOCUMENTS")).findFirst().orElseThrow().getString("explanation");
    assertTrue(explanation.contains("also grant"), "the officer learns the TVRH grants the right to work: "
        + explanation);
  }

  @Test
  void shouldReferAcceptFollowAndCloseAReferralWhileCapacityDropsAndComesBack() throws Exception {
    var dam = Referrals.sender(DAM);
    var shelter = Referrals.receiver(FAMILY_SHELTER_ORG);
    try (var subscription = Subscriptions.open(dam, "OUTBOX")) {
      var created = Referrals.create(dam, Referrals.input(familyInTapachula("enl:shelter"), FAMILY_SHELTER));
      var id = created.getString("id");
      assertEquals("REQUESTED", created.getString("status"));
      assertEquals(FAMILY_SHELTER_ORG, created.getJsonObject("receiver").getString("localId"));
      assertNull(created.getJsonObject("contact"), "the sender does not get the contact back");
      assertEquals("REQUESTED", subscription.next().getString("to"));
      int before = created.getJsonObject("service").getJsonObject("capacity").getInteger("available");

      var inbox = Api.data(TestNode.graphql(shelter, """
          { referrals(box: INBOX, status: REQUESTED, first: 50) { edges { node { id clientReference } } } }
          """, null)).getJsonObject("referrals").getJsonArray("edges");
      assertTrue(inbox.stream().anyMatch(e -> ((JsonObject) e).getJsonObject("node").getString("id").equals(id)));

      var seen = Api.data(Referrals.read(shelter, id)).getJsonObject("referral");
      assertEquals("+52 962 555 0101", seen.getJsonObject("contact").getString("phone"), "the receiver reaches them");
      assertEquals(2, seen.getJsonObject("household").getInteger("children"));

      var accepted = Api.data(Referrals.move(shelter, "acceptReferral", id, null)).getJsonObject("acceptReferral");
      assertEquals("ACCEPTED", accepted.getString("status"));
      assertEquals(before - 1, accepted.getJsonObject("service").getJsonObject("capacity").getInteger("available"),
          "accepting takes one bed in the same transaction");
      var event = subscription.next();
      assertEquals("ACCEPTED", event.getString("to"));
      assertEquals(id, event.getString("referral"));

      Api.data(Referrals.move(shelter, "startReferral", id, null));
      var done = Api.data(Referrals.move(shelter, "completeReferral", id, "outcome: \"alojados 30 noches\""))
          .getJsonObject("completeReferral");
      assertEquals("COMPLETED", done.getString("status"));
      assertEquals("alojados 30 noches", done.getString("outcome"));
      assertEquals(before, done.getJsonObject("service").getJsonObject("capacity").getInteger("available"),
          "the bed-night comes back when the stay ends");
      assertNull(done.getJsonObject("contact"), "the contact is erased when the referral closes");
      assertEquals("IN_PROGRESS", subscription.next().getString("to"));
      assertEquals("COMPLETED", subscription.next().getString("to"));

      var history = Api.data(Referrals.read(dam, id)).getJsonObject("referral").getJsonArray("events");
      assertEquals(List.of("REQUESTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED"),
          history.stream().map(e -> ((JsonObject) e).getString("to")).toList());
      assertNotNull(history.getJsonObject(1).getString("organization"));
    }
  }

  private static List<String> failedRules(JsonObject need, String service) {
    return match(need, service).getJsonArray("reasons").stream().map(JsonObject.class::cast)
        .filter(r -> !r.getBoolean("passed") && List.of("CATEGORY", "DOCUMENTS", "CAPACITY", "HOUSEHOLD")
            .contains(r.getString("rule")))
        .map(r -> r.getString("rule")).toList();
  }

  private static JsonObject match(JsonObject need, String service) {
    return java.util.stream.Stream.concat(need.getJsonArray("matches").stream(),
            need.getJsonArray("nearMisses").stream())
        .map(JsonObject.class::cast)
        .filter(m -> m.getJsonObject("service").getString("localId").equals(service))
        .findFirst().orElseThrow(() -> new AssertionError(service + " not among " + need.encodePrettily()));
  }
}
