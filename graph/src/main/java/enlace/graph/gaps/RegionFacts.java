package enlace.graph.gaps;

import enlace.graph.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the store says about a region, as read in one transaction, before anything is ranked. */
record RegionFacts(
    List<Place> municipalities,
    Set<String> dams,
    Map<String, Map<String, Supply>> supply,
    Map<String, int[]> tvrhEmployersAndVacancies,
    List<ReferralFact> referrals,
    Map<String, List<GeoPoint>> servicePoints,
    List<StaleService> stale,
    int staleCount) {

  record Place(String code, String name, String stateCode, String stateName, GeoPoint centroid, Long population) {}

  /** Active services of one category in one municipality, and the places those that count them count. */
  record Supply(int services, int counted, int total, int available) {}

  /** One referral's needs, where from, and how it went; nothing about the person. */
  record ReferralFact(String municipality, List<String> needs, String status, String rejectReason,
      Instant createdAt, Instant acceptedAt) {}
}
