package enlace.graph.service;

import static enlace.graph.service.Fixtures.FAMILY_SHELTER;
import static enlace.graph.service.Fixtures.FOOD;
import static enlace.graph.service.Fixtures.TAPACHULA;
import static enlace.graph.service.Fixtures.serviceNorth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages stay nearest-first and complete whichever rings the search needs: sparse centre, dense outskirts. */
class ServiceSearchRingsIT {

  private final ServiceRepository services = new ServiceRepository(TestGraph.graph());
  private final ServiceSearch search = new ServiceSearch(TestGraph.graph());
  private final List<String> expected = new ArrayList<>();

  @BeforeEach
  void directory() {
    TestGraph.clean();
    Fixtures.municipalityAndOrganization(TestGraph.graph());
    var all = new ArrayList<ListedService>();
    // 18 within the first ring (enough to size the next one from), 12 between 5 and 10 km,
    // 30 between 10 and 24 km, 5 beyond 25 km
    double[] km = new double[65];
    for (int i = 0; i < 18; i++) km[i] = 0.2 + i * 0.25;
    for (int i = 0; i < 12; i++) km[18 + i] = 5.5 + i * 0.4;
    for (int i = 0; i < 30; i++) km[30 + i] = 10.2 + i * 0.45;
    for (int i = 0; i < 5; i++) km[60 + i] = 26 + i;
    for (int i = 0; i < km.length; i++) {
      var id = "r" + (100 + i);
      all.add(serviceNorth(id, km[i], i % 2 == 0 ? FOOD : FAMILY_SHELTER));
      if (km[i] <= 25) {
        expected.add(id);
      }
    }
    services.upsertAll(all).toCompletableFuture().join();
  }

  @Test
  void shouldPageNearestFirstThroughTheRingsWithCategories() {
    assertEquals(expected, pageThrough(ServiceQuery.near(TAPACHULA, 25, 20).withCategories(Set.of(FOOD, FAMILY_SHELTER))));
    assertEquals(expected, pageThrough(ServiceQuery.near(TAPACHULA, 25, 4).withCategories(Set.of(FOOD, FAMILY_SHELTER))));
  }

  @Test
  void shouldPageNearestFirstThroughTheRingsWithoutCategories() {
    assertEquals(expected, pageThrough(ServiceQuery.near(TAPACHULA, 25, 7)));
  }

  @Test
  void shouldAnswerAFirstPageLargerThanTheFirstRing() {
    var page = search.search(ServiceQuery.near(TAPACHULA, 25, 20).withCategories(Set.of(FOOD, FAMILY_SHELTER)))
        .toCompletableFuture().join();
    assertEquals(expected.subList(0, 20), page.hits().stream().map(h -> h.service().id()).toList());
    assertTrue(page.hasMore());
  }

  private List<String> pageThrough(ServiceQuery first) {
    var seen = new ArrayList<String>();
    var query = first;
    SearchPage page;
    do {
      page = search.search(query).toCompletableFuture().join();
      page.hits().forEach(h -> seen.add(h.service().id()));
      if (!page.hits().isEmpty()) {
        query = query.after(page.hits().getLast().cursor());
      }
    } while (page.hasMore());
    return seen;
  }
}
