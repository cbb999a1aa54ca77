package enlace.graph.outcome;

import enlace.graph.Ids;
import java.time.Instant;
import java.util.Objects;

/**
 * One outcome of one employment referral, with the person's consent to record it: who recorded it (an
 * organization), when, and the consent's time, recorder and notice version. {@code month} is the referral's
 * month (yyyy-MM), so that outcomes are counted against the referrals they came from.
 */
public record OutcomeReport(String referralId, String employer, EmploymentOutcome outcome, String recordedBy,
    Instant at, String month, Consent consent) {

  public OutcomeReport {
    Ids.require(referralId, "referral id");
    Ids.require(employer, "employer");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(consent, "consent");
  }

  /** The person agreed that the outcome be recorded and counted for the employer. */
  public record Consent(Instant recordedAt, String recordedBy, String noticeVersion) {
    public Consent {
      Objects.requireNonNull(recordedAt, "consent.recordedAt");
      if (recordedBy == null || recordedBy.isBlank() || noticeVersion == null || noticeVersion.isBlank()) {
        throw new IllegalArgumentException("consent: recordedBy and noticeVersion are required");
      }
    }
  }
}
