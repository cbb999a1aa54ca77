package enlace.broker.referral;

import enlace.graph.referral.Consent.ReferralField;
import enlace.graph.referral.Contact;
import enlace.graph.referral.Referral;
import enlace.graph.referral.ReferralEvent;
import enlace.graph.referral.ReferralRecord;
import java.util.List;

/**
 * A referral as one organization may see it: the sender sees what it recorded; the receiver sees the
 * parts the consent shares, and the contact only while the referral is open.
 */
public record ReferralView(Referral referral, Contact contact, List<ReferralEvent> events, boolean sender) {

  public ReferralView {
    events = List.copyOf(events);
  }

  static ReferralView of(ReferralRecord record, String organization) {
    boolean sender = record.referral().senderOrganization().equals(organization);
    var shared = sender || record.referral().consent().shares(ReferralField.CONTACT);
    return new ReferralView(record.referral(), shared ? record.contact() : null, record.events(), sender);
  }

  /** True when this viewer may see the field. */
  public boolean shows(ReferralField field) {
    return sender || referral.consent().shares(field);
  }
}
