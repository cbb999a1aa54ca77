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
 * when the ring already holds more hits than the page needs. The first ring is small (5 km); when it
 * falls short, the next one is sized from the density it saw, so a dense city answers from a few hundred
 * candidates, and where the whole radius should hold few hits the search asks for it at once. With
 * categories, the query range-seeks the listing index by (category, run of grid cells in a row), so the
 * index sees the category; candidates are sorted by distance first, and only the nearest are looked up,
 * filtered and returned.
 */
public final class ServiceSearch {

  /** The first ring, unless the cursor is already beyond it. */
  static final double FIRST_RING_KM = 5;
  /** A ring is sized for this many times the hits a page needs, so a third ring is rarely needed. */
  private static final double HEADROOM = 4;
  /** When the whole radius should hold no more hits than this, it is cheaper to ask it at once. */
  private static final double CHEAP_RING_HITS = 400;
  /** A ring this close to the radius might as well be the radius. */
  private static final double WHOLE_RADIUS_SHARE = 0.7;

  private final Graph graph;

  public ServiceSearch(Graph graph) {
    this.graph = graph;
  }

  public CompletionStage<SearchPage> search(ServiceQuery query) {
    return ring(query, firstRingKm(query));
  }

  private CompletionStage<SearchPage> ring(ServiceQuery query, double radiusKm) {
    boolean last = radiusKm >= query.radiusKm();
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
          return ring(query, nextRingKm(query, radiusKm, hits.size()));
        });
  }

  private static double afterKm(ServiceQuery query) {
    return query.after().map(c -> c.distanceMeters() / 1000).orElse(0.0);
  }

  /** The whole radius for text searches (the text index does not narrow by place), else a small ring. */
  static double firstRingKm(ServiceQuery query) {
    if (query.text().isPresent()) {
      return query.radiusKm();
    }
    return wholeIfClose(query, Math.max(FIRST_RING_KM, afterKm(query) * 1.2));
  }

  /**
   * After a ring of {@code radiusKm} held only {@code found} hits (past the cursor): the whole radius if,
   * at the density seen, it should hold at most {@link #CHEAP_RING_HITS} hits (none seen included); else a
   * ring with room for {@link #HEADROOM} pages at that density, at least twice as wide.
   */
  static double nextRingKm(ServiceQuery query, double radiusKm, int found) {
    double after = afterKm(query);
    double area = radiusKm * radiusKm - after * after;
    double whole = query.radiusKm() * query.radiusKm() - after * after;
    if (found * whole / area <= CHEAP_RING_HITS) {
      return query.radiusKm();
    }
    double wanted = area * HEADROOM * (query.first() + 1) / found;
    return wholeIfClose(query, Math.max(radiusKm * 2, Math.sqrt(after * after + wanted)));
  }

  private static double wholeIfClose(ServiceQuery query, double radiusKm) {
    return radiusKm >= query.radiusKm() * WHOLE_RADIUS_SHARE ? query.radiusKm() : radiusKm;
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
    // Every parameter keeps its type whatever the search asks (an empty list, never null): Neo4j caches a
    // plan per statement and parameter types, so a search without documents reuses the plan of one with.
    p.put("documents", List.copyOf(query.documents()));
    p.put("languages", List.copyOf(query.languages()));
    p.put("anyTime", query.openAt().isEmpty());
    p.put("openAt", query.openAt().map(i -> i.toEpochMilli()).orElse(0L));
    p.put("hasCapacity", query.hasCapacity());
    p.put("text", query.text().map(ServiceSearch::luceneQuery).orElse(""));
    p.put("afterD", query.after().map(SearchCursor::distanceMeters).orElse(-1.0));
    p.put("afterKey", query.after().map(SearchCursor::siteKey).orElse(""));
    p.put("limit", query.first() + 1);
    if (!query.categories().isEmpty() && query.text().isEmpty()) {
      var grid = GridCells.forRadiusKm(radiusKm);
      var ranges = new ArrayList<List<String>>();
      for (var cells : grid.seeksCovering(query.center(), radiusKm)) {
        for (var category : query.categories()) {
          ranges.add(List.of(category + "|" + cells.from(), category + "|" + cells.to()));
        }
      }
      p.put("ranges", ranges);
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

  // Each source yields (sid, lid, d) in distance order, so only the nearest candidates are ever looked up.

  private static final String FINE_LISTINGS = """
      UNWIND $ranges AS range
      MATCH (li:Listing) WHERE range[0] <= li.fine <= range[1]
      WITH li, point.distance(li.point, $center) AS d
      WHERE $afterD <= d <= $radius
      WITH li, d ORDER BY d
      WITH li.service AS sid, li.location AS lid, d
      """;

  private static final String COARSE_LISTINGS = """
      UNWIND $ranges AS range
      MATCH (li:Listing) WHERE range[0] <= li.coarse <= range[1]
      WITH li, point.distance(li.point, $center) AS d
      WHERE $afterD <= d <= $radius
      WITH li, d ORDER BY d
      WITH li.service AS sid, li.location AS lid, d
      """;

  private static final String LOCATIONS = """
      MATCH (l:Location)
      WHERE point.distance(l.point, $center) <= $radius
      WITH l, point.distance(l.point, $center) AS d
      WHERE d >= $afterD
      WITH l, d ORDER BY d
      MATCH (s:Service)-[:AT]->(l)
      WITH s.id AS sid, l.id AS lid, d
      """;

  private static final String TEXT_CANDIDATES = """
      CALL db.index.fulltext.queryNodes('directory_text', $text) YIELD node
      UNWIND CASE WHEN node:Service THEN [node] ELSE [(node)-[:PROVIDES]->(x:Service) | x] END AS s
      MATCH (s)-[:AT]->(l:Location)
      WITH s, l, point.distance(l.point, $center) AS d
      WHERE $afterD <= d <= $radius AND ($anyCategory OR any(c IN s.categories WHERE c IN $categories))
      WITH s.id AS sid, l.id AS lid, d ORDER BY d
      """;

  private static final String FILTER_AND_PAGE = """
      WITH DISTINCT sid, lid, d
      WITH sid, lid, d, sid + '|' + lid AS site
      WHERE d > $afterD OR (d = $afterD AND site > $afterKey)
      MATCH (s:Service {id: sid})
      WHERE s.status = 'ACTIVE'
        AND (size($documents) = 0 OR size(s.acceptedDocuments) = 0
             OR any(x IN s.acceptedDocuments WHERE x IN $documents))
        AND (size($languages) = 0 OR any(x IN s.languages WHERE x IN $languages))
        AND (NOT $hasCapacity OR s.capacityTotal IS NULL OR s.capacityAvailable > 0)
      WITH s, lid, d, site, CASE WHEN $anyTime THEN null
           ELSE datetime({datetime: datetime({epochMillis: $openAt}), timezone: s.timezone}) END AS local
      WHERE local IS NULL OR any(h IN s.hours WHERE toInteger(left(h, 1)) = local.dayOfWeek
            AND toInteger(substring(h, 2, 4)) <= local.hour * 60 + local.minute < toInteger(substring(h, 7, 4)))
      WITH s, lid, d, site ORDER BY d, site LIMIT $limit
      WITH s, lid, d, site, [(s)-[:AT]->(x:Location) | x] AS places
      RETURN s, [x IN places WHERE x.id = lid][0] AS l, d, [x IN places | x.id] AS locations
      ORDER BY d, site
      """;
}
