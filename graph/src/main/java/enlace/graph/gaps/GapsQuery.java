package enlace.graph.gaps;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a coordinator asks about a region: the categories (each with the concepts it includes, narrower
 * ones too), how far to look for the nearest service, when a service's data counts as stale, which
 * documents count as the TVRH an employer accepts, and the organization kind of a municipal DAM.
 */
public record GapsQuery(
    String region,
    List<String> stateCodes,
    Map<String, Set<String>> categories,
    double radiusKm,
    Instant staleBefore,
    Set<String> workDocuments,
    String damKind,
    Instant now,
    int listLimit) {

  public GapsQuery {
    Objects.requireNonNull(region, "region");
    stateCodes = List.copyOf(stateCodes);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a gaps query needs at least one category");
    }
    var copy = new LinkedHashMap<String, Set<String>>();
    categories.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    categories = java.util.Collections.unmodifiableMap(copy);
    if (!(radiusKm > 0)) {
      throw new IllegalArgumentException("radiusKm must be more than 0, got " + radiusKm);
    }
    Objects.requireNonNull(staleBefore, "staleBefore");
    workDocuments = Set.copyOf(workDocuments);
    Objects.requireNonNull(damKind, "damKind");
    Objects.requireNonNull(now, "now");
    if (listLimit < 1) {
      throw new IllegalArgumentException("listLimit must be at least 1, got " + listLimit);
    }
  }

  /** Every concept any asked category includes. */
  public List<String> allConcepts() {
    return categories.values().stream().flatMap(Set::stream).distinct().sorted().toList();
  }
}
