package enlace.broker.referral;

import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.InvalidInput;
import enlace.graph.referral.Household;
import enlace.graph.referral.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * The household as a caller describes it: counts, the unaccompanied-minor flag and the age group of each member
 * (the profile's). What is left out follows from the rest; a household without an adult is a child alone, flag or
 * not. Parts that contradict each other are refused together, each field named, before anything is matched.
 */
public final class Households {

  private Households() {}

  /**
   * @param argument the need's path, e.g. {@code need} or {@code input.need}
   * @return the household, or one adult when nothing at all was said
   * @throws InvalidInput naming every field of a contradiction; InvalidArgument for an impossible count
   */
  public static Household read(Integer adults, Integer children, Boolean unaccompanied, Profile profile,
      String argument) {
    var fromAges = profile.household();
    int a = adults != null ? adults
        : fromAges.map(Household::adults).orElse(Boolean.TRUE.equals(unaccompanied) ? 0 : 1);
    int c = children != null ? children : fromAges.map(Household::children).orElse(a == 0 ? 1 : 0);
    var at = argument + ".household.";
    var problems = new ArrayList<InvalidArgument>();
    if (Boolean.TRUE.equals(unaccompanied) && a > 0) {
      both(problems, at + "adults", at + "unaccompaniedMinor", "una niña, niño o adolescente no acompañado llega sin"
          + " personas adultas, pero adults es " + a + " / an unaccompanied minor comes without adults, but adults is "
          + a + ": set adults to 0 or leave unaccompaniedMinor out");
    }
    if (Boolean.FALSE.equals(unaccompanied) && a == 0) {
      both(problems, at + "adults", at + "unaccompaniedMinor", "un hogar sin personas adultas es una niña, niño o"
          + " adolescente no acompañado / a household without adults is an unaccompanied minor: count the adult who"
          + " is with them, or leave unaccompaniedMinor out");
    }
    fromAges.ifPresent(ages -> {
      if (adults != null && adults != ages.adults()) {
        both(problems, at + "adults", argument + ".profile.ageGroups", "ageGroups lista " + ages.adults()
            + " ADULT pero adults es " + adults + " / ageGroups lists " + ages.adults() + " ADULT but adults is "
            + adults + ": give one age group per member, or leave the counts out");
      }
      if (children != null && children != ages.children()) {
        both(problems, at + "children", argument + ".profile.ageGroups", "ageGroups lista " + ages.children()
            + " menores pero children es " + children + " / ageGroups lists " + ages.children()
            + " minors but children is " + children + ": give one age group per member, or leave the counts out");
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    try {
      return new Household(a, c);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgument(at + (a < 0 || a + c == 0 ? "adults" : "children"), e.getMessage());
    }
  }

  private static void both(List<InvalidArgument> problems, String one, String other, String message) {
    problems.add(new InvalidArgument(one, message));
    problems.add(new InvalidArgument(other, message));
  }
}
