package enlace.graph.service;

import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Offices create or replace their own services and the places they deliver them at. Each call checks
 * ownership inside its write transaction, rebuilds the search listings the way imports do, and appends
 * its audit event in that same transaction: all of it commits, or nothing does.
 *
 * <p>A location belongs to the organization that first wrote it through the API, and to nobody else's
 * services: an organization may change or use it only while every service delivered there is its own.
 */
public final class ServiceUpserts {

  private final Graph graph;
  private final AuditLog audit;

  public ServiceUpserts(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /**
   * Creates or replaces a service of {@code owner} at existing locations; its home region, status,
   * verification and source stay as stored. {@link Change.NotOwned} names the service or a location that
   * is another organization's, {@link Change.NotFound} a location that does not exist. The owner must
   * already be in the directory.
   */
  public CompletionStage<Change<Service>> upsertService(Service service, String owner, Instant at,
      AuditEntry entry) {
    if (!service.organizationId().equals(owner)) {
      return done(new Change.NotOwned<>(service.id()));
    }
    return graph.write(tx -> ServiceRepository.listed(tx, List.of(service.id())).thenCompose(stored -> {
      if (stored.stream().anyMatch(s -> !s.service().organizationId().equals(owner))) {
        return done(new Change.NotOwned<>(service.id()));
      }
      var kept = stored.stream().findFirst().map(s -> service.withStateOf(s.service())).orElse(service);
      return requireOrganization(tx, owner)
          .thenCompose(v -> ownLocations(tx, service.locationIds(), owner, service.id()))
          .thenCompose(found -> switch (found) {
            case Change.Done<List<Location>> own -> ServiceRepository
                .upsert(tx, List.of(new ListedService(kept, own.value())))
                .thenCompose(v -> audited(tx, entry, at, kept));
            case Change.NotFound<List<Location>> missing -> done(new Change.NotFound<>(missing.id()));
            case Change.NotOwned<List<Location>> foreign -> done(new Change.NotOwned<>(foreign.id()));
          });
    }));
  }

  /**
   * Creates or replaces a location in an existing municipality; the services delivered there are listed
   * again at its new point (approximate while a confidential service is delivered there). {@link Change.NotOwned} when it is another organization's or serves one.
   */
  public CompletionStage<Change<Location>> upsertLocation(Location location, String owner, Instant at,
      AuditEntry entry) {
    return graph.write(tx -> ownLocations(tx, List.of(location.id()), owner, "").thenCompose(found -> switch (found) {
      case Change.Done<List<Location>> stored -> writeLocation(tx, location, owner, at, entry);
      case Change.NotFound<List<Location>> created -> writeLocation(tx, location, owner, at, entry);
      case Change.NotOwned<List<Location>> foreign -> done(new Change.NotOwned<>(location.id()));
    }));
  }

  private CompletionStage<Change<Location>> writeLocation(AsyncTransactionContext tx, Location location,
      String owner, Instant at, AuditEntry entry) {
    return tx.runAsync("""
            MATCH (m:Municipality {code: $municipality})
            MERGE (l:Location {id: $id})
            SET l += $props, l.organization = coalesce(l.organization, $owner)
            WITH l, m
            CALL (l) {
              OPTIONAL MATCH (l)-[old:IN]->(:Municipality)
              DELETE old
            }
            MERGE (l)-[:IN]->(m)
            RETURN l.id AS id
            """, Map.of("municipality", location.municipality().value(), "id", location.id(),
            "props", ServiceRows.location(location), "owner", owner))
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString()))
        .thenCompose(rows -> {
          if (rows.isEmpty()) {
            throw new IllegalArgumentException("no municipality has the code " + location.municipality());
          }
          return PlaceListings.settle(tx, rows);
        })
        .thenCompose(v -> audited(tx, entry, at, location));
  }

  /** The locations in the order asked, when each exists and neither it nor its services are someone else's. */
  private static CompletionStage<Change<List<Location>>> ownLocations(AsyncTransactionContext tx, List<String> ids,
      String owner, String exceptService) {
    return tx.runAsync("""
            UNWIND range(0, size($ids) - 1) AS i
            OPTIONAL MATCH (l:Location {id: $ids[i]})
            RETURN $ids[i] AS id, l, l.organization AS creator,
                   COLLECT { MATCH (s:Service)-[:AT]->(l) WHERE s.id <> $service RETURN s.organization } AS users
            ORDER BY i
            """, Map.of("ids", ids, "service", exceptService))
        .thenCompose(c -> c.listAsync())
        .thenApply(rows -> owned(rows, owner));
  }

  private static Change<List<Location>> owned(List<Record> rows, String owner) {
    var locations = new ArrayList<Location>();
    for (var row : rows) {
      var id = row.get("id").asString();
      if (row.get("l").isNull()) {
        return new Change.NotFound<>(id);
      }
      var creator = row.get("creator").asString(owner);
      if (!creator.equals(owner) || row.get("users").asList(Value::asString).stream().anyMatch(u -> !u.equals(owner))) {
        return new Change.NotOwned<>(id);
      }
      locations.add(ServiceRows.location(row.get("l")));
    }
    return new Change.Done<>(locations);
  }

  private static CompletionStage<Void> requireOrganization(AsyncTransactionContext tx, String organization) {
    return tx.runAsync("OPTIONAL MATCH (o:Organization {id: $id}) RETURN o IS NOT NULL AS found",
            Map.of("id", organization))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> {
          if (!r.get("found").asBoolean()) {
            throw new IllegalArgumentException("the organization " + organization
                + " is not in the directory yet; create it with upsertOrganization first");
          }
          return null;
        });
  }

  private <T> CompletionStage<Change<T>> audited(AsyncTransactionContext tx, AuditEntry entry, Instant at, T value) {
    return audit.append(tx, entry, at).thenApply(event -> new Change.Done<>(value));
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
