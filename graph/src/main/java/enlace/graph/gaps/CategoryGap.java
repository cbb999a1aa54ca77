package enlace.graph.gaps;

/**
 * One category in one municipality: active services inside it; the distance from its centroid to the
 * nearest one of the category (null when none is within the radius asked, or the municipality has no
 * point); places counted by services that count them (null when none does); and demand from referrals.
 */
public record CategoryGap(
    String category,
    int services,
    Double nearestKm,
    Integer capacityTotal,
    Integer capacityAvailable,
    Demand demand) {}
