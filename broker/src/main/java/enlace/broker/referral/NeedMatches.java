package enlace.broker.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates for one requested category: the matches, best first; those that depend on what the person has not
 * said, with the questions to ask; the near misses; for a child alone, what must come first; and, when no local
 * match could take the person, the peers' proposals with what each peer did ({@code federation}).
 */
public record NeedMatches(String need, List<ServiceMatch> matches, List<ServiceMatch> depends,
    List<ServiceMatch> nearMisses, Optional<FirstStep> firstStep, List<Proposal> proposals,
    Optional<Map<String, Object>> federation) {

  public NeedMatches {
    matches = List.copyOf(matches);
    depends = List.copyOf(depends);
    nearMisses = List.copyOf(nearMisses);
    proposals = List.copyOf(proposals);
  }

  public NeedMatches(String need, List<ServiceMatch> matches, List<ServiceMatch> depends,
      List<ServiceMatch> nearMisses, Optional<FirstStep> firstStep) {
    this(need, matches, depends, nearMisses, firstStep, List.of(), Optional.empty());
  }

  public NeedMatches withProposals(List<Proposal> value, Map<String, Object> report) {
    return new NeedMatches(need, matches, depends, nearMisses, firstStep, value, Optional.of(report));
  }
}
