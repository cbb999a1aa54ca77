package enlace.graph.service;

import static enlace.graph.service.Fixtures.SHELTER;
import static enlace.graph.service.Fixtures.TAPACHULA;
import static enlace.graph.service.Fixtures.serviceNorth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import enlace.graph.TestGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfidentialLocationIT {

  private final ServiceRepository services = new ServiceRepository(TestGraph.graph());

  @BeforeEach
  void oneConfidentialShelter() {
    TestGraph.clean();
    Fixtures.municipalityAndOrganization(TestGraph.graph());
    var listed = serviceNorth("refugio", 1.234, SHELTER);
    var s = listed.service();
    services.upsertAll(List.of(new ListedService(Service.builder(s.id()).region("south").organization("org-1")
        .name("Refugio").categories(s.categories()).locations(s.locationIds()).confidential(true).build(),
        listed.locations()))).toCompletableFuture().join();
  }

  @Test
  void shouldRankAConfidentialPlaceAtItsApproximatePointForEveryone() {
    var exact = serviceNorth("refugio", 1.234, SHELTER).locations().getFirst().point();
    for (var query : List.of(ServiceQuery.near(TAPACHULA, 25, 5),
        ServiceQuery.near(TAPACHULA, 25, 5).withCategories(Set.of(SHELTER)),
        ServiceQuery.near(TAPACHULA, 25, 5).withText("refugio"))) {
      var hit = new ServiceSearch(TestGraph.graph()).search(query).toCompletableFuture().join().hits().getFirst();
      assertEquals(TAPACHULA.distanceKm(exact.approximate()), hit.distanceKm(), 0.01);
      assertNotEquals(TAPACHULA.distanceKm(exact), hit.distanceKm(), 0.01);
    }
  }

  /** A public service at the refuge's place: the place stays confidential for it, until the refuge moves away. */
  @Test
  void shouldRankEveryServiceAtAConfidentialPlaceApproximatelyUntilNoConfidentialOneIsLeft() {
    var refuge = serviceNorth("refugio", 1.234, SHELTER);
    var exact = refuge.locations().getFirst().point();
    var open = Service.builder("orientacion").region("south").organization("org-1").name("Orientación")
        .categories(List.of(Fixtures.FOOD)).locations(refuge.service().locationIds()).build();
    services.upsertAll(List.of(new ListedService(open, refuge.locations()))).toCompletableFuture().join();
    var query = ServiceQuery.near(TAPACHULA, 25, 5).withCategories(Set.of(Fixtures.FOOD));
    var hit = new ServiceSearch(TestGraph.graph()).search(query).toCompletableFuture().join().hits().getFirst();
    assertEquals("orientacion", hit.service().id());
    assertEquals(TAPACHULA.distanceKm(exact.approximate()), hit.distanceKm(), 0.01);
    assertEquals(true, hit.location().confidential());

    var elsewhere = serviceNorth("refugio-nuevo", 3.5, SHELTER).locations().getFirst();
    var moved = Service.builder("refugio").region("south").organization("org-1").name("Refugio")
        .categories(List.of(SHELTER)).locations(List.of(elsewhere.id())).confidential(true).build();
    services.upsertAll(List.of(new ListedService(moved, List.of(elsewhere)))).toCompletableFuture().join();
    hit = new ServiceSearch(TestGraph.graph()).search(query).toCompletableFuture().join().hits().getFirst();
    assertEquals(TAPACHULA.distanceKm(exact), hit.distanceKm(), 0.01, "listed at its exact point again");
    assertEquals(false, hit.location().confidential());
  }

  @Test
  void shouldKeepTheExactPointForThoseAllowedToSeeIt() {
    var exact = serviceNorth("refugio", 1.234, SHELTER).locations().getFirst().point();
    var stored = services.locationsByIds(List.of("loc-refugio")).toCompletableFuture().join().get("loc-refugio");
    assertEquals(exact, stored.point());
  }
}
