package enlace.graph.referral;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of a referral: from which status (null when it was created) to which, by whom, when and why.
 * {@code note} carries the outcome of a completion or a short free-text reason; it is erased with the
 * person's data.
 */
public record ReferralEvent(
    String referralId,
    String region,
    long sequence,
    ReferralStatus from,
    ReferralStatus to,
    String actor,
    String organization,
    Instant at,
    String reason,
    String note,
    String senderOrganization,
    String receiverOrganization) {

  public ReferralEvent {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
  }
}
