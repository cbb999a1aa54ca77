package enlace.graph.referral;

import enlace.graph.Ids;
import enlace.graph.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One person or family sent by one organization to one service of another, with their consent. The
 * referral lives in its home {@code region} (the sender's node); the service may be on a peer, named by
 * {@code serviceRegion}. What describes the person (documents, languages, household, profile, approximate point,
 * client reference) is erased when consent is withdrawn or the retention period ends; then
 * {@code anonymisedAt} is set and those fields are empty.
 */
public record Referral(
    String id,
    String region,
    ReferralStatus status,
    List<String> needs,
    List<String> documents,
    List<String> languages,
    String municipality,
    GeoPoint point,
    Urgency urgency,
    Household household,
    Profile profile,
    String clientReference,
    String senderOrganization,
    String receiverOrganization,
    String serviceId,
    String serviceRegion,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    RejectReason rejectReason,
    String outcome,
    String reroutedFrom,
    Instant anonymisedAt,
    Consent consent) {

  public Referral {
    Ids.require(id, "referral id");
    Ids.require(region, "referral region");
    Objects.requireNonNull(status, "referral status");
    needs = List.copyOf(needs);
    if (needs.isEmpty()) {
      throw new IllegalArgumentException("needs: a referral names at least one need");
    }
    documents = List.copyOf(documents);
    languages = List.copyOf(languages);
    Objects.requireNonNull(urgency, "urgency");
    profile = profile == null ? Profile.NONE : profile;
    Ids.require(senderOrganization, "sender organization");
    Ids.require(receiverOrganization, "receiving organization");
    Ids.require(serviceId, "service id");
    Ids.require(serviceRegion, "service region");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(consent, "consent");
    updatedAt = updatedAt == null ? createdAt : updatedAt;
  }

  public boolean isAnonymised() {
    return anonymisedAt != null;
  }

  /** True when the organization sent or receives this referral. */
  public boolean involves(String organizationId) {
    return senderOrganization.equals(organizationId) || receiverOrganization.equals(organizationId);
  }
}
