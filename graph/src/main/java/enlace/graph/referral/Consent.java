package enlace.graph.referral;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the person agreed to: the purpose, which organizations may receive the referral (empty: whichever
 * organization the referral is sent to) and which parts of it, the version of the privacy notice they
 * were shown, when and by whom it was recorded.
 */
public record Consent(String purpose, List<String> organizations, Set<ReferralField> fields, String noticeVersion,
    Instant recordedAt, String recordedBy, Instant withdrawnAt) {

  public Consent {
    require(purpose, "consent.purpose");
    require(noticeVersion, "consent.noticeVersion");
    require(recordedBy, "consent.recordedBy");
    Objects.requireNonNull(recordedAt, "consent.recordedAt");
    organizations = List.copyOf(organizations);
    fields = Set.copyOf(fields);
  }

  /** True when the person agreed that this organization may receive the referral. */
  public boolean allows(String organizationId) {
    return organizations.isEmpty() || organizations.contains(organizationId);
  }

  public boolean shares(ReferralField field) {
    return fields.contains(field);
  }

  public Consent withdrawn(Instant at) {
    return new Consent(purpose, organizations, fields, noticeVersion, recordedAt, recordedBy, at);
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  /**
   * The parts of a referral a receiving organization may see, as the consent scope names them. PROFILE (gender,
   * LGBTI+-safe place, age groups, pregnancy, disability, protected place) is kept at all only when shared.
   */
  public enum ReferralField { DOCUMENTS, LANGUAGES, HOUSEHOLD, LOCATION, CONTACT, PROFILE }
}
