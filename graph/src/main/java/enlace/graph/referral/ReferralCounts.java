package enlace.graph.referral;

import java.util.Map;

/**
 * What a coordinator sees of referrals: counts, never a person. Keys are status codes, reject reasons,
 * need concept IRIs and municipality codes.
 */
public record ReferralCounts(long total, Map<String, Long> byStatus, Map<String, Long> byReason,
    Map<String, Long> byNeed, Map<String, Long> byMunicipality) {

  public ReferralCounts {
    byStatus = Map.copyOf(byStatus);
    byReason = Map.copyOf(byReason);
    byNeed = Map.copyOf(byNeed);
    byMunicipality = Map.copyOf(byMunicipality);
  }
}
