package enlace.broker.referral;

import enlace.graph.service.Location;
import enlace.graph.service.Service;
import java.util.List;

/**
 * One candidate for a need: the service at its nearest location, its score (higher is better), whether
 * every decisive rule passed, whether its capacity figure is too old to trust, and every rule's verdict.
 */
public record ServiceMatch(Service service, Location location, String need, double distanceKm, double score,
    boolean eligible, boolean capacityStale, List<MatchReason> reasons) {

  public ServiceMatch {
    reasons = List.copyOf(reasons);
  }

  public long failedDecisive() {
    return reasons.stream().filter(r -> !r.passed() && r.rule().decisive()).count();
  }
}
