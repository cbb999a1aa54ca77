package enlace.broker.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapsQueryIT {

  @Test
  void shouldListTheMunicipalitiesWithoutADamByPopulation() {
    var gaps = Coordinator.gaps(List.of("enl:shelter"), 50);
    assertEquals("mx", gaps.getString("region"));
    assertEquals(2471, gaps.getJsonArray("municipalities").size());
    assertTrue(Coordinator.municipality(gaps, Coordinator.TAPACHULA).getBoolean("hasDam"), "Tapachula has a DAM");
    var without = gaps.getJsonArray("withoutDam").stream().map(JsonObject.class::cast).toList();
    assertEquals(50, without.size());
    assertTrue(without.stream().noneMatch(m -> m.getBoolean("hasDam")));
    assertTrue(without.stream().noneMatch(m -> m.getString("code").equals(Coordinator.TAPACHULA)));
    for (int i = 1; i < without.size(); i++) {
      assertTrue(without.get(i - 1).getLong("population") >= without.get(i).getLong("population"),
          () -> "ordered by population: " + without);
    }
    long most = gaps.getJsonArray("municipalities").stream().map(JsonObject.class::cast)
        .filter(m -> !m.getBoolean("hasDam") && m.getValue("population") != null)
        .mapToLong(m -> m.getLong("population")).max().orElseThrow();
    assertEquals(most, without.getFirst().getLong("population"), "the most populous without a DAM comes first");
  }

  @Test
  void shouldGiveTheDistanceToTheNearestServiceWhereThereIsNoneInside() {
    var gaps = Coordinator.gaps(List.of("enl:shelter", "enl:employment"), 5);
    var tuxtla = Coordinator.municipality(gaps, Coordinator.TUXTLA_CHICO).getJsonArray("categories").getJsonObject(0);
    assertEquals("https://w3id.org/enlace/ns#shelter", tuxtla.getJsonObject("category").getString("iri"));
    assertEquals(0, tuxtla.getInteger("services"));
    double km = tuxtla.getDouble("nearestKm");
    assertTrue(km > 1 && km < 30, "Tapachula's shelters are next door: " + km);
    var search = Api.data(TestNode.graphql("""
        { searchServices(municipality: "07102", radiusKm: 100, categories: ["enl:shelter"], first: 1) {
            edges { distanceKm } } }
        """, null)).getJsonObject("searchServices").getJsonArray("edges").getJsonObject(0);
    // Neo4j's haversine takes a slightly larger Earth radius than GeoPoint's: 0.1 % apart.
    assertEquals(search.getDouble("distanceKm"), km, 0.05, "the same distance the search gives");
    var tapachula = Coordinator.municipality(gaps, Coordinator.TAPACHULA).getJsonArray("categories").getJsonObject(0);
    assertTrue(tapachula.getInteger("services") >= 5, tapachula::encode);
    assertTrue(tapachula.getInteger("capacityTotal") >= tapachula.getInteger("capacityAvailable"));
    assertTrue(Coordinator.municipality(gaps, Coordinator.TAPACHULA).getInteger("vacanciesAcceptingTvrh") >= 1);
  }

  @Test
  void shouldRankCategoriesByTheirFarthestNearestService() {
    var gaps = Coordinator.gaps(List.of("enl:shelter", "enl:migrant-attention"), 5);
    var reach = gaps.getJsonArray("farthestCategories");
    assertEquals(2, reach.size());
    for (var r : reach) {
      var entry = (JsonObject) r;
      assertTrue(entry.getInteger("municipalitiesBeyondRadius") > 0, "Mexico is wider than 100 km: " + entry);
      assertTrue(entry.getValue("farthestKm") == null);
      assertNotNull(entry.getJsonObject("farthestMunicipality"));
      assertTrue(entry.getInteger("municipalitiesWithout") > 2000);
    }
  }

  @Test
  void shouldListStaleServicesNeverVerifiedFirst() {
    var gaps = Coordinator.gaps(List.of("enl:shelter"), 500);
    var stale = gaps.getJsonArray("staleServices");
    assertTrue(gaps.getInteger("staleCount") >= stale.size());
    boolean seenVerified = false;
    for (var s : stale) {
      var verified = ((JsonObject) s).getString("lastVerifiedAt");
      assertFalse(seenVerified && verified == null, "never verified come first");
      seenVerified |= verified != null;
    }
  }

  @Test
  void shouldRefuseCallersWhoAreNotTheRegionsCoordinator() {
    var query = "{ gaps(categories: [\"enl:shelter\"]) { region } }";
    assertEquals("UNAUTHENTICATED", Api.errorCode(TestNode.graphql(query, null)));
    var writer = TestNode.token("demo-org-tap-dam", "mx", Scope.DIRECTORY_WRITE);
    assertEquals("FORBIDDEN", Api.errorCode(TestNode.graphql(writer, query, null)));
    var north = TestNode.token(null, "north", Scope.COORDINATOR);
    assertEquals("FORBIDDEN", Api.errorCode(TestNode.graphql(north,
        "{ gaps(region: \"mx\", categories: [\"enl:shelter\"]) { region } }", null)));
    Api.assertBadUserInput(TestNode.graphql(Coordinator.token(), "{ gaps(categories: [\"enl:nothing\"]) { region } }",
        null), "categories[0]");
    Api.assertBadUserInput(TestNode.graphql(Coordinator.token(),
        "{ gaps(categories: [\"enl:shelter\"], radiusKm: 0) { region } }", null), "radiusKm");
  }
}
