package enlace.graph.vacancy;

import enlace.graph.Change;
import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.audit.AuditLog;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Employers post their own vacancies and close them. A closed vacancy stays, with the moment it closed
 * as its expiry, for history. Each change checks ownership and appends its audit event in one transaction.
 */
public final class VacancyChanges {

  private final Graph graph;
  private final AuditLog audit;

  public VacancyChanges(Graph graph) {
    this.graph = graph;
    this.audit = new AuditLog(graph);
  }

  /**
   * Posts a vacancy of {@code owner}, or replaces one it posted before under the same id, which keeps its
   * first posting time, home region and source. The organization and the municipality must exist.
   */
  public CompletionStage<Change<Vacancy>> post(Vacancy vacancy, String owner, Instant at, AuditEntry entry) {
    if (!vacancy.organizationId().equals(owner)) {
      return done(new Change.NotOwned<>(vacancy.id()));
    }
    var props = VacancyRepository.row(vacancy);
    var firstPost = new HashMap<String, Object>();
    for (var kept : List.of("postedAt", "region", "source")) {
      firstPost.put(kept, props.remove(kept));
    }
    var row = Map.<String, Object>of("props", props, "created", firstPost);
    return graph.write(tx -> owned(tx, vacancy.id(), owner).thenCompose(found -> switch (found) {
      case Change.NotOwned<Vacancy> foreign -> done(foreign);
      case Change.Done<Vacancy> stored -> write(tx, row, at, entry);
      case Change.NotFound<Vacancy> created -> write(tx, row, at, entry);
    }));
  }

  /** Closes a vacancy of {@code owner} now; one that already expired keeps its expiry. */
  public CompletionStage<Change<Vacancy>> close(String vacancyId, String owner, Instant at, AuditEntry entry) {
    return graph.write(tx -> owned(tx, vacancyId, owner).thenCompose(found -> switch (found) {
      case Change.NotFound<Vacancy> missing -> done(missing);
      case Change.NotOwned<Vacancy> foreign -> done(foreign);
      case Change.Done<Vacancy> stored -> tx.runAsync("""
              MATCH (v:Vacancy {id: $id})
              SET v.expiresAt = CASE WHEN v.expiresAt <= $at THEN v.expiresAt ELSE $at END
              RETURN v
              """, Map.of("id", vacancyId, "at", Records.toStore(at)))
          .thenCompose(c -> c.singleAsync())
          .thenCompose(r -> audited(tx, entry, at, VacancyRepository.fromNode(r.get("v"))));
    }));
  }

  private CompletionStage<Change<Vacancy>> write(AsyncTransactionContext tx, Map<String, Object> row, Instant at,
      AuditEntry entry) {
    return tx.runAsync("""
            MATCH (o:Organization {id: $props.organization})
            MATCH (m:Municipality {code: $props.municipality})
            MERGE (v:Vacancy {id: $props.id})
              ON CREATE SET v += $created
            SET v += $props
            MERGE (o)-[:OFFERS]->(v)
            WITH v, m
            CALL (v) {
              OPTIONAL MATCH (v)-[old:IN]->(:Municipality)
              DELETE old
            }
            MERGE (v)-[:IN]->(m)
            RETURN v
            """, row)
        .thenCompose(c -> c.listAsync(r -> VacancyRepository.fromNode(r.get("v"))))
        .thenCompose(written -> {
          if (written.isEmpty()) {
            throw new IllegalArgumentException(
                "the vacancy names an organization or a municipality that does not exist");
          }
          return audited(tx, entry, at, written.getFirst());
        });
  }

  private static CompletionStage<Change<Vacancy>> owned(AsyncTransactionContext tx, String vacancyId, String owner) {
    return tx.runAsync("OPTIONAL MATCH (v:Vacancy {id: $id}) RETURN v", Map.of("id", vacancyId))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> {
          if (r.get("v").isNull()) {
            return new Change.NotFound<>(vacancyId);
          }
          var stored = VacancyRepository.fromNode(r.get("v"));
          return stored.organizationId().equals(owner) ? new Change.Done<>(stored) : new Change.NotOwned<>(vacancyId);
        });
  }

  private <T> CompletionStage<Change<T>> audited(AsyncTransactionContext tx, AuditEntry entry, Instant at, T value) {
    return audit.append(tx, entry, at).thenApply(event -> new Change.Done<>(value));
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
