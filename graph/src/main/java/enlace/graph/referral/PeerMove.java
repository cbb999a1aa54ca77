package enlace.graph.referral;

import java.time.Instant;
import java.util.Objects;

/**
 * A move of a referral made on another region's node, as its message tells it: the peer, the referral, the
 * status it reached, the peer's event sequence (newer moves have higher ones), the organization that moved
 * it, and the receiving organization as the receiver's region names it (null when unchanged).
 */
public record PeerMove(String peer, String referralId, ReferralStatus to, long sequence, String organization,
    String receiverOrganization, String reason, String note, boolean consentWithdrawn, Instant at) {

  public PeerMove {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(referralId, "referral");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    organization = organization == null ? "" : organization;
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be positive, got " + sequence);
    }
  }

  /** The same move without naming the receiver: only the receiving region's node names it. */
  public PeerMove withoutReceiver() {
    return new PeerMove(peer, referralId, to, sequence, organization, null, reason, note, consentWithdrawn, at);
  }
}
