package enlace.broker.referral;

import enlace.graph.referral.Profile;
import java.util.Optional;

/** The parts of a person's profile a service's audience may depend on; each answers one question. */
public enum ProfileField {
  GENDER,
  LGBTI_SAFE_PLACE,
  PREGNANT,
  REDUCED_MOBILITY,
  PROTECTED_PLACE;

  /** What the profile says for this field, as a question's answers are written; empty when it says nothing. */
  Optional<String> answer(Profile profile) {
    var value = switch (this) {
      case GENDER -> profile.gender() == null || profile.gender() == Profile.Gender.NOT_SAID ? null
          : profile.gender().name();
      case LGBTI_SAFE_PLACE -> text(profile.lgbtiSafePlace());
      case PREGNANT -> text(profile.pregnant());
      case REDUCED_MOBILITY -> text(profile.reducedMobility());
      case PROTECTED_PLACE -> text(profile.protectedPlace());
    };
    return Optional.ofNullable(value);
  }

  private static String text(Boolean flag) {
    return flag == null ? null : flag.toString();
  }
}
