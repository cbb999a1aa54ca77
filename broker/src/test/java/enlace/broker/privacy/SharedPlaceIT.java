package enlace.broker.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.imports.DataExchange;
import enlace.graph.TestGraph;
import enlace.graph.geo.GeoPoint;
import enlace.ontology.Ontology;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confidential shelter and a public service at one place: the place is confidential for both, on every path
 * that reads it. Each answer is checked against the exact point read from the store with Cypher.
 */
class SharedPlaceIT {

  private static final String LOCATION = "location { name address postalCode approximate point { latitude longitude } }";
  private static Refuge refuge;
  private static GeoPoint exact;
  private static GeoPoint shown;

  @BeforeAll
  static void refugeWithAPublicServiceAtItsPlace() {
    refuge = Refuge.create();
    var stored = refuge.stored();
    exact = stored.get("exact");
    shown = stored.get("shown");
    assertEquals(Double.parseDouble(Refuge.LATITUDE), exact.latitude(), 1e-9, "the store keeps the exact point");
  }

  /** A location as a caller without a grant must see it: approximate, at the point the store shows, nothing else. */
  private static void assertHidden(JsonObject location) {
    assertTrue(location.getBoolean("approximate"), location::encode);
    assertNull(location.getString("name"), location::encode);
    assertNull(location.getString("address"), location::encode);
    assertNull(location.getString("postalCode"), location::encode);
    assertPoint(location.getJsonObject("point"));
  }

  private static void assertPoint(JsonObject point) {
    var seen = new GeoPoint(point.getDouble("latitude"), point.getDouble("longitude"));
    assertEquals(shown, seen, "shown where the store ranks it");
    assertTrue(seen.distanceKm(exact) > 0.2, "not the exact point: " + seen);
  }

  /** Nothing in the answer gives the place away, whatever field carried it. */
  private static void assertNoExactPlace(String answer) {
    assertFalse(answer.contains(Refuge.LATITUDE) || answer.contains(Refuge.LONGITUDE), answer);
    assertFalse(answer.contains(Refuge.ADDRESS) || answer.contains(Refuge.PLACE_NAME), answer);
  }

  private static JsonObject query(String token, String query, JsonObject variables) {
    var body = token == null ? TestNode.graphql(query, variables) : TestNode.graphql(token, query, variables);
    assertNoExactPlace(body.encode());
    return Api.data(body);
  }

  private static String stranger() {
    return TestNode.token("t-dam-campeche", null, Scope.REFERRAL_READ, Scope.REFERRAL_WRITE, Scope.DIRECTORY_WRITE);
  }

  @Test
  void searchServicesHidesThePlaceOfThePublicServiceToo() {
    var near = new JsonObject().put("latitude", 19.845).put("longitude", -90.525);
    for (var filter : List.of("", "categories: [\"enl:psychosocial-support\", \"enl:shelter\"]", "text: \"refugio\"")) {
      var search = """
          query($near: GeoPointInput) { searchServices(near: $near, radiusKm: 10, first: 50 %s) {
            edges { distanceKm node { localId } %s } } }""".formatted(filter.isEmpty() ? "" : ", " + filter, LOCATION);
      var edges = query(null, search, new JsonObject().put("near", near)).getJsonObject("searchServices")
          .getJsonArray("edges").stream().map(JsonObject.class::cast)
          .filter(e -> List.of(refuge.shelter(), refuge.publicService())
              .contains(e.getJsonObject("node").getString("localId")))
          .toList();
      assertFalse(edges.isEmpty(), filter);
      var center = new GeoPoint(near.getDouble("latitude"), near.getDouble("longitude"));
      for (var edge : edges) {
        assertHidden(edge.getJsonObject("location"));
        assertEquals(center.distanceKm(shown), edge.getDouble("distanceKm"), 0.01, "ranked at the shown point");
      }
    }
  }

  @Test
  void serviceNodeAndOrganizationHideIt() {
    var id = new JsonObject().put("id", Refuge.globalId(refuge.publicService()));
    var service = query(stranger(), "query($id: ID!) { service(id: $id) { locations { name address postalCode "
        + "approximate point { latitude longitude } } } }", id).getJsonObject("service");
    assertHidden(service.getJsonArray("locations").getJsonObject(0));
    var node = query(null, "query($id: ID!) { node(id: $id) { ... on Service { locations { name address postalCode "
        + "approximate point { latitude longitude } } } } }", id).getJsonObject("node");
    assertHidden(node.getJsonArray("locations").getJsonObject(0));
    var organization = query(stranger(), "query($id: ID!) { organization(id: $id) { services(first: 10) { localId "
        + "locations(first: 3) { name address postalCode approximate point { latitude longitude } } } } }",
        new JsonObject().put("id", new GlobalId("Organization", "mx", refuge.organization()).encode()))
        .getJsonObject("organization");
    var services = organization.getJsonArray("services");
    assertEquals(2, services.size(), organization::encode);
    services.forEach(s -> assertHidden(((JsonObject) s).getJsonArray("locations").getJsonObject(0)));
  }

  @Test
  void matchServicesHidesIt() {
    var need = new JsonObject().put("categories", new JsonArray().add("enl:psychosocial-support"))
        .put("municipality", Refuge.CAMPECHE).put("radiusKm", 25);
    var found = query(stranger(), "query($need: NeedInput!) { matchServices(need: $need, first: 10) { "
        + "matches { service { localId } " + LOCATION + " } nearMisses { service { localId } " + LOCATION + " } } }",
        new JsonObject().put("need", need)).getJsonArray("matchServices").getJsonObject(0);
    var ours = Stream.concat(found.getJsonArray("matches").stream(), found.getJsonArray("nearMisses").stream())
        .map(JsonObject.class::cast)
        .filter(m -> m.getJsonObject("service").getString("localId").equals(refuge.publicService())).toList();
    assertEquals(1, ours.size(), found::encode);
    assertHidden(ours.getFirst().getJsonObject("location"));
  }

  @Test
  void theHsdsApiHidesIt() {
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/hsds/services/" + refuge.publicService()))
        .GET().build());
    assertEquals(200, response.statusCode(), response.body());
    assertNoExactPlace(response.body());
    var location = new JsonObject(response.body()).getJsonArray("service_at_locations").getJsonObject(0)
        .getJsonObject("location");
    assertNull(location.getString("name"), location::encode);
    assertPoint(new JsonObject().put("latitude", location.getDouble("latitude"))
        .put("longitude", location.getDouble("longitude")));
    boolean listed = false;
    boolean last = false;
    for (int page = 1; !last; page++) {
      var body = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/hsds/services?per_page=100&page=" + page))
          .GET().build()).body();
      assertNoExactPlace(body);
      listed |= body.contains(refuge.publicService());
      last = new JsonObject(body).getBoolean("last_page");
    }
    assertTrue(listed, "the service is listed in the pages");
  }

  @Test
  void theExportsHideIt(@TempDir Path dir) throws Exception {
    var exchange = new DataExchange(TestGraph.graph(), Ontology.load(), Gazetteer.bundled(), Clock.systemUTC());
    exchange.hsdsExport().json(dir.resolve("hsds"));
    exchange.hsdsExport().tables(dir.resolve("hsds-csv"));
    exchange.jsonLdExport().write(dir.resolve("jsonld"));
    try (var files = Files.walk(dir)) {
      var written = files.filter(Files::isRegularFile).toList();
      assertTrue(written.size() > 5, written.toString());
      boolean listed = false;
      for (var file : written) {
        var text = Files.readString(file);
        assertNoExactPlace(text);
        listed |= text.contains(refuge.publicService());
      }
      assertTrue(listed, "the public service is exported");
    }
    var services = new JsonObject(Files.readString(dir.resolve("hsds/services.json"))).getJsonArray("contents");
    var ours = services.stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("id").equals(refuge.publicService())).findFirst().orElseThrow();
    var location = ours.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location");
    assertPoint(new JsonObject().put("latitude", location.getDouble("latitude"))
        .put("longitude", location.getDouble("longitude")));
  }

  @Test
  void theOwnerStillSeesItsPlace() {
    var service = Api.data(TestNode.graphql(refuge.ownerToken(), "query($id: ID!) { service(id: $id) { locations { "
            + "address approximate point { latitude longitude } } } }",
        new JsonObject().put("id", Refuge.globalId(refuge.publicService())))).getJsonObject("service");
    var location = service.getJsonArray("locations").getJsonObject(0);
    assertFalse(location.getBoolean("approximate"));
    assertEquals(Refuge.ADDRESS, location.getString("address"));
    assertEquals(exact, new GeoPoint(location.getJsonObject("point").getDouble("latitude"),
        location.getJsonObject("point").getDouble("longitude")));
  }
}
