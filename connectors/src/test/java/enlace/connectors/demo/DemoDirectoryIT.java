package enlace.connectors.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.GeographyLoader;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.TestGraph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.service.ServiceQuery;
import enlace.graph.service.ServiceRepository;
import enlace.graph.service.ServiceSearch;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDirectoryIT {

  private static final String NS = "https://w3id.org/enlace/ns#";

  @BeforeAll
  static void load() {
    TestGraph.clean();
    new GeographyLoader(TestGraph.graph()).ensure(Gazetteer.bundled(), Regions.defaults()).toCompletableFuture().join();
    DemoDirectory.bundled(Clock.systemUTC()).load(TestGraph.graph(), Regions.ALL).toCompletableFuture().join();
  }

  @Test
  void shouldGiveEachRegionItsOwnPart() {
    var demo = DemoDirectory.bundled(Clock.systemUTC());
    for (var region : Regions.defaults()) {
      var content = demo.content(region);
      assertFalse(content.services().isEmpty(), region.id() + " has services");
      assertTrue(content.services().stream().allMatch(s -> s.locations().stream()
          .allMatch(l -> region.covers(l.municipality().stateCode()))), region.id() + " holds only its states");
    }
  }

  @Test
  void shouldGiveEachRegionChildProtectionAndAPlaceForUnaccompaniedMinors() {
    var demo = DemoDirectory.bundled(Clock.systemUTC());
    for (var region : Regions.defaults()) {
      var categories = demo.content(region).services().stream().flatMap(s -> s.service().categories().stream()).toList();
      assertTrue(categories.contains(NS + "protection-child"), region.id() + " has a Procuraduría de Protección (DIF)");
      assertTrue(categories.contains(NS + "shelter-minors"), region.id() + " has a facility for unaccompanied minors");
    }
  }

  @Test
  void shouldFindSheltersWithRoomNearTapachula() {
    var query = ServiceQuery.near(new GeoPoint(14.9056, -92.2636), 25, 20)
        .withCategories(Set.of(NS + "shelter-family"))
        .withHasCapacity(true);
    var hits = new ServiceSearch(TestGraph.graph()).search(query).toCompletableFuture().join().hits();
    var ids = hits.stream().map(h -> h.service().id()).toList();
    assertTrue(ids.contains("demo-svc-tap-alb-familias-1-hospedaje"), ids.toString());
    assertFalse(ids.contains("demo-svc-tap-alb-familias-2-hospedaje"), "the full shelter is left out");
  }

  @Test
  void shouldLoadIdempotently() {
    var services = new ServiceRepository(TestGraph.graph());
    long before = services.count().toCompletableFuture().join();
    DemoDirectory.bundled(Clock.systemUTC()).load(TestGraph.graph(), Regions.ALL).toCompletableFuture().join();
    assertEquals(before, services.count().toCompletableFuture().join());
  }
}
