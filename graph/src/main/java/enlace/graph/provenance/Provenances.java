package enlace.graph.provenance;

import enlace.graph.Graph;
import enlace.graph.Records;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;

/** Where each record came from, and the local terms an import kept on services, read for exports. */
public final class Provenances {

  private final Graph graph;

  public Provenances(Graph graph) {
    this.graph = graph;
  }

  /** One source's word for a record. */
  public record Entry(String source, String recordId, Instant importedAt, Instant assuredAt, boolean merged) {}

  /** What an export needs beside the service itself. */
  public record Extras(List<Entry> provenance, List<String> localTerms) {}

  /** Service or vacancy ids in id order, a page after {@code after} (null: from the start). */
  public CompletionStage<List<String>> ids(String label, String after, int size) {
    if (!label.equals("Service") && !label.equals("Vacancy")) {
      throw new IllegalArgumentException("ids of services or vacancies only");
    }
    return graph.read(tx -> tx.runAsync("MATCH (n:" + label + ") WHERE n.id > $after RETURN n.id AS id ORDER BY id"
            + " LIMIT $size", Map.of("after", after == null ? "" : after, "size", size))
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString())));
  }

  public CompletionStage<Long> count(String label) {
    if (!label.equals("Service") && !label.equals("Vacancy") && !label.equals("Organization")) {
      throw new IllegalArgumentException("counts of services, vacancies or organizations only");
    }
    return graph.read(tx -> tx.runAsync("MATCH (n:" + label + ") RETURN count(n) AS n", Map.of())
        .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong()));
  }

  /** Ids of services, vacancies or organizations in id order, skipping the first {@code skip} (numbered pages). */
  public CompletionStage<List<String>> idsAt(String label, int skip, int size) {
    if (!label.equals("Service") && !label.equals("Vacancy") && !label.equals("Organization")) {
      throw new IllegalArgumentException("ids of services, vacancies or organizations only");
    }
    return graph.read(tx -> tx.runAsync("MATCH (n:" + label + ") RETURN n.id AS id ORDER BY id SKIP $skip LIMIT $size",
            Map.of("skip", skip, "size", size))
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString())));
  }

  /** Organization ids in id order, a page after {@code after}. */
  public CompletionStage<List<String>> organizationIds(String after, int size) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (o:Organization) WHERE o.id > $after RETURN o.id AS id ORDER BY id LIMIT $size
            """, Map.of("after", after == null ? "" : after, "size", size))
        .thenCompose(c -> c.listAsync(r -> r.get("id").asString())));
  }

  public CompletionStage<Map<String, Extras>> extras(Collection<String> ids) {
    return graph.read(tx -> tx.runAsync("""
            UNWIND $ids AS id
            OPTIONAL MATCH (s:Service {id: id})
            RETURN id, coalesce(s.localTermKeys, []) AS terms,
                   COLLECT { MATCH (p:Provenance {target: id}) RETURN p ORDER BY p.firstImportedAt, p.key } AS entries
            """, Map.of("ids", List.copyOf(ids)))
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("id").asString(), new Extras(
            r.get("entries").asList(Provenances::entry), Records.strings(r.get("terms")))))))
        .thenApply(list -> {
          var out = new HashMap<String, Extras>();
          list.forEach(e -> out.put(e.getKey(), e.getValue()));
          return out;
        });
  }

  private static Entry entry(Value value) {
    var p = value.asNode();
    return new Entry(p.get("source").asString(), p.get("recordId").asString(), Records.instant(p.get("importedAt")),
        Records.instant(p.get("assuredAt")), p.get("merged").asBoolean(false));
  }
}
