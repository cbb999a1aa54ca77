package enlace.broker.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditLog;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.Capacity;
import enlace.graph.service.ListedService;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offices change their own entries; nobody changes anybody else's. */
class WritePathIT {

  private static final String OWNER = "test-org-lapaz";
  private static final String SERVICE = "test-svc-lapaz-albergue";
  private static final String ID = new GlobalId("Service", "mx", SERVICE).encode();
  private static final String CAPACITY = """
      mutation($id: ID!, $available: Int!, $total: Int) {
        updateCapacity(serviceId: $id, available: $available, total: $total) {
          localId capacity { available total stale updatedAt } } }
      """;

  /** A shelter of its own in La Paz, Baja California Sur, where no other test searches. */
  @BeforeEach
  void freshShelter() {
    TestNode.node();
    var graph = TestGraph.graph();
    new OrganizationRepository(graph).upsertAll(List.of(new Organization(OWNER, "mx", "Albergue de prueba",
        "https://w3id.org/enlace/ns#kind-shelter", null, null, null, null, null, "test"))).toCompletableFuture().join();
    var location = new Location("test-loc-lapaz", null, "Calle 1", "23000", new MunicipalityCode("03003"),
        new GeoPoint(24.1426, -110.3128));
    new ServiceRepository(graph).upsertAll(List.of(new ListedService(Service.builder(SERVICE).region("mx")
        .organization(OWNER).name("Albergue de prueba").categories(List.of("https://w3id.org/enlace/ns#shelter-family"))
        .capacity(new Capacity(30, 10, "bed-night", Instant.parse("2026-01-01T00:00:00Z")))
        .locations(List.of(location.id())).build(), List.of(location)))).toCompletableFuture().join();
  }

  private static JsonObject capacity(String token, int available, Integer total) {
    return TestNode.graphql(token, CAPACITY, new JsonObject().put("id", ID).put("available", available)
        .put("total", total));
  }

  private static int availableNow() {
    return new ServiceRepository(TestGraph.graph()).byId(SERVICE).toCompletableFuture().join().orElseThrow()
        .capacity().available();
  }

  private static String code(JsonObject body) {
    return body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
  }

  @Test
  void shouldLetTheOwnerUpdateCapacityAndAuditIt() {
    long before = new AuditLog(TestGraph.graph()).verify().toCompletableFuture().join().events();
    var body = capacity(TestNode.token(OWNER, null, Scope.DIRECTORY_WRITE), 4, 32);
    assertTrue(body.getJsonArray("errors") == null, body::encodePrettily);
    var capacity = body.getJsonObject("data").getJsonObject("updateCapacity").getJsonObject("capacity");
    assertEquals(4, capacity.getInteger("available"));
    assertEquals(32, capacity.getInteger("total"));
    assertFalse(capacity.getBoolean("stale"), "a figure given just now is fresh");
    var check = new AuditLog(TestGraph.graph()).verify().toCompletableFuture().join();
    assertTrue(check.isIntact());
    assertEquals(before + 1, check.events());
  }

  @Test
  void rejectsAnotherOrganizationAndChangesNothing() {
    var body = capacity(TestNode.token("demo-org-tap-dam", null, Scope.DIRECTORY_WRITE), 0, null);
    assertEquals("FORBIDDEN", code(body));
    assertEquals(10, availableNow());
  }

  @Test
  void rejectsCallersWithoutATokenOrTheScope() {
    var anonymous = TestNode.graphql(CAPACITY, new JsonObject().put("id", ID).put("available", 0));
    assertEquals("UNAUTHENTICATED", code(anonymous));
    var reader = capacity(TestNode.token(OWNER, null, Scope.REFERRAL_READ), 0, null);
    assertEquals("FORBIDDEN", code(reader));
    assertTrue(reader.getJsonArray("errors").getJsonObject(0).getString("message").contains("directory:write"));
    assertEquals(10, availableNow());
  }

  @Test
  void rejectsImpossibleFiguresBeforeWriting() {
    var token = TestNode.token(OWNER, null, Scope.DIRECTORY_WRITE);
    var negative = capacity(token, -1, null);
    assertEquals("available", negative.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
        .getString("argument"));
    var overTotal = capacity(token, 12, 8);
    assertEquals("total", overTotal.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
        .getString("argument"));
    var overStoredTotal = capacity(token, 31, null);
    assertEquals("BAD_USER_INPUT", code(overStoredTotal));
    assertEquals(10, availableNow());
  }

  @Test
  void shouldReplaceOpeningHoursAndNameABadTime() {
    var token = TestNode.token(OWNER, null, Scope.DIRECTORY_WRITE);
    var set = """
        mutation($id: ID!, $hours: [OpeningHoursInput!]!) { setOpeningHours(serviceId: $id, hours: $hours) {
          openingHours { weekday opens closes } isOpen(at: "2026-11-30T17:00:00Z") } }
        """;
    var hours = new JsonArray().add(new JsonObject().put("weekday", "MONDAY").put("opens", "08:00").put("closes", "20:00"));
    var body = TestNode.graphql(token, set, new JsonObject().put("id", ID).put("hours", hours));
    assertTrue(body.getJsonArray("errors") == null, body::encodePrettily);
    assertTrue(body.getJsonObject("data").getJsonObject("setOpeningHours").getBoolean("isOpen"));
    var bad = new JsonArray().add(new JsonObject().put("weekday", "MONDAY").put("opens", "25:00").put("closes", "20:00"));
    var refused = TestNode.graphql(token, set, new JsonObject().put("id", ID).put("hours", bad));
    assertEquals("hours[0]", refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
        .getString("argument"));
  }

  @Test
  void shouldLetACoordinatorOfTheRegionVerifyButNotOneFromElsewhere() {
    var verify = "mutation($id: ID!) { markVerified(serviceId: $id) { lastVerifiedAt } }";
    var north = TestNode.graphql(TestNode.token(null, "north", Scope.COORDINATOR), verify, new JsonObject().put("id", ID));
    assertTrue(north.getJsonArray("errors") == null, north::encodePrettily);
    assertTrue(north.getJsonObject("data").getJsonObject("markVerified").getString("lastVerifiedAt") != null);
    var south = TestNode.graphql(TestNode.token(null, "south", Scope.COORDINATOR), verify, new JsonObject().put("id", ID));
    assertEquals("FORBIDDEN", code(south));
  }

  @Test
  void shouldTakeARetiredServiceOutOfSearch() {
    var search = "{ searchServices(near: {latitude: 24.1426, longitude: -110.3128}, radiusKm: 5) { edges { node { localId } } } }";
    assertTrue(TestNode.graphql(search, null).encode().contains(SERVICE));
    var body = TestNode.graphql(TestNode.token(OWNER, null, Scope.DIRECTORY_WRITE),
        "mutation($id: ID!) { retireService(serviceId: $id) { status } }", new JsonObject().put("id", ID));
    assertEquals("RETIRED", body.getJsonObject("data").getJsonObject("retireService").getString("status"));
    assertFalse(TestNode.graphql(search, null).encode().contains(SERVICE));
  }

  @Test
  void shouldSayWhenTheServiceDoesNotExist() {
    var missing = new GlobalId("Service", "mx", "no-such-service").encode();
    var body = TestNode.graphql(TestNode.token(OWNER, null, Scope.DIRECTORY_WRITE), CAPACITY,
        new JsonObject().put("id", missing).put("available", 1));
    assertEquals("NOT_FOUND", code(body));
  }
}
