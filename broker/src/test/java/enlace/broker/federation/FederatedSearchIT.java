package enlace.broker.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** searchServices(scope: FEDERATED) across three real nodes; the last test stops the north. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederatedSearchIT {

  static final String SEARCH = """
      query($municipality: String!, $radiusKm: Float!, $categories: [ID!], $first: Int!, $after: String,
          $scope: SearchScope) {
        searchServices(municipality: $municipality, radiusKm: $radiusKm, categories: $categories, first: $first,
            after: $after, scope: $scope) {
          edges {
            cursor distanceKm nodeId
            node { id region name organization { name region } categories { iri } isOpen capacity { available } }
            location { id approximate municipality { code stateName } }
          }
          pageInfo { hasNextPage endCursor }
          federation { traceId peers { id status tookMs count reason } }
        }
      }
      """;

  static JsonObject search(String node, String municipality, double radiusKm, List<String> categories, int first,
      String after, String scope) {
    var vars = new JsonObject().put("municipality", municipality).put("radiusKm", radiusKm)
        .put("categories", new JsonArray(categories)).put("first", first).put("after", after).put("scope", scope);
    var body = FederationNodes.graphql(node, SEARCH, vars);
    assertNull(body.getValue("errors"), () -> body.encodePrettily());
    return body;
  }

  static JsonObject shelters(String scope) {
    return search("south", "07089", 4_000, List.of("enl:shelter"), 40, null, scope);
  }

  static List<JsonObject> edges(JsonObject body) {
    return body.getJsonObject("data").getJsonObject("searchServices").getJsonArray("edges").stream()
        .map(JsonObject.class::cast).toList();
  }

  static Map<String, JsonObject> peers(JsonObject body) {
    return body.getJsonObject("data").getJsonObject("searchServices").getJsonObject("federation")
        .getJsonArray("peers").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(p -> p.getString("id"), p -> p));
  }

  @Test
  @Order(1)
  void findsTheServicesOfCentreAndNorthOrderedByDistance() {
    var body = shelters("FEDERATED");
    var edges = edges(body);
    var regions = edges.stream().map(e -> e.getJsonObject("node").getString("region")).distinct().toList();
    assertEquals(List.of("south", "centre", "north"), regions, "nearest region first: " + regions);
    for (int i = 1; i < edges.size(); i++) {
      assertTrue(edges.get(i - 1).getDouble("distanceKm") <= edges.get(i).getDouble("distanceKm"), "ordered by distance");
    }
    var peers = peers(body);
    System.out.println("federated search from south: " + peers.values());
    assertEquals("ok", peers.get("centre").getString("status"));
    assertEquals("ok", peers.get("north").getString("status"));
    var centre = edges.stream().filter(e -> e.getString("nodeId").equals("centre")).toList();
    assertEquals(peers.get("centre").getInteger("count"), centre.size());
    var shelter = centre.getFirst();
    assertEquals("centre", shelter.getJsonObject("node").getJsonObject("organization").getString("region"),
        "a peer's organization comes with its result, not from the local store");
    assertEquals("Ciudad de México", shelter.getJsonObject("location").getJsonObject("municipality")
        .getString("stateName"));
    assertFalse(shelter.getJsonObject("node").getJsonArray("categories").isEmpty());
    assertEquals(body.getJsonObject("data").getJsonObject("searchServices").getJsonObject("federation"),
        body.getJsonObject("extensions").getJsonObject("federation"));
  }

  @Test
  @Order(2)
  void localScopeAsksNoPeer() {
    var body = shelters("LOCAL");
    assertTrue(edges(body).stream().allMatch(e -> e.getJsonObject("node").getString("region").equals("south")));
    assertNull(body.getJsonObject("data").getJsonObject("searchServices").getValue("federation"));
    assertNull(body.getValue("extensions"));
  }

  @Test
  @Order(3)
  void pagesAcrossPeersWithoutGapsOrRepeats() {
    var whole = answeredByAll(null, 40).getJsonArray("edges").stream().map(JsonObject.class::cast)
        .map(FederatedSearchIT::key).toList();
    var paged = new ArrayList<String>();
    String after = null;
    for (int page = 0; page < 50; page++) {
      var connection = answeredByAll(after, 4);
      connection.getJsonArray("edges").stream().map(JsonObject.class::cast).map(FederatedSearchIT::key)
          .forEach(paged::add);
      if (!connection.getJsonObject("pageInfo").getBoolean("hasNextPage")) {
        break;
      }
      after = connection.getJsonObject("pageInfo").getString("endCursor");
    }
    assertEquals(whole, paged);
  }

  /** A page that every peer answered; one a busy peer missed is asked again (the cursor is under test). */
  private static JsonObject answeredByAll(String after, int first) {
    JsonObject body = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      body = search("south", "07089", 4_000, List.of("enl:shelter"), first, after, "FEDERATED");
      if (peers(body).values().stream().allMatch(p -> p.getString("status").equals("ok"))) {
        return body.getJsonObject("data").getJsonObject("searchServices");
      }
    }
    throw new AssertionError("a peer did not answer three times: " + peers(body).values());
  }

  @Test
  @Order(4)
  void skipsPeersWhoseStatesTheAreaDoesNotMeet() {
    var body = search("south", "07089", 50, List.of("enl:shelter"), 20, null, "FEDERATED");
    var peers = peers(body);
    assertEquals("skipped", peers.get("centre").getString("status"));
    assertEquals("skipped", peers.get("north").getString("status"));
    assertFalse(edges(body).isEmpty());
  }

  @Test
  @Order(5)
  void localTermsTravelAsTheSharedConceptsTheyMapTo() {
    // "Comedor parroquial" is a term of the south only; it maps exactly onto the shared soup-kitchen concept.
    var body = search("south", "07089", 4_000, List.of("Comedor parroquial"), 40, null, "FEDERATED");
    assertTrue(edges(body).stream().anyMatch(e -> e.getString("nodeId").equals("centre")),
        "centre knows only the shared concept: " + body.encode());
    assertEquals("ok", peers(body).get("centre").getString("status"));
  }

  @Test
  @Order(6)
  void aPeersOwnCallIsNeverForwardedAgain() {
    var south = FederationNodes.node("south").federation().orElseThrow().key();
    var vars = new JsonObject().put("municipality", "09015").put("radiusKm", 4_000.0)
        .put("categories", new JsonArray(List.of("enl:shelter"))).put("first", 40).put("scope", "FEDERATED");
    var response = FederationNodes.post("centre", south.tokenFor("centre"), SEARCH, vars);
    assertEquals(200, response.statusCode(), response.body());
    var body = new JsonObject(response.body());
    assertNull(body.getJsonObject("data").getJsonObject("searchServices").getValue("federation"));
    assertTrue(edges(body).stream().allMatch(e -> e.getJsonObject("node").getString("region").equals("centre")));
  }

  @Test
  @Order(7)
  void aPeersServiceOpensFromAnyNodeByItsGlobalId() {
    var centre = edges(shelters("FEDERATED")).stream().filter(e -> e.getString("nodeId").equals("centre"))
        .findFirst().orElseThrow().getJsonObject("node");
    var query = """
        query($id: ID!) {
          service(id: $id) { id name region organization { name region } locations { municipality { stateName } } }
          node(id: $id) { ... on Service { name } }
        }
        """;
    var body = FederationNodes.graphql("south", query, new JsonObject().put("id", centre.getString("id")));
    assertNull(body.getValue("errors"), body.encode());
    var service = body.getJsonObject("data").getJsonObject("service");
    assertEquals(centre.getString("name"), service.getString("name"));
    assertEquals("centre", service.getString("region"));
    assertEquals("centre", service.getJsonObject("organization").getString("region"));
    assertEquals("Ciudad de México", service.getJsonArray("locations").getJsonObject(0).getJsonObject("municipality")
        .getString("stateName"));
    assertEquals(centre.getString("name"), body.getJsonObject("data").getJsonObject("node").getString("name"));

    var unknown = new enlace.broker.directory.GlobalId("Service", "centre", "no-such-service").encode();
    var none = FederationNodes.graphql("south", query, new JsonObject().put("id", unknown));
    assertNull(none.getValue("errors"), none.encode());
    assertNull(none.getJsonObject("data").getValue("service"));
  }

  @Test
  @Order(100)
  void aStoppedPeerCostsAtMostTheDeadlineAndTheRestStands() {
    int centreBefore = (int) answeredByAll(null, 40).getJsonArray("edges").stream().map(JsonObject.class::cast)
        .filter(e -> e.getString("nodeId").equals("centre")).count();
    FederationNodes.stop("north");
    var body = shelters("FEDERATED");
    var north = peers(body).get("north");
    assertTrue(List.of("timeout", "error").contains(north.getString("status")), north.encode());
    assertTrue(north.getLong("tookMs") <= FederationNodes.DEADLINE.toMillis(), north.encode());
    assertEquals("ok", peers(body).get("centre").getString("status"));
    var edges = edges(body);
    assertEquals(centreBefore, edges.stream().filter(e -> e.getString("nodeId").equals("centre")).count());
    assertTrue(edges.stream().noneMatch(e -> e.getString("nodeId").equals("north")));
    assertTrue(edges.stream().anyMatch(e -> e.getString("nodeId").equals("south")));
  }

  @Test
  @Order(101)
  void aPeerThatKeepsFailingIsLeftAloneByItsCircuitBreaker() {
    FederationNodes.stop("north");
    var statuses = new ArrayList<String>();
    for (int i = 0; i < FederationSettings.NONE.breakerFailures() + 1; i++) {
      statuses.add(peers(shelters("FEDERATED")).get("north").getString("status"));
    }
    assertEquals("circuit-open", statuses.getLast(), statuses.toString());
  }

  private static String key(JsonObject edge) {
    return edge.getJsonObject("node").getString("id") + "@" + edge.getJsonObject("location").getString("id");
  }
}
