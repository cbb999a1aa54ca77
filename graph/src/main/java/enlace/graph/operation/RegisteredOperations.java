package enlace.graph.operation;

import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The trusted documents of the node: operations partners' clients registered, stored once per document (its hash
 * names it whoever registered it) with the clients that registered it, shared by every instance of the region.
 */
public final class RegisteredOperations {

  private final Graph graph;
  private final AuditLog audit;

  public RegisteredOperations(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /** Registers {@code operations} for {@code client}, in one transaction with its audit entry; the count new to it. */
  public CompletionStage<Integer> register(String client, List<RegisteredOperation> operations, AuditEntry entry,
      Instant at) {
    var rows = operations.stream().map(o -> Map.<String, Object>of("hash", o.hash(), "name", o.name(),
        "type", o.type(), "body", o.body())).toList();
    return graph.write(tx -> tx.runAsync("""
            UNWIND $rows AS row
            MERGE (o:RegisteredOperation {hash: row.hash})
            ON CREATE SET o.body = row.body, o.name = row.name, o.type = row.type, o.registeredAt = $at,
                          o.clients = []
            WITH o, NOT $client IN o.clients AS added
            SET o.clients = CASE WHEN added THEN o.clients + $client ELSE o.clients END
            RETURN count(CASE WHEN added THEN 1 END) AS added
            """, Map.of("rows", rows, "client", client, "at", at.toString()))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(r -> audit.append(tx, entry, at).thenApply(e -> r.get("added").asInt())));
  }

  /** The document named {@code hash}, and whether {@code client} registered it (null: nobody asked). */
  public CompletionStage<Optional<Found>> find(String hash, String client) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (o:RegisteredOperation {hash: $hash})
            RETURN o.body AS body, $client IS NOT NULL AND $client IN o.clients AS own
            """, parameters(hash, client))
        .thenCompose(c -> c.listAsync(r -> new Found(r.get("body").asString(), r.get("own").asBoolean())))
        .thenApply(list -> list.stream().findFirst()));
  }

  /** The operations {@code client} registered, by name. */
  public CompletionStage<List<RegisteredOperation>> of(String client) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (o:RegisteredOperation) WHERE $client IN o.clients
            RETURN o ORDER BY o.name, o.hash
            """, Map.of("client", client))
        .thenCompose(c -> c.listAsync(r -> new RegisteredOperation(r.get("o").get("hash").asString(),
            r.get("o").get("name").asString(""), r.get("o").get("type").asString(""),
            r.get("o").get("body").asString()))));
  }

  /** A registered document and whether the asking client is among those that registered it. */
  public record Found(String body, boolean registeredByClient) {}

  private static Map<String, Object> parameters(String hash, String client) {
    var out = new HashMap<String, Object>();
    out.put("hash", hash);
    out.put("client", client);
    return out;
  }
}
