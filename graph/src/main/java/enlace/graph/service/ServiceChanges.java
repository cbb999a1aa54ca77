package enlace.graph.service;

import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.GraphException;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * The small, frequent changes offices make to their own services: capacity tonight, new opening
 * hours, "verified today", retiring a service. Each checks ownership, writes and records its audit
 * event in one transaction; a change that would leave the record invalid (more places free than
 * exist) rolls back and fails with {@link enlace.graph.GraphException.Invalid}.
 */
public final class ServiceChanges {

  private final Graph graph;
  private final AuditLog audit;

  public ServiceChanges(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /**
   * Sets the free places (and, when given, the total). {@code owner} empty means the caller may change
   * any service; otherwise the service must belong to that organization.
   */
  public CompletionStage<Change<Service>> updateCapacity(String serviceId, int available, Optional<Integer> total,
      Optional<String> owner, Instant at, AuditEntry entry) {
    var set = new HashMap<String, Object>();
    set.put("capacityAvailable", available);
    total.ifPresent(t -> set.put("capacityTotal", t));
    set.put("capacityUpdatedAt", Records.toStore(at));
    return change(serviceId, owner, set, at, entry);
  }

  public CompletionStage<Change<Service>> setOpeningHours(String serviceId, List<OpeningHours> hours,
      Optional<ZoneId> timezone, Optional<String> owner, Instant at, AuditEntry entry) {
    var set = new HashMap<String, Object>();
    set.put("hours", hours.stream().map(OpeningHours::encode).toList());
    timezone.ifPresent(zone -> set.put("timezone", zone.getId()));
    return change(serviceId, owner, set, at, entry);
  }

  public CompletionStage<Change<Service>> markVerified(String serviceId, String verifiedBy, Optional<String> owner,
      Instant at, AuditEntry entry) {
    return change(serviceId, owner, Map.of("lastVerifiedAt", Records.toStore(at), "verifiedBy", verifiedBy), at, entry);
  }

  /** Takes a service out of search for good; its record stays for history. */
  public CompletionStage<Change<Service>> retire(String serviceId, Optional<String> owner, Instant at,
      AuditEntry entry) {
    return change(serviceId, owner, Map.of("status", ServiceStatus.RETIRED.name()), at, entry);
  }

  private CompletionStage<Change<Service>> change(String serviceId, Optional<String> owner, Map<String, Object> set,
      Instant at, AuditEntry entry) {
    return graph.write(tx -> owned(tx, serviceId, owner).thenCompose(found -> switch (found) {
      case Change.Done<String> ok -> apply(tx, serviceId, set, at, entry);
      case Change.NotFound<String> missing -> done(new Change.NotFound<>(serviceId));
      case Change.NotOwned<String> foreign -> done(new Change.NotOwned<>(serviceId));
    }));
  }

  private CompletionStage<Change<Service>> apply(AsyncTransactionContext tx, String serviceId,
      Map<String, Object> set, Instant at, AuditEntry entry) {
    return tx.runAsync("""
            MATCH (s:Service {id: $id})
            SET s += $set
            RETURN s, [(s)-[:AT]->(l:Location) | l.id] AS locations
            """, Map.of("id", serviceId, "set", set))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(r -> {
          var service = ServiceRows.service(r.get("s"), r.get("locations").asList(Value::asString));
          if (set.containsKey("capacityAvailable") && service.capacity() != null
              && service.capacity().overReported()) {
            // Imports keep figures as reported; an edit must not say more are free than there are.
            throw new GraphException.Invalid("capacity needs 0 <= available <= total, got available "
                + service.capacity().available() + " of " + service.capacity().total());
          }
          return audit.append(tx, entry, at).thenApply(event -> (Change<Service>) new Change.Done<>(service));
        });
  }

  private static CompletionStage<Change<String>> owned(AsyncTransactionContext tx, String serviceId,
      Optional<String> owner) {
    return tx.runAsync("""
            OPTIONAL MATCH (s:Service {id: $id})
            RETURN s IS NOT NULL AS found, s.organization AS organization
            """, Map.of("id", serviceId))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> {
          if (!r.get("found").asBoolean()) {
            return new Change.NotFound<>(serviceId);
          }
          var organization = r.get("organization").asString();
          return owner.isEmpty() || owner.get().equals(organization)
              ? new Change.Done<>(organization) : new Change.NotOwned<>(serviceId);
        });
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
