package enlace.broker.referral;

import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Scope;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.municipality.Region;
import enlace.graph.referral.ReferralCounts;
import enlace.graph.referral.ReferralStats;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Referral counts for a region's coordinator: by need, municipality, status and reason; never a person. */
public final class ReferralStatistics {

  private final ReferralStats stats;
  private final List<Region> regions;
  private final Clock clock;

  public ReferralStatistics(Graph graph, List<Region> regions, Clock clock) {
    this.stats = new ReferralStats(graph);
    this.regions = List.copyOf(regions);
    this.clock = clock;
  }

  /** The coordinator's own region when {@code regionId} is null; another region is refused. */
  public CompletionStage<ReferralCounts> count(Caller caller, String regionId, Instant since) {
    caller.require(Scope.COORDINATOR);
    var own = caller.region().orElseThrow(() -> new Forbidden("a coordinator token must name its region"));
    var asked = regionId == null ? own : regionId;
    if (!asked.equals(own)) {
      throw new Forbidden("a coordinator sees the counts of its own region " + own);
    }
    var region = regions.stream().filter(r -> r.id().equals(asked)).findFirst()
        .orElseThrow(() -> new Forbidden("the coordinator's region " + asked + " is not one this node knows"));
    var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""),
        "referralStats", "Region:" + region.id(), List.of("counts"));
    return stats.count(java.util.Set.copyOf(region.stateCodes()), Optional.ofNullable(since), entry, clock.instant());
  }
}
