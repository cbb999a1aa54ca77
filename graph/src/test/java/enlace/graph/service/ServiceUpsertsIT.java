package enlace.graph.service;

import static enlace.graph.service.Fixtures.FOOD;
import static enlace.graph.service.Fixtures.SHELTER;
import static enlace.graph.service.Fixtures.TAPACHULA;
import static enlace.graph.service.Fixtures.serviceNorth;
import static enlace.graph.audit.AuditChecks.intactEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.Change;
import enlace.graph.GraphException;
import enlace.graph.TestGraph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.organization.Organization;
import enlace.graph.organization.OrganizationRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceUpsertsIT {

  private static final Instant VERIFIED = Instant.parse("2026-11-01T00:00:00Z");

  private final ServiceUpserts upserts = new ServiceUpserts(TestGraph.graph());
  private final ServiceRepository services = new ServiceRepository(TestGraph.graph());
  private final ServiceSearch search = new ServiceSearch(TestGraph.graph());
  private final AuditEntry entry = new AuditEntry("officer", "console", "org-1", "upsert", "Service:x", List.of("name"));

  @BeforeEach
  void oneVerifiedServiceOfOrg1() {
    TestGraph.clean();
    Fixtures.municipalityAndOrganization(TestGraph.graph());
    new OrganizationRepository(TestGraph.graph()).upsertAll(List.of(new Organization("org-2", "south", "Otra",
        "https://w3id.org/enlace/ns#kind-shelter", null, null, null, null, null, "test"))).toCompletableFuture().join();
    var listed = serviceNorth("s1", 1, FOOD);
    var verified = Service.builder("s1").region("south").organization("org-1").name("Comedor").categories(List.of(FOOD))
        .lastVerifiedAt(VERIFIED).source("test").locations(listed.service().locationIds()).build();
    services.upsertAll(List.of(new ListedService(verified, listed.locations()))).toCompletableFuture().join();
  }

  private static Location place(String id, double kmNorth) {
    return new Location(id, "Sede " + id, "Calle 2", "30700", new MunicipalityCode("07089"),
        new GeoPoint(TAPACHULA.latitude() + kmNorth / 111.2, TAPACHULA.longitude()));
  }

  private static Service shelter(String id, String organization, String... locations) {
    return Service.builder(id).region("mx").organization(organization).name("Albergue " + id)
        .categories(List.of(SHELTER)).locations(List.of(locations)).build();
  }

  private <T> T join(java.util.concurrent.CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  private List<String> found(String category) {
    return join(search.search(ServiceQuery.near(TAPACHULA, 25, 10).withCategories(Set.of(category)))).hits().stream()
        .map(h -> h.service().id()).toList();
  }

  @Test
  void shouldCreateALocationAndAServiceThereThatSearchFinds() {
    assertInstanceOf(Change.Done.class, join(upserts.upsertLocation(place("loc-new", 2), "org-1", Instant.now(), entry)));
    var result = join(upserts.upsertService(shelter("s-new", "org-1", "loc-new"), "org-1", Instant.now(), entry));
    assertInstanceOf(Change.Done.class, result);
    assertEquals(List.of("s-new"), found(SHELTER));
    assertEquals(2, intactEvents());
  }

  @Test
  void shouldReplaceCategoriesAndListingsButKeepVerificationAndSource() {
    var replaced = Service.builder("s1").region("mx").organization("org-1").name("Albergue y comedor")
        .categories(List.of(SHELTER)).locations(List.of("loc-s1")).build();
    join(upserts.upsertService(replaced, "org-1", Instant.now(), entry));
    assertEquals(List.of("s1"), found(SHELTER));
    assertEquals(List.of(), found(FOOD));
    var stored = join(services.byId("s1")).orElseThrow();
    assertEquals("Albergue y comedor", stored.name());
    assertEquals(VERIFIED, stored.lastVerifiedAt());
    assertEquals("test", stored.source());
    assertEquals("south", stored.region());
  }

  @Test
  void shouldRefuseAnotherOrganizationsServiceAndWriteNothing() {
    var result = join(upserts.upsertService(shelter("s1", "org-2", "loc-s1"), "org-2", Instant.now(), entry));
    assertEquals(new Change.NotOwned<>("s1"), result);
    assertEquals("Comedor", join(services.byId("s1")).orElseThrow().name());
    assertEquals(0, intactEvents());
  }

  @Test
  void shouldRefuseALocationThatServesAnotherOrganization() {
    assertEquals(new Change.NotOwned<>("loc-s1"),
        join(upserts.upsertService(shelter("s-2", "org-2", "loc-s1"), "org-2", Instant.now(), entry)));
    assertEquals(new Change.NotOwned<>("loc-s1"),
        join(upserts.upsertLocation(place("loc-s1", 5), "org-2", Instant.now(), entry)));
    assertTrue(join(services.byId("s-2")).isEmpty());
    assertEquals(0, intactEvents());
  }

  @Test
  void shouldRefuseALocationAnotherOrganizationCreated() {
    join(upserts.upsertLocation(place("loc-org1", 2), "org-1", Instant.now(), entry));
    assertEquals(new Change.NotOwned<>("loc-org1"),
        join(upserts.upsertLocation(place("loc-org1", 9), "org-2", Instant.now(), entry)));
    assertEquals(new Change.NotOwned<>("loc-org1"),
        join(upserts.upsertService(shelter("s-2", "org-2", "loc-org1"), "org-2", Instant.now(), entry)));
    assertEquals(1, intactEvents());
  }

  @Test
  void shouldNameTheMissingLocationAndWriteNothing() {
    var result = join(upserts.upsertService(shelter("s-new", "org-1", "loc-s1", "nowhere"), "org-1", Instant.now(),
        entry));
    assertEquals(new Change.NotFound<>("nowhere"), result);
    assertTrue(join(services.byId("s-new")).isEmpty());
    assertEquals(0, intactEvents());
  }

  @Test
  void shouldListServicesAgainWhereTheirLocationMoved() {
    var moved = place("loc-s1", 40);
    join(upserts.upsertLocation(moved, "org-1", Instant.now(), entry));
    assertEquals(List.of(), found(FOOD));
    assertEquals(moved.point(), join(services.locationsByIds(List.of("loc-s1"))).get("loc-s1").point());
    assertEquals(List.of("s1"), join(search.search(ServiceQuery.near(moved.point(), 5, 10))).hits().stream()
        .map(h -> h.service().id()).toList());
  }

  @Test
  void shouldRollBackALocationInAMunicipalityThatDoesNotExist() {
    var ensenada = new Location("loc-ens", null, null, null, new MunicipalityCode("02001"), new GeoPoint(31.87, -116.6));
    var error = assertThrows(CompletionException.class,
        () -> join(upserts.upsertLocation(ensenada, "org-1", Instant.now(), entry)));
    assertInstanceOf(GraphException.Invalid.class, error.getCause());
    assertTrue(join(services.locationsByIds(List.of("loc-ens"))).isEmpty());
    assertEquals(0, intactEvents());
  }

  @Test
  void shouldRefuseAServiceOfAnOrganizationNotInTheDirectory() {
    var error = assertThrows(CompletionException.class, () -> join(upserts.upsertService(
        shelter("s-ghost", "ghost", "loc-s1"), "ghost", Instant.now(), entry)));
    assertInstanceOf(GraphException.Invalid.class, error.getCause());
    assertEquals(0L, (long) join(TestGraph.graph().read(tx -> tx.runAsync(
        "MATCH (s:Service {id: 's-ghost'}) RETURN count(s) AS n", Map.of())
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong()))));
  }
}
