package enlace.graph.referral;

import java.util.List;

/**
 * A referral as one party reads it: the contact only for the receiver while the referral is open, and
 * its events in order.
 */
public record ReferralRecord(Referral referral, Contact contact, List<ReferralEvent> events) {

  public ReferralRecord {
    events = List.copyOf(events);
  }
}
