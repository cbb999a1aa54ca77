package enlace.graph.referral;

/**
 * Who the referral is for, as counts: enough to know whether a place fits, never who they are. A household
 * without an adult is a child or adolescent alone: unaccompanied, whatever else was said.
 */
public record Household(int adults, int children) {

  public Household {
    if (adults < 0 || children < 0) {
      throw new IllegalArgumentException("household counts cannot be negative, got " + adults + " adults and "
          + children + " children");
    }
    if (adults + children == 0) {
      throw new IllegalArgumentException("a household has at least one person");
    }
  }

  public boolean unaccompaniedMinor() {
    return adults == 0;
  }

  public boolean hasChildren() {
    return children > 0;
  }

  public static Household singleAdult() {
    return new Household(1, 0);
  }
}
