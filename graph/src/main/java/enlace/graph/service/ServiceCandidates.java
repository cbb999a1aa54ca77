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

  /** The nearest services of a need's categories, and the nearest of the categories that must come first. */
  public record Found(List<ServiceHit> near, List<ServiceHit> firstSteps) {

    public Found {
      near = List.copyOf(near);
      firstSteps = List.copyOf(firstSteps);
    }
  }

  private final Graph graph;

  public ServiceCandidates(Graph graph) {
    this.graph = graph;
  }

  /** At most {@code limit} services (each at its nearest matching location) within {@code radiusKm}. */
  public CompletionStage<List<ServiceHit>> near(GeoPoint center, double radiusKm, Set<String> categories, int limit) {
    return near(center, radiusKm, categories, limit, Set.of(), 0).thenApply(Found::near);
  }

  /**
   * As {@link #near(GeoPoint, double, Set, int)}, and in the same round trip the {@code firstLimit} nearest services
   * of {@code firstCategories} at any distance: what a person must be sent to before anything else (a child alone
   * goes to child protection, however far the region's office is).
   */
  public CompletionStage<Found> near(GeoPoint center, double radiusKm, Set<String> categories, int limit,
      Set<String> firstCategories, int firstLimit) {
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
    var anywhere = firstCategories.stream().map(c -> List.of(c + "|", c + "|\uffff")).toList();
    var cell = grid == GridCells.FINE ? "fine" : "coarse";
    var cypher = "CALL () {\nUNWIND $ranges AS range\nMATCH (li:Listing) WHERE range[0] <= li." + cell
        + " <= range[1]\n" + """
          WITH li.service AS sid, point.distance(li.point, $center) AS d
          WHERE d <= $radius
          WITH sid, min(d) AS d
          ORDER BY d, sid
          MATCH (s:Service {id: sid}) WHERE s.status = 'ACTIVE'
          RETURN s, d, false AS first LIMIT $limit
        UNION
          UNWIND $anywhere AS range
          MATCH (li:Listing) WHERE range[0] <= li.fine <= range[1]
          WITH li.service AS sid, min(point.distance(li.point, $center)) AS d
          ORDER BY d, sid
          MATCH (s:Service {id: sid}) WHERE s.status = 'ACTIVE'
          RETURN s, d, true AS first LIMIT $firstLimit
        }
        WITH s, d, first, [(s)-[:AT]->(x:Location) | x] AS places
        RETURN s, d, first, [x IN places | x.id] AS locations,
               reduce(best = null, x IN places | CASE WHEN best IS NULL
                 OR point.distance(x.point, $center) < point.distance(best.point, $center) THEN x ELSE best END) AS l
        ORDER BY d, s.id
        """;
    return graph.read(tx -> tx.runAsync(cypher, Map.of("ranges", ranges, "center", Records.toStore(center),
            "radius", radiusKm * 1000, "limit", limit, "anywhere", anywhere, "firstLimit", firstLimit))
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("first").asBoolean(), new ServiceHit(
            ServiceRows.service(r.get("s"), r.get("locations").asList(Value::asString)),
            ServiceRows.location(r.get("l")),
            r.get("d").asDouble()))))
        .thenApply(rows -> new Found(rows.stream().filter(e -> !e.getKey()).map(Map.Entry::getValue).toList(),
            rows.stream().filter(Map.Entry::getKey).map(Map.Entry::getValue).toList())));
  }
}
