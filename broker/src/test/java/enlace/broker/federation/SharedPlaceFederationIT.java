package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.security.Scope;
import enlace.graph.geo.GeoPoint;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A confidential service and a public one at one place of the south, in Tuxtla Gutiérrez: a federated search
 * and the proposals the centre gets from the south show the place only approximately, whichever of the two
 * services brings it. Checked against the exact point read from the south's store.
 */
class SharedPlaceFederationIT {

  private static final String TUXTLA = "07101";
  private static final String LATITUDE = "16.75312";
  private static final String LONGITUDE = "-93.11587";
  private static final String ADDRESS = "Privada Reservada 3";
  private static final String LOCATION = "location { name address postalCode approximate point { latitude longitude } }";

  private static String confidential;
  private static String open;
  private static GeoPoint exact;

  @BeforeAll
  static void aPlaceOfTheSouthWithAConfidentialAndAPublicService() {
    var run = UUID.randomUUID().toString().substring(0, 8);
    var organization = "t-fed-refugio-" + run;
    var place = "t-fed-sede-" + run;
    confidential = "t-fed-proteccion-" + run;
    open = "t-fed-psico-" + run;
    var owner = CrossRegionReferralIT.token("south", organization, Scope.DIRECTORY_WRITE);
    write(owner, "mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }",
        new JsonObject().put("id", organization).put("name", "Refugio " + run).put("kind", "enl:kind-shelter"));
    write(owner, "mutation($input: LocationInput!) { upsertLocation(input: $input) { id } }",
        new JsonObject().put("id", place).put("name", "Casa Lila").put("address", ADDRESS).put("postalCode", "29000")
            .put("municipalityCode", TUXTLA).put("latitude", Double.parseDouble(LATITUDE))
            .put("longitude", Double.parseDouble(LONGITUDE)));
    write(owner, "mutation($input: ServiceInput!) { upsertService(input: $input) { id } }", service(confidential,
        "enl:protection-gbv", place).put("confidential", true));
    write(owner, "mutation($input: ServiceInput!) { upsertService(input: $input) { id } }", service(open,
        "enl:psychosocial-support", place));
    var row = FederationNodes.node("south").graph().read(tx -> tx.runAsync(
            "MATCH (l:Location {id: $id}) RETURN l.exactPoint.y AS lat, l.exactPoint.x AS lon", Map.of("id", place))
        .thenCompose(c -> c.singleAsync())).toCompletableFuture().join();
    exact = new GeoPoint(row.get("lat").asDouble(), row.get("lon").asDouble());
    assertEquals(Double.parseDouble(LATITUDE), exact.latitude(), 1e-9);
  }

  private static JsonObject service(String id, String category, String place) {
    return new JsonObject().put("id", id).put("name", "Servicio " + id).put("categories", new JsonArray().add(category))
        .put("locationIds", new JsonArray().add(place));
  }

  private static void write(String token, String mutation, JsonObject input) {
    var answer = CrossRegionReferralIT.graphql("south", token, mutation, new JsonObject().put("input", input));
    assertNull(answer.getValue("errors"), answer::encode);
  }

  private static void assertHidden(JsonObject location) {
    assertTrue(location.getBoolean("approximate"), location::encode);
    assertNull(location.getString("name"));
    assertNull(location.getString("address"));
    assertNull(location.getString("postalCode"));
    var point = location.getJsonObject("point");
    var seen = new GeoPoint(point.getDouble("latitude"), point.getDouble("longitude"));
    assertEquals(exact.approximate(), seen);
    assertTrue(seen.distanceKm(exact) > 0.2, "not the exact point: " + seen);
  }

  private static void assertNoExactPlace(String answer) {
    assertFalse(answer.contains(LATITUDE) || answer.contains(LONGITUDE) || answer.contains(ADDRESS), answer);
  }

  @Test
  void aFederatedSearchFromTheCentreShowsThePlaceApproximately() {
    var search = """
        query($near: GeoPointInput) { searchServices(near: $near, radiusKm: 10, first: 50, scope: FEDERATED) {
          edges { nodeId node { localId } %s } } }""".formatted(LOCATION);
    var response = FederationNodes.post("centre", null, search,
        new JsonObject().put("near", new JsonObject().put("latitude", 16.75).put("longitude", -93.11)));
    assertNoExactPlace(response.body());
    var edges = new JsonObject(response.body()).getJsonObject("data").getJsonObject("searchServices")
        .getJsonArray("edges").stream().map(JsonObject.class::cast)
        .filter(e -> List.of(confidential, open).contains(e.getJsonObject("node").getString("localId"))).toList();
    assertEquals(2, edges.size(), response::body);
    edges.forEach(e -> {
      assertEquals("south", e.getString("nodeId"));
      assertHidden(e.getJsonObject("location"));
    });
  }

  @Test
  void theSouthsProposalsToTheCentreShowThePlaceApproximately() {
    var need = new JsonObject().put("categories", new JsonArray().add("enl:psychosocial-support"))
        .put("near", new JsonObject().put("latitude", 16.75).put("longitude", -93.11)).put("radiusKm", 10);
    var office = CrossRegionReferralIT.token("centre", "demo-org-cdmx-atencion", Scope.REFERRAL_READ, Scope.REFERRAL_WRITE);
    var response = FederationNodes.post("centre", office, "query($need: NeedInput!) { matchServices(need: $need) { "
        + "matches { service { localId } } proposals { nodeId service { localId } " + LOCATION + " } } }",
        new JsonObject().put("need", need));
    assertNoExactPlace(response.body());
    var found = new JsonObject(response.body()).getJsonObject("data").getJsonArray("matchServices").getJsonObject(0);
    var ours = Stream.of(found.getJsonArray("proposals")).flatMap(JsonArray::stream).map(JsonObject.class::cast)
        .filter(p -> p.getJsonObject("service").getString("localId").equals(open)).toList();
    assertEquals(1, ours.size(), response::body);
    assertHidden(ours.getFirst().getJsonObject("location"));
  }
}
