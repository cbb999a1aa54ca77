package enlace.graph.municipality;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.geo.GeoPoint;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Municipalities and regions: the geography every other record hangs from. */
public final class MunicipalityRepository {

  private final Graph graph;

  public MunicipalityRepository(Graph graph) {
    this.graph = graph;
  }

  /** Creates or updates municipalities in one transaction. */
  public CompletionStage<Integer> upsertAll(List<Municipality> municipalities) {
    var rows = municipalities.stream().map(MunicipalityRepository::row).toList();
    return graph.writeBatch(tx -> tx.runAsync("""
        UNWIND $rows AS row
        MERGE (m:Municipality {code: row.code})
        SET m.name = row.name, m.stateCode = row.stateCode, m.stateName = row.stateName,
            m.location = row.location, m.population = row.population
        """, Map.of("rows", rows)).thenCompose(c -> c.consumeAsync()).thenApply(s -> rows.size()));
  }

  /** Creates or updates regions and links each municipality of their states to them. */
  public CompletionStage<Void> upsertRegions(List<Region> regions) {
    var rows = regions.stream()
        .map(r -> Map.<String, Object>of("id", r.id(), "name", r.name(), "states", r.stateCodes()))
        .toList();
    return graph.writeBatch(tx -> tx.runAsync("""
        UNWIND $rows AS row
        MERGE (r:Region {id: row.id})
        SET r.name = row.name, r.states = row.states
        WITH r, row
        OPTIONAL MATCH (r)<-[old:IN_REGION]-(:Municipality)
        DELETE old
        WITH DISTINCT r, row
        MATCH (m:Municipality) WHERE m.stateCode IN row.states
        MERGE (m)-[:IN_REGION]->(r)
        """, Map.of("rows", rows)).thenCompose(c -> c.consumeAsync()).thenApply(s -> (Void) null));
  }

  public CompletionStage<Long> count() {
    return graph.read(tx -> tx.runAsync("MATCH (m:Municipality) RETURN count(m) AS n", Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").asLong()));
  }

  public CompletionStage<Optional<Municipality>> byCode(MunicipalityCode code) {
    return byCodes(List.of(code)).thenApply(found -> Optional.ofNullable(found.get(code)));
  }

  /** One round trip for many codes; the batched loader behind nested fields. */
  public CompletionStage<Map<MunicipalityCode, Municipality>> byCodes(Collection<MunicipalityCode> codes) {
    var values = codes.stream().map(MunicipalityCode::value).distinct().toList();
    return graph.read(tx -> tx.runAsync("""
        MATCH (m:Municipality) WHERE m.code IN $codes
        RETURN m
        """, Map.of("codes", values)).thenCompose(c -> c.listAsync(MunicipalityRepository::fromRecord)))
        .thenApply(list -> list.stream().collect(Collectors.toMap(Municipality::code, Function.identity())));
  }

  /** A page of municipalities ordered by code, optionally within one state, with the total count. */
  public CompletionStage<MunicipalityPage> page(Optional<String> stateCode, Optional<MunicipalityCode> after, int size) {
    var params = Map.<String, Object>of(
        "state", stateCode.orElse(""),
        "after", after.map(MunicipalityCode::value).orElse(""),
        "limit", size + 1);
    return graph.read(tx -> tx.runAsync("""
        CALL () {
          MATCH (m:Municipality) WHERE $state = '' OR m.stateCode = $state
          RETURN count(m) AS total
        }
        CALL (total) {
          MATCH (m:Municipality) WHERE ($state = '' OR m.stateCode = $state) AND m.code > $after
          RETURN m ORDER BY m.code LIMIT $limit
        }
        RETURN total, collect(m) AS page
        """, params).thenCompose(c -> c.singleAsync()).thenApply(r -> {
          var items = r.get("page").asList(v -> fromNode(v));
          boolean more = items.size() > size;
          return new MunicipalityPage(more ? items.subList(0, size) : items, more, r.get("total").asLong());
        }));
  }

  /** The municipality whose centroid is nearest to a point, for placing a coordinate. */
  public CompletionStage<Optional<Municipality>> nearest(GeoPoint point) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (m:Municipality)
        WHERE point.distance(m.location, $p) < 60000
        RETURN m ORDER BY point.distance(m.location, $p) LIMIT 1
        """, Map.of("p", Records.toStore(point)))
        .thenCompose(c -> c.listAsync(MunicipalityRepository::fromRecord)))
        .thenApply(list -> list.stream().findFirst());
  }

  public CompletionStage<List<Region>> regions() {
    return graph.read(tx -> tx.runAsync("MATCH (r:Region) RETURN r ORDER BY r.id", Map.of())
        .thenCompose(c -> c.listAsync(rec -> {
          var node = rec.get("r").asNode();
          return new Region(node.get("id").asString(), node.get("name").asString(),
              node.get("states").asList(Value::asString));
        })));
  }

  private static Map<String, Object> row(Municipality m) {
    var row = new java.util.HashMap<String, Object>();
    row.put("code", m.code().value());
    row.put("name", m.name());
    row.put("stateCode", m.stateCode());
    row.put("stateName", m.stateName());
    row.put("location", m.centroid() == null ? null : Records.toStore(m.centroid()));
    row.put("population", m.population());
    return row;
  }

  private static Municipality fromRecord(Record record) {
    return fromNode(record.get("m"));
  }

  static Municipality fromNode(Value value) {
    var node = value.asNode();
    return new Municipality(
        new MunicipalityCode(node.get("code").asString()),
        node.get("name").asString(),
        node.get("stateCode").asString(),
        node.get("stateName").asString(),
        node.get("location").isNull() ? null : Records.point(node.get("location")),
        node.get("population").isNull() ? null : node.get("population").asLong());
  }
}
