package enlace.graph.referral;

import enlace.graph.audit.AuditEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * A move a party asks for: the referral, the status it should reach, the organization acting (the side
 * it must be on follows from the status), who exactly, why, and a note (the outcome of a completion).
 */
public record Transition(String referralId, ReferralStatus to, String organization, String actor, String reason,
    String note, AuditEntry entry, Instant at) {

  public Transition {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(at, "at");
    organization = organization == null ? "" : organization;
    if (note != null && note.length() > 500) {
      throw new IllegalArgumentException("note: at most 500 characters");
    }
  }
}
