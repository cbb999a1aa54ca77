package enlace.broker.referral;

import static enlace.broker.referral.Referrals.move;
import static enlace.broker.referral.Referrals.read;
import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The privacy requirements of referrals, one test each. */
class ReferralPrivacyIT {

  @Test
  void shouldShowTheContactOnlyToTheReceiverWhileOpenAndEraseItOnClose() {
    var offices = Ensenada.create();
    var id = offices.refer(offices.farShelter());
    var shelter = Referrals.receiver(offices.farShelterOrg());
    var dam = Referrals.sender(offices.dam());
    assertNull(Api.data(read(dam, id)).getJsonObject("referral").getJsonObject("contact"));
    assertEquals("llamar por la tarde", Api.data(read(shelter, id)).getJsonObject("referral")
        .getJsonObject("contact").getString("note"));
    assertEquals(1, contactNodes(id), "the contact is stored apart from the referral");
    Api.data(move(dam, "cancelReferral", id, null));
    assertNull(Api.data(read(shelter, id)).getJsonObject("referral").getJsonObject("contact"));
    assertEquals(0, contactNodes(id), "closing erased the contact");
  }

  @Test
  void shouldAuditEveryReadOfAReferralIncludingRefusedOnesAndListings() {
    var offices = Ensenada.create();
    var id = offices.refer(offices.farShelter());
    long before = intactEvents();
    Api.data(read(Referrals.receiver(offices.farShelterOrg()), id));
    assertEquals(before + 1, intactEvents());
    Api.errorCode(read(Referrals.sender(offices.nearShelterOrg()), id));
    assertEquals(before + 2, intactEvents(), "a refused read is an audited attempt");
    var inbox = Api.data(TestNode.graphql(Referrals.receiver(offices.farShelterOrg()),
        "{ referrals(box: INBOX) { edges { node { id } } } }", null)).getJsonObject("referrals").getJsonArray("edges");
    assertEquals(1, inbox.size());
    assertEquals(before + 3, intactEvents(), "each referral listed is a read");
    var last = TestGraph.graph().read(tx -> tx.runAsync(
            "MATCH (e:AuditEvent) RETURN e.action AS action, e.target AS target ORDER BY e.sequence DESC LIMIT 1",
            Map.of()).thenCompose(c -> c.singleAsync())).toCompletableFuture().join();
    assertEquals("listReferral", last.get("action").asString());
    assertEquals("Referral:" + GlobalId.decode(id, "id").localId(), last.get("target").asString());
  }

  @Test
  void shouldCancelAndEraseWhenConsentIsWithdrawnAndGiveTheBedBack() {
    var offices = Ensenada.create();
    var id = offices.refer(offices.farShelter());
    Api.data(move(Referrals.receiver(offices.farShelterOrg()), "acceptReferral", id, null));
    assertEquals(4, offices.capacity(offices.farShelter()));
    var dam = Referrals.sender(offices.dam());
    var withdrawn = Api.data(TestNode.graphql(dam, "mutation($id: ID!) { withdrawConsent(id: $id) { "
        + Referrals.REFERRAL_FIELDS + " } }", new JsonObject().put("id", id))).getJsonObject("withdrawConsent");
    assertEquals("CANCELLED", withdrawn.getString("status"));
    assertTrue(withdrawn.getBoolean("anonymised"));
    assertNull(withdrawn.getString("clientReference"));
    assertEquals(new JsonArray(), withdrawn.getJsonArray("documents"));
    assertNull(withdrawn.getJsonObject("household"));
    assertNotNull(withdrawn.getJsonObject("consent").getString("withdrawnAt"));
    assertEquals("CONSENT_WITHDRAWN", withdrawn.getJsonArray("events").getJsonObject(2).getString("reason"));
    assertEquals(5, offices.capacity(offices.farShelter()), "the bed-night came back");
    assertEquals(0, contactNodes(id));
    assertFalse(withdrawn.getJsonArray("needs").isEmpty(), "the need stays, for the counts");
  }

  @Test
  void shouldShowTheReceiverOnlyWhatTheConsentShares() {
    var offices = Ensenada.create();
    var input = Referrals.input(Ensenada.need(), offices.farShelter());
    input.getJsonObject("consent").put("fields", new JsonArray().add("HOUSEHOLD"));
    var id = Referrals.create(Referrals.sender(offices.dam()), input).getString("id");
    var seen = Api.data(read(Referrals.receiver(offices.farShelterOrg()), id)).getJsonObject("referral");
    assertNull(seen.getJsonArray("documents"));
    assertNull(seen.getJsonArray("languages"));
    assertNull(seen.getJsonObject("contact"), "no consent to share the contact");
    assertEquals(1, seen.getJsonObject("household").getInteger("children"));
  }

  @Test
  void shouldKeepAndShowTheProfileOnlyWhenTheConsentSharesItAndEraseItWithTheRest() {
    var offices = Ensenada.create();
    var need = Ensenada.need().put("profile", new JsonObject().put("gender", "WOMAN").put("pregnant", true)
        .put("ageGroups", new JsonArray().add("ADULT").add("INFANT")));
    var dam = Referrals.sender(offices.dam());
    var shelter = Referrals.receiver(offices.farShelterOrg());
    var unshared = Referrals.input(need, offices.farShelter());
    unshared.getJsonObject("consent").put("fields", new JsonArray().add("HOUSEHOLD"));
    var withoutConsent = Referrals.create(dam, unshared).getString("id");
    assertNull(Api.data(read(shelter, withoutConsent)).getJsonObject("referral").getJsonObject("profile"));
    assertNull(Api.data(read(dam, withoutConsent)).getJsonObject("referral").getJsonObject("profile"),
        "matching used it; without consent it is not kept at all");
    assertEquals(0, profileProperties(withoutConsent));

    var shared = Referrals.input(need, offices.farShelter());
    shared.getJsonObject("consent").put("fields", new JsonArray().add("HOUSEHOLD").add("PROFILE"));
    var id = Referrals.create(dam, shared).getString("id");
    var seen = Api.data(read(shelter, id)).getJsonObject("referral").getJsonObject("profile");
    assertEquals("WOMAN", seen.getString("gender"));
    assertTrue(seen.getBoolean("pregnant"));
    assertEquals(new JsonArray().add("ADULT").add("INFANT"), seen.getJsonArray("ageGroups"));
    assertNull(seen.getBoolean("protectedPlace"), "what was not said stays unsaid");

    var withdrawn = Api.data(TestNode.graphql(dam, "mutation($id: ID!) { withdrawConsent(id: $id) { "
        + Referrals.REFERRAL_FIELDS + " } }", new JsonObject().put("id", id))).getJsonObject("withdrawConsent");
    assertNull(withdrawn.getJsonObject("profile"));
    assertEquals(0, profileProperties(id), "withdrawing consent erased the profile");
  }

  @Test
  void shouldRefuseAReceiverTheConsentDoesNotName() {
    var offices = Ensenada.create();
    var input = Referrals.input(Ensenada.need(), offices.farShelter());
    input.getJsonObject("consent").put("organizations", new JsonArray().add(offices.nearShelterOrg()));
    var body = TestNode.graphql(Referrals.sender(offices.dam()), Referrals.CREATE,
        new JsonObject().put("input", input));
    assertEquals("CONSENT_SCOPE", Api.errorCode(body));
  }

  private static long profileProperties(String globalId) {
    var id = GlobalId.decode(globalId, "id").localId();
    return TestGraph.graph().read(tx -> tx.runAsync(
            "MATCH (r:Referral {id: $id}) RETURN size([k IN keys(r) WHERE k STARTS WITH 'profile']) AS n",
            Map.of("id", id)).thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong()))
        .toCompletableFuture().join();
  }

  private static long contactNodes(String globalId) {
    var id = GlobalId.decode(globalId, "id").localId();
    return TestGraph.graph().read(tx -> tx.runAsync("MATCH (k:ReferralContact {referral: $id}) RETURN count(k) AS n",
        Map.of("id", id)).thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong()))
        .toCompletableFuture().join();
  }
}
