package enlace.broker.search;

import static enlace.broker.graphql.Api.TAPACHULA_LAT;
import static enlace.broker.graphql.Api.TAPACHULA_LON;
import static enlace.broker.graphql.Api.edges;
import static enlace.broker.graphql.Api.localIds;
import static enlace.broker.graphql.Api.nearTapachula;
import static enlace.broker.graphql.Api.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** searchServices against the demo directory around Tapachula. */
class SearchServicesIT {

  private static final String FAMILY_SHELTER = "demo-svc-tap-alb-familias-1-hospedaje";
  private static final String FULL_FAMILY_SHELTER = "demo-svc-tap-alb-familias-2-hospedaje";
  private static final String STALE_SHELTER = "demo-svc-tap-alb-transito-hospedaje";
  private static final String MEN_SHELTER = "demo-svc-tap-alb-hombres-hospedaje";
  private static final String WOMEN_SHELTER = "demo-svc-tap-alb-mujeres-hospedaje";
  private static final String SOUP_KITCHEN = "demo-svc-tap-san-martin-comedor";
  private static final String OFFICE_MON_FRI = "demo-svc-tap-dam-orientacion";
  private static final String JOBS_NEEDING_PERMIT = "demo-svc-tap-sne-vinculacion";
  private static final String INTERPRETATION = "demo-svc-tap-psico-interpretacion";
  private static final String SHELTER = "https://w3id.org/enlace/ns#shelter";
  private static final String FMM = "https://w3id.org/enlace/ns#doc-fmm";

  /** One page big enough for every service in the demo's Tapachula cluster. */
  private static JsonObject all(JsonObject variables) {
    return search(variables.put("first", 50));
  }

  @Test
  void shouldOrderByDistanceThenId() {
    var edges = edges(all(nearTapachula()));
    assertTrue(edges.size() > 10, "the demo directory has dozens of services around Tapachula");
    Comparator<JsonObject> byDistanceThenId = Comparator.<JsonObject>comparingDouble(e -> e.getDouble("distanceKm"))
        .thenComparing(e -> e.getJsonObject("node").getString("localId"));
    assertEquals(edges.stream().sorted(byDistanceThenId).toList(), edges);
    var ids = edges.stream().map(e -> e.getJsonObject("node").getString("localId")).toList();
    assertEquals(ids.indexOf("demo-svc-tap-dam-orientacion") + 1, ids.indexOf("demo-svc-tap-dam-traslado"),
        "two services at one office are equally far and ordered by id: " + ids);
  }

  @Test
  void shouldReportTheDistanceOfTheMatchedLocation() {
    for (var edge : edges(all(nearTapachula()))) {
      var point = edge.getJsonObject("location").getJsonObject("point");
      double expected = haversineKm(TAPACHULA_LAT, TAPACHULA_LON, point.getDouble("latitude"),
          point.getDouble("longitude"));
      assertEquals(expected, edge.getDouble("distanceKm"), 0.01, edge::encodePrettily);
    }
  }

  @Test
  void shouldKeepWithinTheRadius() {
    var near = edges(all(nearTapachula().put("radiusKm", 1.0)));
    assertFalse(near.isEmpty());
    assertTrue(near.stream().allMatch(e -> e.getDouble("distanceKm") <= 1.0), near::toString);
    var nearIds = near.stream().map(e -> e.getJsonObject("node").getString("localId")).toList();
    assertTrue(nearIds.contains(OFFICE_MON_FRI), "0.1 km away");
    assertFalse(nearIds.contains(FAMILY_SHELTER), "1.7 km away");
    var wider = edges(all(nearTapachula().put("radiusKm", 25.0)));
    assertTrue(wider.size() > near.size(), near.size() + " within 1 km, " + wider.size() + " within 25 km");
    assertTrue(wider.stream().allMatch(e -> e.getDouble("distanceKm") <= 25.0));
  }

  @Test
  void shouldIncludeNarrowerCategories() {
    var connection = all(nearTapachula().put("categories", new JsonArray().add("enl:shelter")));
    var ids = localIds(connection);
    assertTrue(ids.containsAll(List.of(FAMILY_SHELTER, MEN_SHELTER, WOMEN_SHELTER)), ids::toString);
    assertFalse(ids.contains(SOUP_KITCHEN), ids::toString);
    for (var edge : edges(connection)) {
      var categories = edge.getJsonObject("node").getJsonArray("categories");
      var iris = categories.stream().map(c -> ((JsonObject) c).getString("iri")).toList();
      assertTrue(iris.stream().anyMatch(iri -> iri.startsWith(SHELTER)), categories::encode);
      assertFalse(iris.stream().anyMatch(iri -> iri.contains("#food")), categories::encode);
    }
  }

  @Test
  void shouldLeaveOutServicesRequiringDocumentsThePersonLacks() {
    var connection = all(nearTapachula().put("documents", new JsonArray().add("enl:doc-fmm")));
    var ids = localIds(connection);
    assertFalse(ids.contains(JOBS_NEEDING_PERMIT), "asks for a TVRH or a residence card, not an FMM");
    assertTrue(ids.containsAll(List.of(OFFICE_MON_FRI, FAMILY_SHELTER)), "services that ask for no papers stay");
    for (var edge : edges(connection)) {
      var required = edge.getJsonObject("node").getJsonArray("acceptedDocuments");
      assertTrue(required.isEmpty() || required.stream().anyMatch(d -> ((JsonObject) d).getString("iri").equals(FMM)),
          edge::encodePrettily);
    }
    var withTvrh = localIds(all(nearTapachula().put("documents", new JsonArray().add("enl:doc-tvrh"))));
    assertTrue(withTvrh.contains(JOBS_NEEDING_PERMIT));
  }

  @Test
  void shouldKeepOnlyServicesSpeakingTheLanguage() {
    var connection = all(nearTapachula().put("languages", new JsonArray().add("ht")));
    assertTrue(localIds(connection).contains(INTERPRETATION));
    assertFalse(localIds(connection).contains(MEN_SHELTER), "speaks es and en only");
    assertTrue(edges(connection).stream()
        .allMatch(e -> e.getJsonObject("node").getJsonArray("languages").contains("ht")));
  }

  @Test
  void shouldLeaveOutFullSheltersWhenAskedForCapacity() {
    assertTrue(localIds(all(nearTapachula())).contains(FULL_FAMILY_SHELTER));
    var withRoom = all(nearTapachula().put("hasCapacity", true));
    assertFalse(localIds(withRoom).contains(FULL_FAMILY_SHELTER));
    assertTrue(localIds(withRoom).containsAll(List.of(FAMILY_SHELTER, OFFICE_MON_FRI)),
        "places with room, and services that count no places, stay");
  }

  @Test
  void shouldFindShelterOpenAllNightAtThreeInTheMorning() {
    var ids = localIds(all(nearTapachula().put("openAt", "2026-12-02T03:00:00-06:00")));
    assertTrue(ids.contains(FAMILY_SHELTER), ids::toString);
    assertFalse(ids.contains(OFFICE_MON_FRI), ids::toString);
  }

  @Test
  void shouldNotFindWeekdayOfficeOnSunday() {
    assertFalse(localIds(all(nearTapachula().put("openAt", "2026-11-29T12:00:00-06:00"))).contains(OFFICE_MON_FRI));
    assertTrue(localIds(all(nearTapachula().put("openAt", "2026-11-30T12:00:00-06:00"))).contains(OFFICE_MON_FRI),
        "the same office at the same hour on the Monday");
  }

  @Test
  void shouldMatchText() {
    assertEquals(List.of("demo-svc-tap-banco-remesas"), localIds(all(nearTapachula().put("text", "remesas"))));
  }

  @Test
  void shouldSearchAroundAMunicipalityAsAroundItsSeat() {
    var seat = Api.query("{ municipality(code: \"07089\") { centroid { latitude longitude } } }")
        .getJsonObject("municipality").getJsonObject("centroid");
    var byCode = all(new JsonObject().put("municipality", "07089"));
    var byPoint = all(new JsonObject().put("near", seat));
    assertFalse(edges(byCode).isEmpty());
    assertEquals(byPoint, byCode);
  }

  @ParameterizedTest
  @CsvSource({
      "07089, 2026-11-29T12:00:00-06:00", "07089, 2026-11-30T08:59:00-06:00", "07089, 2026-11-30T09:00:00-06:00",
      "07089, 2026-11-30T16:59:00-06:00", "07089, 2026-11-30T17:00:00-06:00", "07089, 2026-12-05T13:00:00-06:00",
      "02004, 2026-11-30T16:59:00-06:00", "02004, 2026-11-30T17:00:00-06:00", "02004, 2026-12-02T03:00:00-06:00",
      "02004, 2026-07-06T14:59:00-07:00", "02004, 2026-07-06T15:00:00-07:00"})
  void shouldFindExactlyTheServicesThatSayTheyAreOpen(String municipality, String at) {
    var data = Api.data(TestNode.graphql("""
        query($m: String, $at: DateTime) {
          every: searchServices(municipality: $m, first: 50) { edges { node { localId isOpen(at: $at) } } }
          open: searchServices(municipality: $m, openAt: $at, first: 50) { edges { node { localId } } }
        }
        """, new JsonObject().put("m", municipality).put("at", at)));
    var sayOpen = edges(data.getJsonObject("every")).stream().map(e -> e.getJsonObject("node"))
        .filter(n -> n.getBoolean("isOpen")).map(n -> n.getString("localId")).toList();
    assertFalse(sayOpen.isEmpty(), "shelters never close");
    assertEquals(sayOpen, localIds(data.getJsonObject("open")));
  }

  @ParameterizedTest
  @CsvSource({"14.9056, -92.2636, 25", "14.9056, -92.2636, 250", "19.4326, -99.1332, 30", "19.4326, -99.1332, 31"})
  void shouldFindTheSameServicesThroughTheCategoryIndexAsByScanning(double latitude, double longitude, double km) {
    var variables = new JsonObject().put("near", Api.point(latitude, longitude)).put("radiusKm", km);
    var scanned = edges(all(variables.copy())).stream()
        .filter(e -> e.getJsonObject("node").getJsonArray("categories").stream()
            .anyMatch(c -> ((JsonObject) c).getString("iri").startsWith(SHELTER)))
        .map(e -> e.getJsonObject("node").getString("localId")).toList();
    assertFalse(scanned.isEmpty());
    assertEquals(scanned, localIds(all(variables.put("categories", new JsonArray().add("enl:shelter")))));
  }

  @Test
  void shouldMarkCapacityNobodyConfirmedLatelyAsStale() {
    var capacities = new HashMap<String, JsonObject>();
    edges(all(nearTapachula().put("categories", new JsonArray().add("enl:shelter")))).forEach(e ->
        capacities.put(e.getJsonObject("node").getString("localId"), e.getJsonObject("node").getJsonObject("capacity")));
    assertTrue(capacities.get(STALE_SHELTER).getBoolean("stale"), "last confirmed four days ago");
    assertFalse(capacities.get(FAMILY_SHELTER).getBoolean("stale"), "confirmed five hours ago");
    assertEquals(0, capacities.get(FULL_FAMILY_SHELTER).getInteger("available"));
  }

  private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.sqrt(h));
  }
}
