package enlace.broker.referral;

import java.util.List;

/**
 * How one rule judged one candidate, in words an officer can repeat to the person. A rule that cannot tell without
 * knowing more of the person did not pass and carries the questions to ask; answering one of them yes passes it.
 */
public record MatchReason(MatchRule rule, boolean passed, String explanation, List<Question> questions) {

  public MatchReason {
    questions = List.copyOf(questions);
    if (passed && !questions.isEmpty()) {
      throw new IllegalArgumentException("a rule that passed has no question left");
    }
  }

  static MatchReason pass(MatchRule rule, String explanation) {
    return new MatchReason(rule, true, explanation, List.of());
  }

  static MatchReason fail(MatchRule rule, String explanation) {
    return new MatchReason(rule, false, explanation, List.of());
  }

  static MatchReason depends(MatchRule rule, String explanation, List<Question> questions) {
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("a verdict that depends names what to ask");
    }
    return new MatchReason(rule, false, explanation, questions);
  }

  /** True when the rule cannot tell without an answer to one of its questions. */
  public boolean depends() {
    return !questions.isEmpty();
  }
}
