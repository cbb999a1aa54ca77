package enlace.graph.service;

import static enlace.graph.service.Fixtures.FAMILY_SHELTER;
import static enlace.graph.service.Fixtures.FOOD;
import static enlace.graph.service.Fixtures.SHELTER;
import static enlace.graph.service.Fixtures.TAPACHULA;
import static enlace.graph.service.Fixtures.TVRH;
import static enlace.graph.service.Fixtures.serviceNorth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.TestGraph;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceSearchIT {

  private final ServiceRepository services = new ServiceRepository(TestGraph.graph());
  private final ServiceSearch search = new ServiceSearch(TestGraph.graph());

  @BeforeEach
  void cleanStore() {
    TestGraph.clean();
    Fixtures.municipalityAndOrganization(TestGraph.graph());
  }

  private void save(ListedService... listed) {
    services.upsertAll(List.of(listed)).toCompletableFuture().join();
  }

  private List<String> ids(ServiceQuery query) {
    return search.search(query).toCompletableFuture().join().hits().stream().map(h -> h.service().id()).toList();
  }

  @Test
  void shouldOrderByDistanceAndStopAtTheRadius() {
    save(serviceNorth("far", 30, FOOD), serviceNorth("near", 1, FOOD), serviceNorth("mid", 12, FOOD));
    assertEquals(List.of("near", "mid"), ids(ServiceQuery.near(TAPACHULA, 25, 10)));
    assertEquals(List.of("near", "mid", "far"), ids(ServiceQuery.near(TAPACHULA, 50, 10)));
  }

  @Test
  void shouldFindOnlyTheRequestedCategoriesThroughTheListingIndex() {
    save(serviceNorth("soup", 1, FOOD), serviceNorth("family", 2, FAMILY_SHELTER), serviceNorth("shelter", 3, SHELTER));
    var query = ServiceQuery.near(TAPACHULA, 25, 10).withCategories(Set.of(SHELTER, FAMILY_SHELTER));
    assertEquals(List.of("family", "shelter"), ids(query));
    assertEquals(List.of("family", "shelter"), ids(query.withCategories(Set.of(SHELTER, FAMILY_SHELTER))));
  }

  @Test
  void shouldListAServiceOnceEvenWhenSeveralOfItsCategoriesMatch() {
    save(serviceNorth("both", 1, SHELTER, FAMILY_SHELTER));
    assertEquals(List.of("both"), ids(ServiceQuery.near(TAPACHULA, 25, 10).withCategories(Set.of(SHELTER, FAMILY_SHELTER))));
  }

  @Test
  void shouldUseCoarseCellsForWideSearches() {
    save(serviceNorth("a", 40, FOOD), serviceNorth("b", 90, FOOD), serviceNorth("c", 150, FOOD));
    assertEquals(List.of("a", "b"), ids(ServiceQuery.near(TAPACHULA, 100, 10).withCategories(Set.of(FOOD))));
  }

  @Test
  void shouldPageWithoutGapsOrRepeats() {
    var all = new ArrayList<ListedService>();
    for (int i = 0; i < 23; i++) {
      all.add(serviceNorth("s" + i, (i % 7) * 0.5 + 0.1, FOOD));
    }
    save(all.toArray(ListedService[]::new));
    var seen = new ArrayList<String>();
    var query = ServiceQuery.near(TAPACHULA, 25, 5).withCategories(Set.of(FOOD));
    SearchPage page;
    double last = -1;
    do {
      page = search.search(query).toCompletableFuture().join();
      for (var hit : page.hits()) {
        assertTrue(hit.distanceMeters() >= last, "distance never decreases");
        last = hit.distanceMeters();
        seen.add(hit.service().id());
      }
      if (!page.hits().isEmpty()) {
        query = query.after(page.hits().getLast().cursor());
      }
    } while (page.hasMore());
    assertEquals(23, seen.size());
    assertEquals(23, Set.copyOf(seen).size());
  }

  @Test
  void shouldKeepOnlyServicesThatTakeTheDocumentsAndLanguages() {
    var open = serviceNorth("open", 1, FOOD);
    var tvrhOnly = serviceNorth("tvrh", 2, FOOD);
    var creole = serviceNorth("creole", 3, FOOD);
    save(open,
        new ListedService(Service.builder("tvrh").region("south").organization("org-1").name("Solo TVRH")
            .categories(List.of(FOOD)).acceptedDocuments(List.of(TVRH)).locations(tvrhOnly.service().locationIds())
            .build(), tvrhOnly.locations()),
        new ListedService(Service.builder("creole").region("south").organization("org-1").name("Kreyòl")
            .categories(List.of(FOOD)).languages(List.of("es", "ht")).locations(creole.service().locationIds())
            .build(), creole.locations()));
    var base = ServiceQuery.near(TAPACHULA, 25, 10);
    assertEquals(List.of("open", "creole"), ids(base.withDocuments(Set.of("https://w3id.org/enlace/ns#doc-fmm"))));
    assertEquals(List.of("open", "tvrh", "creole"), ids(base.withDocuments(Set.of(TVRH))));
    assertEquals(List.of("creole"), ids(base.withLanguages(Set.of("ht"))));
  }

  @Test
  void shouldKeepOnlyServicesWithRoomWhenAsked() {
    var full = serviceNorth("full", 1, SHELTER);
    var room = serviceNorth("room", 2, SHELTER);
    save(withCapacity(full, 0), withCapacity(room, 3), serviceNorth("uncounted", 3, SHELTER));
    var query = ServiceQuery.near(TAPACHULA, 25, 10).withHasCapacity(true);
    assertEquals(List.of("room", "uncounted"), ids(query));
  }

  @Test
  void shouldKeepOnlyServicesOpenAtTheGivenTimeInTheirOwnTimeZone() {
    var office = serviceNorth("office", 1, FOOD);
    var hours = List.of(OpeningHours.of(DayOfWeek.MONDAY, "09:00", "17:00"));
    save(new ListedService(Service.builder("office").region("south").organization("org-1").name("Oficina")
        .categories(List.of(FOOD)).hours(hours).timezone(ZoneId.of("America/Mexico_City"))
        .locations(office.service().locationIds()).build(), office.locations()));
    var monday10 = Instant.parse("2026-11-30T16:00:00Z");
    var monday18 = Instant.parse("2026-12-01T00:30:00Z");
    var base = ServiceQuery.near(TAPACHULA, 25, 10);
    assertEquals(List.of("office"), ids(base.withOpenAt(monday10)));
    assertEquals(List.of(), ids(base.withOpenAt(monday18)));
  }

  @Test
  void shouldMatchTextByPrefixWithinTheRadius() {
    save(serviceNorth("x1", 1, FOOD), serviceNorth("x2", 2, SHELTER));
    var query = ServiceQuery.near(TAPACHULA, 25, 10).withText("servic x2");
    assertEquals(List.of("x2"), ids(query));
    assertFalse(ids(ServiceQuery.near(TAPACHULA, 25, 10).withText("Servicio")).isEmpty());
  }

  private static ListedService withCapacity(ListedService listed, int available) {
    var s = listed.service();
    return new ListedService(Service.builder(s.id()).region(s.region()).organization(s.organizationId()).name(s.name())
        .categories(s.categories()).locations(s.locationIds())
        .capacity(new Capacity(10, available, "bed-night", Instant.now())).build(), listed.locations());
  }
}
