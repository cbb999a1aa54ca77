package enlace.graph.outcome;

/**
 * What came of sending a person to an employer, as the person told it. Either side of the referral may record
 * whether the person was hired; what went wrong at work only the sending office records, from the person.
 */
public enum EmploymentOutcome {
  HIRED,
  NOT_HIRED,
  OFFER_DIFFERED,
  WAGES_UNPAID_OR_LATE,
  UNSAFE_CONDITIONS;

  /** True for what the receiving employer may also record; the rest come from the person, through the sender. */
  public boolean isHiring() {
    return switch (this) {
      case HIRED, NOT_HIRED -> true;
      case OFFER_DIFFERED, WAGES_UNPAID_OR_LATE, UNSAFE_CONDITIONS -> false;
    };
  }

  /** True for the outcomes that, repeated, flag an employer to the region's coordinators. */
  public boolean isWarning() {
    return this == OFFER_DIFFERED || this == WAGES_UNPAID_OR_LATE;
  }
}
