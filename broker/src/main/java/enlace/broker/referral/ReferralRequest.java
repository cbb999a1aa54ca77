package enlace.broker.referral;

import enlace.graph.referral.Consent;
import enlace.graph.referral.Contact;

/**
 * createReferral's input once parsed: the need, the chosen service (null: the best match), the sender's
 * pseudonymous reference for the person, optional contact details, and the consent.
 */
public record ReferralRequest(NeedRequest need, String serviceId, String clientReference, Contact contact,
    Consent consent, Integer expiresInHours) {}
