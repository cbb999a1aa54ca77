package enlace.graph.referral;

/** Who the referral is for, as counts: enough to know whether a place fits, never who they are. */
public record Household(int adults, int children, boolean unaccompaniedMinor) {

  public Household {
    if (adults < 0 || children < 0) {
      throw new IllegalArgumentException("household counts cannot be negative, got " + adults + " adults and "
          + children + " children");
    }
    if (adults + children == 0) {
      throw new IllegalArgumentException("a household has at least one person");
    }
    if (unaccompaniedMinor && adults > 0) {
      throw new IllegalArgumentException("an unaccompanied minor comes without adults, got " + adults + " adults");
    }
  }

  public boolean hasChildren() {
    return children > 0 || unaccompaniedMinor;
  }

  public static Household singleAdult() {
    return new Household(1, 0, false);
  }
}
