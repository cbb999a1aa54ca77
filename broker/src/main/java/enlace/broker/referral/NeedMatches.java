package enlace.broker.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates for one requested category: the matches, best first, and the near misses; and, when no
 * local match could take the person, the peers' proposals with what each peer did ({@code federation}).
 */
public record NeedMatches(String need, List<ServiceMatch> matches, List<ServiceMatch> nearMisses,
    List<Proposal> proposals, Optional<Map<String, Object>> federation) {

  public NeedMatches {
    matches = List.copyOf(matches);
    nearMisses = List.copyOf(nearMisses);
    proposals = List.copyOf(proposals);
  }

  public NeedMatches(String need, List<ServiceMatch> matches, List<ServiceMatch> nearMisses) {
    this(need, matches, nearMisses, List.of(), Optional.empty());
  }

  public NeedMatches withProposals(List<Proposal> value, Map<String, Object> report) {
    return new NeedMatches(need, matches, nearMisses, value, Optional.of(report));
  }
}
