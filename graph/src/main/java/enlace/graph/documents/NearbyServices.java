package enlace.graph.documents;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.geo.GeoPoint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Active, public services within a radius of a point, nearest first, each at its nearest location: one Cypher
 * round trip over the location point index. Confidential services are left out, as a public page must.
 */
public final class NearbyServices {

  private final Graph graph;

  public NearbyServices(Graph graph) {
    this.graph = graph;
  }

  public CompletionStage<List<NearbyService>> near(GeoPoint center, double radiusKm, int limit) {
    if (!(radiusKm > 0) || limit < 1) {
      throw new IllegalArgumentException("radiusKm must be positive and limit at least 1");
    }
    return graph.read(tx -> tx.runAsync("""
            MATCH (l:Location)
            WHERE point.distance(l.point, $center) <= $radius
            MATCH (s:Service)-[:AT]->(l)
            WHERE s.status = 'ACTIVE' AND NOT coalesce(s.confidential, false)
            WITH s, l, point.distance(l.point, $center) AS d ORDER BY d
            WITH s, head(collect({l: l, d: d})) AS nearest
            WITH s, nearest.l AS l, nearest.d AS d ORDER BY d, s.id LIMIT $limit
            OPTIONAL MATCH (o:Organization {id: s.organization})
            RETURN s.id AS id, s.name AS name, coalesce(o.name, s.organization) AS organization,
                   s.categories AS categories, s.acceptedDocuments AS documents, l.address AS address,
                   l.municipality AS municipality, d
            ORDER BY d, id
            """, Map.of("center", Records.toStore(center), "radius", radiusKm * 1000, "limit", limit))
        .thenCompose(c -> c.listAsync(r -> new NearbyService(r.get("id").asString(), r.get("name").asString(),
            r.get("organization").asString(null), Records.strings(r.get("categories")),
            Records.strings(r.get("documents")), r.get("address").asString(null),
            r.get("municipality").asString(null), r.get("d").asDouble() / 1000))));
  }
}
