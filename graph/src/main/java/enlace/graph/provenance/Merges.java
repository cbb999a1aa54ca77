package enlace.graph.provenance;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.service.ServiceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;

/**
 * Records that an import merged into a service another source had brought: a coordinator lists them and
 * may undo one, which makes the record a service of its own again. An undone merge is not redone by the
 * next import of the same record, because its provenance then points at its own service.
 */
public final class Merges {

  private final Graph graph;
  private final AuditLog audit;

  public Merges(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /** A record of one source filed under the service of another. */
  public record Merge(String key, String source, String recordId, String serviceId, String serviceName,
      Instant importedAt, String payload) {}

  /** The most recent merges first. */
  public CompletionStage<List<Merge>> list(int first) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (p:Provenance {merged: true})-[:DESCRIBES]->(s:Service)
            RETURN p, s.name AS name ORDER BY p.importedAt DESC, p.key LIMIT $first
            """, Map.of("first", first))
        .thenCompose(c -> c.listAsync(Merges::merge)));
  }

  public CompletionStage<Optional<Merge>> byKey(String key) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (p:Provenance {key: $key, merged: true})-[:DESCRIBES]->(s:Service)
            RETURN p, s.name AS name
            """, Map.of("key", key))
        .thenCompose(c -> c.listAsync(Merges::merge))
        .thenApply(list -> list.stream().findFirst()));
  }

  /**
   * Undoes a merge: {@code item} (rebuilt from the merge's payload) becomes its own service and the
   * provenance points at it. False when the merge is not there (any more).
   */
  public CompletionStage<Boolean> separate(String key, ImportItem item, Instant at, AuditEntry entry) {
    if (item.service() == null || !item.key().equals(key)) {
      throw new IllegalArgumentException("only a merged service record can be separated again");
    }
    return graph.write(tx -> tx.runAsync("MATCH (p:Provenance {key: $key, merged: true}) RETURN p.target AS target",
            Map.of("key", key))
        .thenCompose(c -> c.listAsync(r -> r.get("target").asString()))
        .thenCompose(found -> {
          if (found.isEmpty()) {
            return CompletableFuture.completedFuture(false);
          }
          var organization = item.organization();
          var row = ImportBatch.provenanceRow(item, item.id(), false, false);
          @SuppressWarnings("unchecked")
          var props = (Map<String, Object>) row.get("props");
          var kept = new java.util.HashMap<>(props);
          kept.put("keptApartFrom", found.getFirst());
          return ImportBatch.run(tx, """
                  UNWIND $rows AS row
                  MERGE (o:Organization {id: row.id})
                    ON CREATE SET o.name = row.name, o.kind = row.kind, o.region = row.region, o.source = row.source
                  """, List.of(Map.of("id", organization.id(), "name", organization.name(), "kind", organization.kind(),
                  "region", organization.region(), "source", String.valueOf(organization.source()))))
              .thenCompose(v -> ServiceRepository.upsert(tx, List.of(item.service())))
              .thenCompose(v -> ImportBatch.run(tx, """
                  UNWIND $rows AS row
                  MATCH (s:Service {id: row.id})
                  SET s.localTermKeys = row.keys, s.localTerms = row.text
                  """, List.of(Map.of("id", item.id(), "keys", item.localTerms(),
                  "text", item.localTermsText() == null ? "" : item.localTermsText()))))
              .thenCompose(v -> ImportBatch.writeProvenance(tx, List.of(Map.of("key", key, "props", kept)), at))
              .thenCompose(v -> audit.append(tx, entry, at))
              .thenApply(event -> true);
        }));
  }

  private static Merge merge(Record r) {
    var p = r.get("p").asNode();
    return new Merge(p.get("key").asString(), p.get("source").asString(), p.get("recordId").asString(),
        p.get("target").asString(), r.get("name").asString(), Records.instant(p.get("importedAt")),
        p.get("payload").asString(null));
  }
}
