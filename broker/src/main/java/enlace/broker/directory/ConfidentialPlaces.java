package enlace.broker.directory;

import enlace.broker.security.Caller;
import enlace.broker.security.Scope;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.service.Location;
import enlace.graph.service.PlaceViewers;
import enlace.graph.service.Service;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Who sees where a confidential place really is. A place is confidential when any confidential service is
 * delivered there, and then for every service there. Its exact point, name and address are for the
 * organizations that deliver a service there, and for an organization whose referral to a service there was
 * accepted and is not closed yet (with a token that may read referrals). Everyone else sees the centre of its
 * ~2 km square. A referrer's look is a read of non-public data, audited before the answer leaves.
 */
public final class ConfidentialPlaces {

  private final PlaceViewers viewers;
  private final AuditLog audit;
  private final Clock clock;

  public ConfidentialPlaces(Graph graph, String region, Clock clock) {
    this.viewers = new PlaceViewers(graph, region);
    this.audit = new AuditLog(graph);
    this.clock = clock;
  }

  /** True when the place must be hidden from whoever has no grant to see it. */
  public static boolean isConfidential(Service service, Location location) {
    return service.confidential() || location.confidential();
  }

  /**
   * The places among {@code locationIds} (this node's, each confidential) the caller may see exactly. No
   * store call for a caller that acts for no organization.
   */
  public CompletionStage<Set<String>> exact(Caller caller, Collection<String> locationIds) {
    var organization = caller.organization();
    if (locationIds.isEmpty() || organization.isEmpty()) {
      return CompletableFuture.completedFuture(Set.of());
    }
    return viewers.grants(organization.get(), locationIds, caller.has(Scope.REFERRAL_READ))
        .thenCompose(grants -> recordAdmittedReads(caller, grants).thenApply(v -> Set.copyOf(grants.keySet())));
  }

  /** Records each look of a referrer at an exact place; the organizations that deliver there are not recorded. */
  private CompletionStage<Void> recordAdmittedReads(Caller caller, Map<String, PlaceViewers.Grant> grants) {
    CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
    for (var grant : grants.entrySet()) {
      if (grant.getValue() == PlaceViewers.Grant.ADMITTED) {
        var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""),
            "readConfidentialLocation", "Location:" + grant.getKey(), List.of("point", "address"));
        chain = chain.thenCompose(v -> audit.append(entry, clock.instant()).thenApply(e -> null));
      }
    }
    return chain;
  }
}
