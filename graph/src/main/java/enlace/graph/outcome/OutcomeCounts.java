package enlace.graph.outcome;

import java.util.Map;

/**
 * For one employer and one month (yyyy-MM): the employment referrals it received, and the outcomes recorded for
 * them by kind. Raw counts: whoever shows them suppresses the small ones.
 */
public record OutcomeCounts(String employer, String employerName, String month, long referrals,
    Map<EmploymentOutcome, Long> outcomes) {

  public OutcomeCounts {
    outcomes = Map.copyOf(outcomes);
  }
}
