package enlace.broker.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The refuge says its address is shared only with whoever refers once the admission is accepted: an office
 * sees the exact place from the acceptance of its referral until the referral closes, each look audited;
 * before and after, and for everyone else with referral rights, it stays approximate.
 */
class ReferrerSightIT {

  private static final String PLACE = """
      query($id: ID!) { service(id: $id) { locations { name address postalCode approximate point { latitude longitude } } } }
      """;

  private static JsonObject place(String token, Refuge refuge) {
    return Api.data(TestNode.graphql(token, PLACE, new JsonObject().put("id", Refuge.globalId(refuge.shelter()))))
        .getJsonObject("service").getJsonArray("locations").getJsonObject(0);
  }

  private static void assertExact(JsonObject location) {
    assertFalse(location.getBoolean("approximate"), location::encode);
    assertEquals(Refuge.ADDRESS, location.getString("address"));
    assertEquals(Double.parseDouble(Refuge.LATITUDE), location.getJsonObject("point").getDouble("latitude"), 1e-9);
  }

  private static void assertApproximate(JsonObject location) {
    assertTrue(location.getBoolean("approximate"), location::encode);
    assertNull(location.getString("address"));
    assertFalse(location.encode().contains(Refuge.LATITUDE), location::encode);
  }

  private static String move(String token, String mutation, String id) {
    var body = TestNode.graphql(token, "mutation($id: ID!) { " + mutation + " { status } }",
        new JsonObject().put("id", id));
    return Api.data(body).getJsonObject(mutation.substring(0, mutation.indexOf('('))).getString("status");
  }

  private static long audited(String organization, Refuge refuge) {
    return TestGraph.graph().read(tx -> tx.runAsync("""
            MATCH (e:AuditEvent {action: 'readConfidentialLocation', target: $target, organization: $organization})
            RETURN count(e) AS n""", Map.of("target", "Location:" + refuge.location(), "organization", organization))
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong())).toCompletableFuture().join();
  }

  @Test
  void aReferringOfficeSeesThePlaceFromAcceptanceUntilTheReferralCloses() {
    var refuge = Refuge.create();
    var dam = "t-dam-campeche-" + UUID.randomUUID().toString().substring(0, 8);
    // the scopes the office console signs an officer in with
    var officer = TestNode.token(dam, null, Scope.REFERRAL_READ, Scope.REFERRAL_WRITE, Scope.DIRECTORY_WRITE);
    var shelter = TestNode.token(refuge.organization(), null, Scope.REFERRAL_READ, Scope.REFERRAL_WRITE);
    var other = TestNode.token("t-dam-otra", null, Scope.REFERRAL_READ, Scope.REFERRAL_WRITE);
    var need = new JsonObject().put("categories", new JsonArray().add("enl:shelter-women-children"))
        .put("municipality", Refuge.CAMPECHE).put("radiusKm", 25).put("languages", new JsonArray().add("es"))
        .put("household", new JsonObject().put("adults", 1).put("children", 2))
        .put("profile", new JsonObject().put("gender", "WOMAN"));
    var input = new JsonObject().put("need", need).put("serviceId", Refuge.globalId(refuge.shelter()))
        .put("clientReference", "CAM-2026-0007")
        .put("consent", new JsonObject().put("purpose", "ingreso a refugio").put("noticeVersion", "aviso-2026-01")
            .put("recordedAt", Instant.now().toString()).put("recordedBy", "oficial-3"));
    var referral = Api.data(TestNode.graphql(officer, "mutation($input: ReferralInput!) { createReferral(input: "
        + "$input) { id status } }", new JsonObject().put("input", input))).getJsonObject("createReferral");
    var id = referral.getString("id");

    assertApproximate(place(officer, refuge));
    assertEquals(0, audited(dam, refuge));

    assertEquals("ACCEPTED", move(shelter, "acceptReferral(id: $id)", id));
    assertExact(place(officer, refuge));
    assertTrue(audited(dam, refuge) >= 1, "the look is audited");
    var search = Api.data(TestNode.graphql(officer, """
        { searchServices(municipality: "04002", radiusKm: 10, categories: ["enl:shelter-women-children"], first: 50) {
            edges { node { localId } location { address approximate point { latitude longitude } } } } }""", null));
    var edge = search.getJsonObject("searchServices").getJsonArray("edges").stream().map(JsonObject.class::cast)
        .filter(e -> e.getJsonObject("node").getString("localId").equals(refuge.shelter())).findFirst().orElseThrow();
    assertExact(edge.getJsonObject("location"));
    assertApproximate(place(other, refuge));
    assertApproximate(place(TestNode.token(dam, null, Scope.DIRECTORY_WRITE), refuge));

    assertEquals("IN_PROGRESS", move(shelter, "startReferral(id: $id)", id));
    assertExact(place(officer, refuge));

    assertEquals("COMPLETED", move(shelter, "completeReferral(id: $id, outcome: \"egreso\")", id));
    assertApproximate(place(officer, refuge));
  }
}
