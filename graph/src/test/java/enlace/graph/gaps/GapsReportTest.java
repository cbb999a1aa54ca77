package enlace.graph.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import enlace.graph.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GapsReportTest {

  private static final String SHELTER = "https://w3id.org/enlace/ns#shelter";
  private static final String FAMILY = "https://w3id.org/enlace/ns#shelter-family";
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  private static final GapsQuery QUERY = new GapsQuery("south", List.of("07"), Map.of(SHELTER, Set.of(SHELTER, FAMILY)),
      50, T0, Set.of(), "kind-dam", T0, 10);

  private static RegionFacts.Place place(String code, double lat, double lon, Long population) {
    return new RegionFacts.Place(code, "M" + code, "07", "Chiapas", new GeoPoint(lat, lon), population);
  }

  private static RegionFacts facts(List<RegionFacts.ReferralFact> referrals) {
    return new RegionFacts(
        List.of(place("07089", 14.905, -92.259, 276_236L), place("07102", 14.940, -92.167, 23_398L),
            place("07001", 16.0, -93.0, null), place("07002", 17.9, -91.0, 5_000L)),
        Set.of("07089"),
        Map.of("07089", Map.of(SHELTER, new RegionFacts.Supply(2, 1, 40, 5))),
        Map.of("07089", new int[] {2, 3}),
        referrals,
        Map.of(FAMILY, List.of(new GeoPoint(14.905, -92.259))),
        List.of(), 0);
  }

  private static RegionFacts.ReferralFact referral(String status, String reason, Integer hoursToAccept) {
    return new RegionFacts.ReferralFact("07102", List.of(FAMILY), status, reason, T0,
        hoursToAccept == null ? null : T0.plusSeconds(hoursToAccept * 3600L));
  }

  @Test
  void countsDemandRejectionsAndTheMedianTimeToAcceptance() {
    var gaps = GapsReport.of(QUERY, facts(List.of(referral("accepted", null, 2), referral("completed", null, 10),
        referral("rejected", "NO_CAPACITY", null), referral("rejected", "NOT_ELIGIBLE", null),
        referral("rejected", "COULD_NOT_CONTACT", null), referral("accepted", null, 4))));
    var demand = gaps.municipalities().get(1).categories().getFirst().demand();
    assertEquals(6, demand.referrals());
    assertEquals(1, demand.rejectedNoCapacity());
    assertEquals(1, demand.rejectedNotEligible());
    assertEquals(2.0 / 6, demand.rejectedShare(), 1e-9);
    assertEquals(4.0, demand.medianHoursToAcceptance());
    assertEquals(Demand.NONE, gaps.municipalities().getFirst().categories().getFirst().demand());
  }

  @Test
  void ranksMunicipalitiesWithoutADamByPopulationUnknownLast() {
    var gaps = GapsReport.of(QUERY, facts(List.of()));
    assertEquals(List.of("07102", "07002", "07001"), gaps.withoutDam().stream().map(MunicipalityGap::code).toList());
    var tapachula = gaps.municipalities().getFirst();
    assertEquals(40, tapachula.categories().getFirst().capacityTotal());
    assertEquals(3, tapachula.vacanciesAcceptingTvrh());
    assertNull(gaps.municipalities().get(1).categories().getFirst().capacityTotal(), "nothing counted there");
  }

  @Test
  void measuresTheNearestServiceAndRanksTheCategoryByItsFarthest() {
    var gaps = GapsReport.of(QUERY, facts(List.of()));
    double km = gaps.municipalities().get(1).categories().getFirst().nearestKm();
    assertEquals(new GeoPoint(14.940, -92.167).distanceKm(new GeoPoint(14.905, -92.259)), km, 0.01);
    assertNull(gaps.municipalities().get(3).categories().getFirst().nearestKm(), "beyond 50 km");
    var reach = gaps.farthestCategories().getFirst();
    assertNull(reach.farthestKm());
    assertEquals(2, reach.municipalitiesBeyondRadius());
    assertEquals(3, reach.municipalitiesWithout());
  }
}
