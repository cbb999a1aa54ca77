package enlace.broker.referral;

import java.util.List;

/** The candidates for one requested category: the matches, best first, and the near misses. */
public record NeedMatches(String need, List<ServiceMatch> matches, List<ServiceMatch> nearMisses) {

  public NeedMatches {
    matches = List.copyOf(matches);
    nearMisses = List.copyOf(nearMisses);
  }
}
