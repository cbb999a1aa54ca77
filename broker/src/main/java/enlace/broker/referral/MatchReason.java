package enlace.broker.referral;

/** How one rule judged one candidate, in words an officer can repeat to the person. */
public record MatchReason(MatchRule rule, boolean passed, String explanation) {

  static MatchReason pass(MatchRule rule, String explanation) {
    return new MatchReason(rule, true, explanation);
  }

  static MatchReason fail(MatchRule rule, String explanation) {
    return new MatchReason(rule, false, explanation);
  }
}
