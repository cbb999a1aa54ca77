package enlace.graph.gaps;

import enlace.graph.geo.GeoPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a region's facts into per-municipality figures and the ranked lists, in memory. */
final class GapsReport {

  private GapsReport() {}

  static Gaps of(GapsQuery query, RegionFacts facts) {
    var nearest = new HashMap<String, NearestPoints>();
    query.categories().forEach((key, iris) -> nearest.put(key, new NearestPoints(iris.stream()
        .flatMap(iri -> facts.servicePoints().getOrDefault(iri, List.<GeoPoint>of()).stream()).toList())));
    var demand = demand(query, facts.referrals());
    var municipalities = new ArrayList<MunicipalityGap>();
    for (var place : facts.municipalities()) {
      var supply = facts.supply().getOrDefault(place.code(), Map.of());
      var categories = new ArrayList<CategoryGap>();
      for (var key : query.categories().keySet()) {
        var s = supply.getOrDefault(key, new RegionFacts.Supply(0, 0, 0, 0));
        Double km = place.centroid() == null ? null : nearest.get(key).nearestKm(place.centroid(), query.radiusKm());
        categories.add(new CategoryGap(key, s.services(), km == null ? null : round(km),
            s.counted() == 0 ? null : s.total(), s.counted() == 0 ? null : s.available(),
            demand.getOrDefault(place.code() + "|" + key, Demand.NONE)));
      }
      var work = facts.tvrhEmployersAndVacancies().getOrDefault(place.code(), new int[] {0, 0});
      municipalities.add(new MunicipalityGap(place.code(), place.name(), place.stateCode(), place.stateName(),
          place.centroid(), place.population(), facts.dams().contains(place.code()), work[0], work[1],
          categories));
    }
    var withoutDam = municipalities.stream().filter(m -> !m.hasDam())
        .sorted(Comparator.comparing((MunicipalityGap m) -> m.population() == null ? -1 : m.population())
            .reversed().thenComparing(MunicipalityGap::code))
        .limit(query.listLimit()).toList();
    return new Gaps(query.region(), List.copyOf(query.categories().keySet()), query.radiusKm(), municipalities,
        withoutDam, reach(query, municipalities), facts.stale(), facts.staleCount());
  }

  /** Categories ranked by their farthest nearest service; a municipality with none in reach ranks first. */
  private static List<CategoryReach> reach(GapsQuery query, List<MunicipalityGap> municipalities) {
    var out = new ArrayList<CategoryReach>();
    int index = 0;
    for (var key : query.categories().keySet()) {
      int i = index++;
      int without = 0;
      int beyond = 0;
      MunicipalityGap farthest = null;
      Double farthestKm = 0.0;
      for (var m : municipalities) {
        var gap = m.categories().get(i);
        if (gap.services() == 0) {
          without++;
        }
        if (m.centroid() == null) {
          continue;
        }
        if (gap.nearestKm() == null) {
          beyond++;
          if (farthestKm != null) {
            farthest = m;
            farthestKm = null;
          }
        } else if (farthestKm != null && (farthest == null || gap.nearestKm() > farthestKm)) {
          farthest = m;
          farthestKm = gap.nearestKm();
        }
      }
      out.add(new CategoryReach(key, farthestKm, farthest, without, beyond));
    }
    out.sort(Comparator.comparing((CategoryReach r) -> r.farthestKm() == null ? Double.POSITIVE_INFINITY : r.farthestKm())
        .reversed().thenComparing(CategoryReach::category));
    return out;
  }

  /** Per municipality and asked category ("code|category"): referrals, rejections and time to acceptance. */
  private static Map<String, Demand> demand(GapsQuery query, List<RegionFacts.ReferralFact> referrals) {
    var counts = new HashMap<String, int[]>();
    var hours = new HashMap<String, List<Double>>();
    for (var r : referrals) {
      for (var entry : query.categories().entrySet()) {
        if (!overlaps(r.needs(), entry.getValue())) {
          continue;
        }
        String key = r.municipality() + "|" + entry.getKey();
        var c = counts.computeIfAbsent(key, k -> new int[3]);
        c[0]++;
        if ("rejected".equals(r.status()) && "NO_CAPACITY".equals(r.rejectReason())) {
          c[1]++;
        }
        if ("rejected".equals(r.status()) && "NOT_ELIGIBLE".equals(r.rejectReason())) {
          c[2]++;
        }
        if (r.acceptedAt() != null && r.createdAt() != null) {
          hours.computeIfAbsent(key, k -> new ArrayList<>())
              .add(Duration.between(r.createdAt(), r.acceptedAt()).toSeconds() / 3600.0);
        }
      }
    }
    var out = new HashMap<String, Demand>();
    counts.forEach((key, c) -> out.put(key, new Demand(c[0], c[1], c[2], median(hours.get(key)))));
    return out;
  }

  private static boolean overlaps(List<String> needs, Set<String> iris) {
    return needs.stream().anyMatch(iris::contains);
  }

  private static Double median(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    var sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return round(m);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
