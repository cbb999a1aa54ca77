package enlace.graph.review;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import enlace.graph.service.ServiceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * What coordinators review: the open warnings of imports grouped by value, and the mappings that resolve them.
 * Mapping a value to a concept stores it in the region's vocabulary, applies it to every record whose warning
 * carries the value (a category or accepted document added to the service, with its search listings; an
 * accepted document to a vacancy; the kind of an organization) and closes those warnings, in one transaction.
 */
public final class Review {

  public static final Set<String> TOPICS = Set.of("category", "document", "organization-kind");

  private final Graph graph;
  private final AuditLog audit;

  public Review(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /** The open warnings of {@code region} grouped by kind and value, the groups with most records first. */
  public CompletionStage<List<WarningGroup>> groups(String region, int first) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (w:ImportWarning {region: $region, status: 'open'})
            WITH w.kind AS kind, w.topic AS topic, w.key AS key, collect(w) AS ws
            WITH kind, topic, key, ws,
                 size(reduce(t = [], w IN ws | CASE WHEN w.target IN t THEN t ELSE t + w.target END)) AS records
            RETURN kind, topic, key, ws[0].field AS field, ws[0].value AS value, ws[0].messageEs AS es,
                   ws[0].messageEn AS en, records,
                   reduce(s = [], w IN ws | CASE WHEN w.source IN s THEN s ELSE s + w.source END) AS sources
            ORDER BY records DESC, size(sources) DESC, value
            LIMIT $first
            """, Map.of("region", region, "first", first))
        .thenCompose(c -> c.listAsync(r -> new WarningGroup(r.get("kind").asString(), r.get("topic").asString(null),
            r.get("field").asString(""), r.get("key").asString(""), r.get("value").asString(""),
            r.get("records").asInt(), r.get("sources").asList(Value::asString), r.get("es").asString(""),
            r.get("en").asString("")))));
  }

  /** The values {@code region} has mapped, by topic and value. */
  public CompletionStage<List<StoredMapping>> mappings(String region) {
    return graph.read(tx -> tx.runAsync("""
            MATCH (m:ValueMapping {region: $region})
            RETURN m ORDER BY m.topic, m.key
            """, Map.of("region", region))
        .thenCompose(c -> c.listAsync(r -> mapping(r.get("m")))));
  }

  /**
   * Maps {@code value} (folded to {@code key}) of {@code topic} to {@code concept} for {@code region}, and
   * applies it. Returns how many records it changed.
   */
  public CompletionStage<Integer> map(String region, String topic, String key, String value, String concept,
      AuditEntry entry, Instant at) {
    if (!TOPICS.contains(topic)) {
      throw new IllegalArgumentException("only values of " + TOPICS + " are mapped to concepts, got " + topic);
    }
    return graph.write(tx -> tx.runAsync("""
            MERGE (m:ValueMapping {id: $region + '|' + $topic + '|' + $key})
            SET m.region = $region, m.topic = $topic, m.key = $key, m.value = $value, m.concept = $concept,
                m.mappedBy = $by, m.mappedAt = $at
            WITH m
            MATCH (w:ImportWarning {region: $region, status: 'open'})
            WHERE w.topic = $topic AND w.key = $key
            SET w.status = 'mapped', w.resolvedAt = $at, w.concept = $concept
            RETURN collect(DISTINCT [w.targetKind, w.target]) AS targets
            """, Map.of("region", region, "topic", topic, "key", key, "value", value, "concept", concept,
            "by", entry.actor(), "at", Records.toStore(at)))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(r -> {
          var targets = r.get("targets").asList(v -> List.of(v.get(0).asString(""), v.get(1).asString()));
          return apply(tx, topic, concept, targets)
              .thenCompose(n -> audit.append(tx, entry, at).thenApply(event -> n));
        }));
  }

  private static CompletionStage<Integer> apply(AsyncTransactionContext tx, String topic, String concept,
      List<List<String>> targets) {
    var services = targets.stream().filter(t -> t.get(0).equals("service")).map(t -> t.get(1)).toList();
    var vacancies = targets.stream().filter(t -> t.get(0).equals("vacancy")).map(t -> t.get(1)).toList();
    var organizations = targets.stream().filter(t -> t.get(0).equals("organization")).map(t -> t.get(1)).toList();
    if (topic.equals("organization-kind")) {
      return tx.runAsync("""
              UNWIND $ids AS id
              MATCH (o:Organization {id: id})
              SET o.kind = $concept
              RETURN count(o) AS n
              """, Map.of("ids", organizations, "concept", concept))
          .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asInt());
    }
    boolean category = topic.equals("category");
    CompletionStage<Integer> onServices = services.isEmpty() ? CompletableFuture.completedFuture(0)
        : ServiceRepository.listed(tx, services).thenCompose(listed -> {
          var changed = listed.stream().map(l -> new enlace.graph.service.ListedService(
              l.service().withConcept(concept, category), l.locations())).toList();
          return ServiceRepository.upsert(tx, changed).thenApply(v -> changed.size());
        });
    return onServices.thenCompose(n -> category || vacancies.isEmpty() ? CompletableFuture.completedFuture(n)
        : tx.runAsync("""
                UNWIND $ids AS id
                MATCH (v:Vacancy {id: id})
                SET v.acceptedDocuments = CASE WHEN $concept IN v.acceptedDocuments THEN v.acceptedDocuments
                                          ELSE coalesce(v.acceptedDocuments, []) + $concept END
                RETURN count(v) AS n
                """, Map.of("ids", vacancies, "concept", concept))
            .thenCompose(c -> c.singleAsync()).thenApply(r -> n + r.get("n").asInt()));
  }

  private static StoredMapping mapping(Value value) {
    var n = value.asNode();
    return new StoredMapping(n.get("region").asString(), n.get("topic").asString(), n.get("key").asString(),
        n.get("value").asString(), n.get("concept").asString(), n.get("mappedBy").asString(null),
        Records.instant(n.get("mappedAt")));
  }
}
