package enlace.broker.referral;

/**
 * The rules a candidate service is judged by. The first four decide whether it can take the person at
 * all (a failure makes it a near miss); the others only rank.
 */
public enum MatchRule {
  CATEGORY(true),
  DOCUMENTS(true),
  CAPACITY(true),
  HOUSEHOLD(true),
  OPEN(false),
  LANGUAGE(false),
  DISTANCE(false);

  private final boolean decisive;

  MatchRule(boolean decisive) {
    this.decisive = decisive;
  }

  public boolean decisive() {
    return decisive;
  }
}
