package enlace.graph.vacancy;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.municipality.MunicipalityCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/** Vacancies employers offer, linked to their organization and municipality. */
public final class VacancyRepository {

  private final Graph graph;

  public VacancyRepository(Graph graph) {
    this.graph = graph;
  }

  public CompletionStage<Integer> upsertAll(List<Vacancy> vacancies) {
    return graph.writeBatch(tx -> upsert(tx, vacancies));
  }

  /**
   * Creates or replaces vacancies inside the caller's transaction, each linked to its organization and
   * municipality, which must exist.
   */
  public static CompletionStage<Integer> upsert(AsyncTransactionContext tx, List<Vacancy> vacancies) {
    var rows = vacancies.stream().map(VacancyRepository::row).toList();
    return tx.runAsync("""
        UNWIND $rows AS row
        MATCH (o:Organization {id: row.organization})
        MATCH (m:Municipality {code: row.municipality})
        MERGE (v:Vacancy {id: row.id})
        SET v += row
        MERGE (o)-[:OFFERS]->(v)
        WITH v, m
        CALL (v) {
          OPTIONAL MATCH (v)-[old:IN]->(:Municipality)
          DELETE old
        }
        MERGE (v)-[:IN]->(m)
        RETURN count(v) AS written
        """, Map.of("rows", rows))
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> {
          int written = r.get("written").asInt();
          if (written != rows.size()) {
            throw new IllegalArgumentException(
                (rows.size() - written) + " vacancies name an unknown organization or municipality");
          }
          return written;
        });
  }

  public CompletionStage<Map<String, Vacancy>> byIds(Collection<String> ids) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (v:Vacancy) WHERE v.id IN $ids
        RETURN v
        """, Map.of("ids", List.copyOf(ids))).thenCompose(c -> c.listAsync(r -> fromNode(r.get("v")))))
        .thenApply(list -> {
          var out = new LinkedHashMap<String, Vacancy>();
          list.forEach(v -> out.put(v.id(), v));
          return out;
        });
  }

  /** Vacancies of each organization, newest first. */
  public CompletionStage<Map<String, List<Vacancy>>> byOrganizations(Collection<String> organizationIds) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (o:Organization)-[:OFFERS]->(v:Vacancy) WHERE o.id IN $ids
        WITH o, v ORDER BY v.postedAt DESC, v.id
        RETURN o.id AS organization, collect(v) AS vacancies
        """, Map.of("ids", List.copyOf(organizationIds)))
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("organization").asString(),
            r.get("vacancies").asList(VacancyRepository::fromNode)))))
        .thenApply(entries -> {
          var out = new LinkedHashMap<String, List<Vacancy>>();
          entries.forEach(e -> out.put(e.getKey(), e.getValue()));
          return out;
        });
  }

  static Map<String, Object> row(Vacancy v) {
    var row = new HashMap<String, Object>();
    row.put("id", v.id());
    row.put("region", v.region());
    row.put("organization", v.organizationId());
    row.put("title", v.title());
    row.put("description", v.description());
    row.put("occupation", v.occupation());
    row.put("sector", v.sector());
    row.put("positions", v.positions());
    row.put("wage", v.wage());
    row.put("acceptedDocuments", v.acceptedDocuments());
    row.put("municipality", v.municipality().value());
    row.put("postedAt", Records.toStore(v.postedAt()));
    row.put("expiresAt", Records.toStore(v.expiresAt()));
    row.put("source", v.source());
    return row;
  }

  static Vacancy fromNode(Value value) {
    var n = value.asNode();
    return new Vacancy(
        n.get("id").asString(),
        n.get("region").asString(),
        n.get("organization").asString(),
        n.get("title").asString(),
        n.get("description").asString(null),
        n.get("occupation").asString(null),
        n.get("sector").asString(null),
        n.get("positions").asInt(),
        n.get("wage").asString(null),
        Records.strings(n.get("acceptedDocuments")),
        new MunicipalityCode(n.get("municipality").asString()),
        Records.instant(n.get("postedAt")),
        Records.instant(n.get("expiresAt")),
        n.get("source").asString(null));
  }
}
