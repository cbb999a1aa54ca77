package enlace.broker.directory;

import enlace.broker.security.Caller;
import enlace.broker.security.Scope;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.service.Service;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Who sees where a confidential service really is: its own organization and referral partners
 * (referral:read). Everyone else sees the approximate point and no address. A partner's look at an
 * exact place is a read of non-public data, and is audited before the answer leaves.
 */
public final class ConfidentialPlaces {

  private final AuditLog audit;
  private final Clock clock;

  public ConfidentialPlaces(Graph graph, Clock clock) {
    this.audit = new AuditLog(graph);
    this.clock = clock;
  }

  /** True when this caller must see the service's locations only approximately. */
  public static boolean hiddenFrom(Caller caller, Service service) {
    return service.confidential() && !caller.has(Scope.REFERRAL_READ) && !caller.actsFor(service.organizationId());
  }

  /** Records that a partner saw the exact locations of confidential services; owners are not recorded. */
  public CompletionStage<Void> recordExactReads(Caller caller, List<Service> services) {
    var targets = services.stream()
        .filter(s -> s.confidential() && !hiddenFrom(caller, s) && !caller.actsFor(s.organizationId()))
        .flatMap(s -> s.locationIds().stream().map(id -> "Location:" + id))
        .distinct()
        .toList();
    CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
    for (var target : targets) {
      var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(""),
          "readConfidentialLocation", target, List.of("point", "address"));
      chain = chain.thenCompose(v -> audit.append(entry, clock.instant()).thenApply(e -> null));
    }
    return chain;
  }
}
