package enlace.graph.service;

import static enlace.graph.service.Fixtures.FAMILY_SHELTER;
import static enlace.graph.service.Fixtures.FOOD;
import static enlace.graph.service.Fixtures.TAPACHULA;
import static enlace.graph.service.Fixtures.serviceNorth;
import static org.junit.jupiter.api.Assertions.assertEquals;

import enlace.graph.TestGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceCandidatesIT {

  private static final String CHILD_PROTECTION = "https://w3id.org/enlace/ns#protection-child";

  private final ServiceCandidates candidates = new ServiceCandidates(TestGraph.graph());

  @BeforeEach
  void cleanStore() {
    TestGraph.clean();
    Fixtures.municipalityAndOrganization(TestGraph.graph());
    new ServiceRepository(TestGraph.graph()).upsertAll(List.of(serviceNorth("family", 2, FAMILY_SHELTER),
        serviceNorth("soup", 1, FOOD), serviceNorth("far-family", 60, FAMILY_SHELTER),
        serviceNorth("dif-far", 180, CHILD_PROTECTION), serviceNorth("dif-farther", 300, CHILD_PROTECTION),
        serviceNorth("dif-farthest", 400, CHILD_PROTECTION))).toCompletableFuture().join();
  }

  @Test
  void shouldFindTheNearestFirstStepsAtAnyDistanceInTheSameQuery() {
    var found = candidates.near(TAPACHULA, 25, Set.of(FAMILY_SHELTER), 10, Set.of(CHILD_PROTECTION), 2)
        .toCompletableFuture().join();
    assertEquals(List.of("family"), ids(found.near()), "the radius holds for the need");
    assertEquals(List.of("dif-far", "dif-farther"), ids(found.firstSteps()), "first steps nearest first, any distance");
    assertEquals(180, found.firstSteps().getFirst().distanceKm(), 1);
  }

  @Test
  void shouldListAServiceAsBothWhenItAnswersTheNeedAndComesFirst() {
    var found = candidates.near(TAPACHULA, 250, Set.of(CHILD_PROTECTION), 10, Set.of(CHILD_PROTECTION), 1)
        .toCompletableFuture().join();
    assertEquals(List.of("dif-far"), ids(found.near()));
    assertEquals(List.of("dif-far"), ids(found.firstSteps()));
  }

  @Test
  void shouldAskForNoFirstStepWhenNoneIsNeeded() {
    var found = candidates.near(TAPACHULA, 25, Set.of(FAMILY_SHELTER, FOOD), 10, Set.of(), 0)
        .toCompletableFuture().join();
    assertEquals(List.of("soup", "family"), ids(found.near()));
    assertEquals(List.of(), found.firstSteps());
  }

  private static List<String> ids(List<ServiceHit> hits) {
    return hits.stream().map(h -> h.service().id()).toList();
  }
}
