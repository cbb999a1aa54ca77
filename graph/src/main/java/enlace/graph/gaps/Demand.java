package enlace.graph.gaps;

/**
 * Referrals for a category from one municipality: how many, how many were rejected for lack of capacity
 * or of eligibility, and the median hours from request to acceptance (null when none was accepted).
 */
public record Demand(int referrals, int rejectedNoCapacity, int rejectedNotEligible, Double medianHoursToAcceptance) {

  public static final Demand NONE = new Demand(0, 0, 0, null);

  /** The share of referrals rejected for lack of capacity or eligibility; null without referrals. */
  public Double rejectedShare() {
    return referrals == 0 ? null : (double) (rejectedNoCapacity + rejectedNotEligible) / referrals;
  }
}
