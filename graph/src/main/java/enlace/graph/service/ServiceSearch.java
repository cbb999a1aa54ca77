package enlace.graph.service;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.geo.GridCells;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;

/**
 * Nearest-first search in expanding rings. Each ring is one Cypher query that returns a finished page
 * when the ring already holds more hits than the page needs; only sparse areas need a wider ring. With
 * categories, the query seeks the listing index by (category, grid cell), so the index sees the category
 * and the distance sort only touches services of the wanted kinds.
 */
public final class ServiceSearch {

  private static final double[] RINGS_KM = {5, 25};

  private final Graph graph;

  public ServiceSearch(Graph graph) {
    this.graph = graph;
  }

  public CompletionStage<SearchPage> search(ServiceQuery query) {
    return ring(query, rings(query), 0);
  }

  private CompletionStage<SearchPage> ring(ServiceQuery query, List<Double> rings, int index) {
    double radiusKm = rings.get(index);
    boolean last = index == rings.size() - 1;
    return graph.read(tx -> tx.runAsync(cypher(query, radiusKm), parameters(query, radiusKm))
            .thenCompose(c -> c.listAsync(r -> new ServiceHit(
                ServiceRows.service(r.get("s"), r.get("locations").asList(Value::asString)),
                ServiceRows.location(r.get("l")),
                r.get("d").asDouble())))
        )
        .thenCompose(hits -> {
          boolean full = hits.size() > query.first();
          if (full || last) {
            return CompletableFuture.completedFuture(
                new SearchPage(full ? hits.subList(0, query.first()) : hits, full));
          }
          return ring(query, rings, index + 1);
        });
  }

  /** Ring radii up to the query's radius, skipping rings that end before the cursor. */
  static List<Double> rings(ServiceQuery query) {
    double afterKm = query.after().map(c -> c.distanceMeters() / 1000).orElse(0.0);
    var out = new ArrayList<Double>();
    for (double ring : RINGS_KM) {
      if (ring < query.radiusKm() && ring > afterKm * 1.2) {
        out.add(ring);
      }
    }
    out.add(query.radiusKm());
    return out;
  }

  private static String cypher(ServiceQuery query, double radiusKm) {
    String candidates;
    if (query.text().isPresent()) {
      candidates = TEXT_CANDIDATES;
    } else if (!query.categories().isEmpty()) {
      candidates = GridCells.forRadiusKm(radiusKm) == GridCells.FINE ? FINE_LISTINGS : COARSE_LISTINGS;
    } else {
      candidates = LOCATIONS;
    }
    return candidates + FILTER_AND_PAGE;
  }

  private static Map<String, Object> parameters(ServiceQuery query, double radiusKm) {
    var p = new HashMap<String, Object>();
    p.put("center", Records.toStore(query.center()));
    p.put("radius", radiusKm * 1000);
    p.put("categories", List.copyOf(query.categories()));
    p.put("anyCategory", query.categories().isEmpty());
    p.put("documents", query.documents().isEmpty() ? null : List.copyOf(query.documents()));
    p.put("languages", query.languages().isEmpty() ? null : List.copyOf(query.languages()));
    p.put("openAt", query.openAt().map(i -> i.toEpochMilli()).orElse(null));
    p.put("hasCapacity", query.hasCapacity());
    p.put("text", query.text().map(ServiceSearch::luceneQuery).orElse(null));
    p.put("afterD", query.after().map(SearchCursor::distanceMeters).orElse(-1.0));
    p.put("afterKey", query.after().map(SearchCursor::siteKey).orElse(""));
    p.put("limit", query.first() + 1);
    if (!query.categories().isEmpty() && query.text().isEmpty()) {
      var grid = GridCells.forRadiusKm(radiusKm);
      var keys = new ArrayList<String>();
      for (var cell : grid.cellsCovering(query.center(), radiusKm)) {
        for (var category : query.categories()) {
          keys.add(category + "|" + cell);
        }
      }
      p.put("keys", keys);
    }
    return p;
  }

  /** Every term must appear, each as a prefix; Lucene's syntax characters are taken literally. */
  static String luceneQuery(String text) {
    var terms = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    var out = new StringBuilder();
    for (var term : terms) {
      if (!term.isEmpty()) {
        out.append(out.isEmpty() ? "" : " AND ").append(term).append('*');
      }
    }
    return out.isEmpty() ? "*" : out.toString();
  }

  private static final String FINE_LISTINGS = """
      UNWIND $keys AS key
      MATCH (li:Listing {fine: key})
      WITH li.service AS sid, li.location AS lid, point.distance(li.point, $center) AS d
      WHERE d <= $radius
      """;

  private static final String COARSE_LISTINGS = """
      UNWIND $keys AS key
      MATCH (li:Listing {coarse: key})
      WITH li.service AS sid, li.location AS lid, point.distance(li.point, $center) AS d
      WHERE d <= $radius
      """;

  private static final String LOCATIONS = """
      MATCH (l:Location)
      WHERE point.distance(l.point, $center) <= $radius
      MATCH (s:Service)-[:AT]->(l)
      WITH s.id AS sid, l.id AS lid, point.distance(l.point, $center) AS d
      """;

  private static final String TEXT_CANDIDATES = """
      CALL db.index.fulltext.queryNodes('directory_text', $text) YIELD node
      UNWIND CASE WHEN node:Service THEN [node] ELSE [(node)-[:PROVIDES]->(x:Service) | x] END AS s
      MATCH (s)-[:AT]->(l:Location)
      WITH s, l, point.distance(l.point, $center) AS d
      WHERE d <= $radius AND ($anyCategory OR any(c IN s.categories WHERE c IN $categories))
      WITH s.id AS sid, l.id AS lid, d
      """;

  private static final String FILTER_AND_PAGE = """
      WITH DISTINCT sid, lid, d, sid + '|' + lid AS site
      WHERE d > $afterD OR (d = $afterD AND site > $afterKey)
      MATCH (s:Service {id: sid})
      WHERE s.status = 'ACTIVE'
        AND ($documents IS NULL OR size(s.acceptedDocuments) = 0
             OR any(x IN s.acceptedDocuments WHERE x IN $documents))
        AND ($languages IS NULL OR any(x IN s.languages WHERE x IN $languages))
        AND (NOT $hasCapacity OR s.capacityTotal IS NULL OR s.capacityAvailable > 0)
      WITH s, lid, d, site, CASE WHEN $openAt IS NULL THEN null
           ELSE datetime({datetime: datetime({epochMillis: $openAt}), timezone: s.timezone}) END AS local
      WHERE local IS NULL OR any(h IN s.hours WHERE toInteger(left(h, 1)) = local.dayOfWeek
            AND toInteger(substring(h, 2, 4)) <= local.hour * 60 + local.minute < toInteger(substring(h, 7, 4)))
      WITH s, lid, d, site ORDER BY d, site LIMIT $limit
      MATCH (l:Location {id: lid})
      RETURN s, l, d, [(s)-[:AT]->(x:Location) | x.id] AS locations
      ORDER BY d, site
      """;
}
