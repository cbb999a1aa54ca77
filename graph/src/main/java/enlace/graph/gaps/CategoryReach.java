package enlace.graph.gaps;

/**
 * How far a category is from the region's people: the municipality whose nearest service of it is the
 * farthest ({@code farthestKm} null: some municipality has none within the radius), how many municipalities
 * have none inside and how many have none within the radius.
 */
public record CategoryReach(
    String category,
    Double farthestKm,
    MunicipalityGap farthestMunicipality,
    int municipalitiesWithout,
    int municipalitiesBeyondRadius) {}
