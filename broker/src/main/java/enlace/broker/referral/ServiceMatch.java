package enlace.broker.referral;

import enlace.graph.referral.Profile;
import enlace.graph.service.Location;
import enlace.graph.service.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /** Every question this candidate waits on, once each. */
  public List<Question> questions() {
    return reasons.stream().flatMap(r -> r.questions().stream()).distinct().toList();
  }

  /** True when nothing but unanswered questions keeps it from being a match. */
  public boolean depends() {
    return !eligible && reasons.stream().filter(r -> !r.passed() && r.rule().decisive()).allMatch(MatchReason::depends);
  }

  /**
   * This candidate with its open questions put to {@code profile} (a peer judges without the person's profile,
   * which stays on the node that asked): a rule passes when the profile answers one of its questions yes, and the
   * candidate is dropped when the profile answers all of them otherwise.
   */
  Optional<ServiceMatch> decidedBy(Profile profile) {
    var decided = new ArrayList<MatchReason>();
    for (var reason : reasons) {
      if (!reason.depends()) {
        decided.add(reason);
        continue;
      }
      var answers = reason.questions().stream().map(q -> q.answeredBy(profile)).toList();
      var yes = reason.questions().stream().filter(q -> q.answeredBy(profile).orElse(false)).findFirst();
      if (yes.isPresent()) {
        decided.add(MatchReason.pass(reason.rule(), "takes the person: " + yes.get().text("en") + " yes"));
      } else if (answers.stream().allMatch(Optional::isPresent)) {
        return Optional.empty();
      } else {
        decided.add(reason);
      }
    }
    boolean now = decided.stream().allMatch(r -> r.passed() || !r.rule().decisive());
    return Optional.of(new ServiceMatch(service, location, need, distanceKm, score, now, capacityStale, decided));
  }
}
