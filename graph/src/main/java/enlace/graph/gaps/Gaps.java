package enlace.graph.gaps;

import java.util.List;

/**
 * The gaps of a region's network: every municipality's figures, and the ranked lists a coordinator takes
 * to a meeting. Aggregates only; nothing here names a person.
 */
public record Gaps(
    String region,
    List<String> categories,
    double radiusKm,
    List<MunicipalityGap> municipalities,
    List<MunicipalityGap> withoutDam,
    List<CategoryReach> farthestCategories,
    List<StaleService> staleServices,
    int staleCount) {

  public Gaps {
    categories = List.copyOf(categories);
    municipalities = List.copyOf(municipalities);
    withoutDam = List.copyOf(withoutDam);
    farthestCategories = List.copyOf(farthestCategories);
    staleServices = List.copyOf(staleServices);
  }
}
