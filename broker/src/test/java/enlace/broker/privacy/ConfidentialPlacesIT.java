package enlace.broker.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditLog;
import enlace.graph.geo.GeoPoint;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A shelter for women escaping violence shows where it is only to those who may refer to it. */
class ConfidentialPlacesIT {

  private static final String SHELTER = "demo-svc-tap-alb-mujeres-hospedaje";
  private static final GeoPoint EXACT = new GeoPoint(14.89751, -92.25203);
  private static final String SEARCH = """
      { searchServices(near: {latitude: 14.9056, longitude: -92.2636}, radiusKm: 25, categories: ["enl:shelter-women-children"], first: 20) {
          edges { distanceKm node { localId id } location { name address postalCode approximate point { latitude longitude } } } } }
      """;

  private static JsonObject edge(JsonObject body) {
    assertTrue(body.getJsonArray("errors") == null, body::encodePrettily);
    return body.getJsonObject("data").getJsonObject("searchServices").getJsonArray("edges").stream()
        .map(JsonObject.class::cast).filter(e -> e.getJsonObject("node").getString("localId").equals(SHELTER))
        .findFirst().orElseThrow(() -> new AssertionError(SHELTER + " not found in " + body.encode()));
  }

  private static GeoPoint point(JsonObject location) {
    var p = location.getJsonObject("point");
    return new GeoPoint(p.getDouble("latitude"), p.getDouble("longitude"));
  }

  @Test
  void showsThePublicOnlyAnApproximatePlaceAndItsDistance() {
    var edge = edge(TestNode.graphql(SEARCH, null));
    var location = edge.getJsonObject("location");
    assertTrue(location.getBoolean("approximate"));
    assertNull(location.getString("address"));
    assertNull(location.getString("name"));
    assertNull(location.getString("postalCode"));
    assertEquals(EXACT.approximate(), point(location));
    var center = new GeoPoint(14.9056, -92.2636);
    assertEquals(center.distanceKm(EXACT.approximate()), edge.getDouble("distanceKm"), 0.01);
  }

  @Test
  void showsReferralPartnersTheExactPlaceAndAuditsIt() {
    var audit = new AuditLog(TestGraph.graph());
    long before = audit.verify().toCompletableFuture().join().events();
    var partner = TestNode.token("demo-org-tap-dam", null, Scope.REFERRAL_READ);
    var location = edge(TestNode.graphql(partner, SEARCH, null)).getJsonObject("location");
    assertFalse(location.getBoolean("approximate"));
    assertEquals(EXACT, point(location));
    assertTrue(location.getString("address") != null);
    assertEquals(new GeoPoint(14.9056, -92.2636).distanceKm(EXACT.approximate()),
        edge(TestNode.graphql(partner, SEARCH, null)).getDouble("distanceKm"), 0.01, "ranked like everyone else");
    var check = audit.verify().toCompletableFuture().join();
    assertTrue(check.isIntact());
    assertTrue(check.events() > before, "the exact read was audited");
    long logged = TestGraph.graph().read(tx -> tx.runAsync("""
            MATCH (e:AuditEvent {action: 'readConfidentialLocation', target: 'Location:demo-loc-tap-alb-mujeres'})
            RETURN count(e) AS n""", Map.of()).thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong()))
        .toCompletableFuture().join();
    assertTrue(logged >= 1, "the audit names the place that was seen");
  }

  @Test
  void showsTheOwnerItsOwnPlace() {
    var owner = TestNode.token("demo-org-tap-alb-mujeres", null, Scope.DIRECTORY_WRITE);
    var location = edge(TestNode.graphql(owner, SEARCH, null)).getJsonObject("location");
    assertEquals(EXACT, point(location));
  }

  @Test
  void neverLeaksTheExactPointThroughTheServiceLookup() {
    var id = edge(TestNode.graphql(SEARCH, null)).getJsonObject("node").getString("id");
    var body = TestNode.graphql("query($id: ID!) { service(id: $id) { locations { approximate address point { latitude longitude } } } }",
        new JsonObject().put("id", id));
    var location = body.getJsonObject("data").getJsonObject("service").getJsonArray("locations").getJsonObject(0);
    assertTrue(location.getBoolean("approximate"));
    assertEquals(EXACT.approximate(), point(location));
  }
}
