package enlace.graph.service;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.geo.GeoPoint;
import enlace.graph.geo.GridCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;

/**
 * The services that could answer a need: active, filed under one of the (already expanded) categories,
 * within a radius, nearest first. One Cypher round trip; the rules that rank and explain them (documents,
 * capacity, hours, language, household) run on the caller's side, so that near misses can be shown too.
 */
public final class ServiceCandidates {

  private final Graph graph;

  public ServiceCandidates(Graph graph) {
    this.graph = graph;
  }

  /** At most {@code limit} services (each at its nearest matching location) within {@code radiusKm}. */
  public CompletionStage<List<ServiceHit>> near(GeoPoint center, double radiusKm, Set<String> categories, int limit) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories: at least one");
    }
    var grid = GridCells.forRadiusKm(radiusKm);
    var ranges = new ArrayList<List<String>>();
    for (var cells : grid.rangesCovering(center, radiusKm)) {
      for (var category : categories) {
        ranges.add(List.of(category + "|" + cells.from(), category + "|" + cells.to()));
      }
    }
    var cell = grid == GridCells.FINE ? "fine" : "coarse";
    var cypher = "UNWIND $ranges AS range\nMATCH (li:Listing) WHERE range[0] <= li." + cell + " <= range[1]\n" + """
        WITH li.service AS sid, li.location AS lid, point.distance(li.point, $center) AS d
        WHERE d <= $radius
        WITH sid, min(d) AS d
        ORDER BY d, sid
        MATCH (s:Service {id: sid}) WHERE s.status = 'ACTIVE'
        WITH s, d LIMIT $limit
        WITH s, d, [(s)-[:AT]->(x:Location) | x] AS places
        RETURN s, d, [x IN places | x.id] AS locations,
               reduce(best = null, x IN places | CASE WHEN best IS NULL
                 OR point.distance(x.point, $center) < point.distance(best.point, $center) THEN x ELSE best END) AS l
        ORDER BY d, s.id
        """;
    return graph.read(tx -> tx.runAsync(cypher, Map.of("ranges", ranges, "center", Records.toStore(center),
            "radius", radiusKm * 1000, "limit", limit))
        .thenCompose(c -> c.listAsync(r -> new ServiceHit(
            ServiceRows.service(r.get("s"), r.get("locations").asList(Value::asString)),
            ServiceRows.location(r.get("l")),
            r.get("d").asDouble()))));
  }
}
