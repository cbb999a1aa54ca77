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

  @Test
  void shouldKeepTheExactPointForThoseAllowedToSeeIt() {
    var exact = serviceNorth("refugio", 1.234, SHELTER).locations().getFirst().point();
    var stored = services.locationsByIds(List.of("loc-refugio")).toCompletableFuture().join().get("loc-refugio");
    assertEquals(exact, stored.point());
  }
}
