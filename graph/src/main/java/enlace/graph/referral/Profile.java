package enlace.graph.referral;

import java.util.List;

/**
 * What the person chose to say so that a place fits them, every part optional (null: not said): gender, whether
 * they asked for an LGBTI+-safe place, the age group of each member of the household, pregnancy, a disability or
 * reduced mobility, and whether they are a survivor of violence asking for a protected place. It goes with a
 * referral only when the consent shares {@link Consent.ReferralField#PROFILE}, and is erased with the rest of
 * what describes the person.
 */
public record Profile(Gender gender, Boolean lgbtiSafePlace, List<AgeGroup> ageGroups, Boolean pregnant,
    Boolean reducedMobility, Boolean protectedPlace) {

  /** The most members a household's age groups may list. */
  public static final int MAX_MEMBERS = 50;

  public static final Profile NONE = new Profile(null, null, List.of(), null, null, null);

  public Profile {
    ageGroups = ageGroups == null ? List.of() : List.copyOf(ageGroups);
    if (ageGroups.size() > MAX_MEMBERS) {
      throw new IllegalArgumentException("at most " + MAX_MEMBERS + " household members, got " + ageGroups.size());
    }
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /** The household the age groups describe, when they were given. */
  public java.util.Optional<Household> household() {
    if (ageGroups.isEmpty()) {
      return java.util.Optional.empty();
    }
    int adults = (int) ageGroups.stream().filter(g -> g == AgeGroup.ADULT).count();
    return java.util.Optional.of(new Household(adults, ageGroups.size() - adults));
  }

  public enum Gender { WOMAN, MAN, NON_BINARY, NOT_SAID }

  /** Adult (18 or older), adolescent (12 to 17), child (3 to 11), infant (under 3). */
  public enum AgeGroup { ADULT, ADOLESCENT, CHILD, INFANT }
}
