package enlace.graph.organization;

import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/**
 * Organizations, read in batches for nested GraphQL fields, written in batches by imports and one at a
 * time by the organization itself.
 */
public final class OrganizationRepository {

  private final Graph graph;
  private final AuditLog audit;

  public OrganizationRepository(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  public CompletionStage<Integer> upsertAll(List<Organization> organizations) {
    var rows = organizations.stream().map(OrganizationRepository::row).toList();
    return graph.writeBatch(tx -> tx.runAsync("""
        UNWIND $rows AS row
        MERGE (o:Organization {id: row.id})
        SET o += row
        """, Map.of("rows", rows)).thenCompose(c -> c.consumeAsync()).thenApply(s -> rows.size()));
  }

  /**
   * Creates or replaces an organization on its own behalf: {@code owner} must be the organization itself.
   * Its home region, source and verification stay as stored; the audit event commits with the change.
   */
  public CompletionStage<Change<Organization>> upsert(Organization organization, String owner, Instant at,
      AuditEntry entry) {
    if (!organization.id().equals(owner)) {
      return CompletableFuture.completedFuture(new Change.NotOwned<>(organization.id()));
    }
    var props = row(organization);
    props.keySet().removeAll(List.of("region", "source", "verifiedAt"));
    var params = new HashMap<String, Object>(Map.of("id", organization.id(), "region", organization.region(),
        "props", props));
    params.put("source", organization.source());
    return graph.write(tx -> tx.runAsync("""
            MERGE (o:Organization {id: $id})
              ON CREATE SET o.region = $region, o.source = $source
            SET o += $props
            RETURN o
            """, params)
        .thenCompose(c -> c.singleAsync())
        .thenCompose(r -> audit.append(tx, entry, at)
            .thenApply(event -> (Change<Organization>) new Change.Done<>(fromNode(r.get("o"))))));
  }

  public CompletionStage<Long> count() {
    return graph.read(tx -> tx.runAsync("MATCH (o:Organization) RETURN count(o) AS n", Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").asLong()));
  }

  public CompletionStage<Optional<Organization>> byId(String id) {
    return byIds(List.of(id)).thenApply(found -> Optional.ofNullable(found.get(id)));
  }

  public CompletionStage<Map<String, Organization>> byIds(Collection<String> ids) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (o:Organization) WHERE o.id IN $ids
        RETURN o
        """, Map.of("ids", List.copyOf(ids))).thenCompose(c -> c.listAsync(r -> fromNode(r.get("o")))))
        .thenApply(list -> list.stream().collect(Collectors.toMap(Organization::id, Function.identity())));
  }

  public static Map<String, Object> row(Organization o) {
    var row = new HashMap<String, Object>();
    row.put("id", o.id());
    row.put("region", o.region());
    row.put("name", o.name());
    row.put("kind", o.kind());
    row.put("description", o.description());
    row.put("website", o.website());
    row.put("email", o.email());
    row.put("phone", o.phone());
    row.put("verifiedAt", Records.toStore(o.verifiedAt()));
    row.put("source", o.source());
    return row;
  }

  public static Organization fromNode(Value value) {
    var n = value.asNode();
    return new Organization(
        n.get("id").asString(),
        n.get("region").asString(),
        n.get("name").asString(),
        n.get("kind").asString(),
        n.get("description").asString(null),
        n.get("website").asString(null),
        n.get("email").asString(null),
        n.get("phone").asString(null),
        Records.instant(n.get("verifiedAt")),
        n.get("source").asString(null));
  }
}
