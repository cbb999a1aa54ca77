package enlace.graph.referral;

import java.util.List;

/** One page of an organization's inbox or outbox, newest first. */
public record ReferralPage(List<ReferralRecord> items, boolean hasMore) {

  public ReferralPage {
    items = List.copyOf(items);
  }

  /** Which side of its referrals an organization lists. */
  public enum Box { INBOX, OUTBOX }

  /** Where the next page starts: after the referral created at {@code createdAt} with this id. */
  public record Cursor(java.time.Instant createdAt, String id) {}
}
