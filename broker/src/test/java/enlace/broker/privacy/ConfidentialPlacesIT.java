package enlace.broker.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.console.ConsoleRoutes;
import enlace.broker.security.Scope;
import enlace.graph.geo.GeoPoint;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** A shelter for women escaping violence shows where it is only to its own organization and admitted referrers. */
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
  void hidesItFromAnOrganizationThatMayReadReferralsButHasNoneThere() {
    var office = TestNode.token("demo-org-tap-dam", null, Scope.REFERRAL_READ, Scope.REFERRAL_WRITE);
    var location = edge(TestNode.graphql(office, SEARCH, null)).getJsonObject("location");
    assertTrue(location.getBoolean("approximate"));
    assertEquals(EXACT.approximate(), point(location));
    assertNull(location.getString("address"));
  }

  @Test
  void theConsoleShowsTheOwnerItsOwnPlace() {
    var response = TestNode.send(HttpRequest.newBuilder(
        TestNode.uri(ConsoleRoutes.TOKEN_PATH + "?organization=demo-org-tap-alb-mujeres"))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, response.statusCode(), response.body());
    var officer = new JsonObject(response.body()).getString("access_token");
    var id = edge(TestNode.graphql(SEARCH, null)).getJsonObject("node").getString("id");
    var location = TestNode.graphql(officer, "query($id: ID!) { service(id: $id) { locations { name address "
        + "postalCode approximate point { latitude longitude } } } }", new JsonObject().put("id", id))
        .getJsonObject("data").getJsonObject("service").getJsonArray("locations").getJsonObject(0);
    assertFalse(location.getBoolean("approximate"));
    assertEquals(EXACT, point(location));
    assertTrue(location.getString("address") != null);
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
