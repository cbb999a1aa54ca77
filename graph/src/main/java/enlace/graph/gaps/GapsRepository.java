package enlace.graph.gaps;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.geo.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Reads what the gaps of a region are made of in six queries, each aggregating over the whole region at
 * once (never a query per municipality), and ranks them with {@link GapsReport}. After the municipalities,
 * the heavy three (supply, service points, stale services) run side by side in read transactions of their
 * own; the figures are aggregates, so their snapshots may differ by the writes of those milliseconds.
 */
public final class GapsRepository {

  private final Graph graph;

  public GapsRepository(Graph graph) {
    this.graph = graph;
  }

  public CompletionStage<Gaps> gaps(GapsQuery query) {
    var p = parameters(query);
    return graph.read(tx -> municipalities(tx, p)).thenCompose(places -> {
      p.putAll(box(places, query.radiusKm()));
      var listed = graph.read(tx -> listings(tx, p)).toCompletableFuture();
      var stale = graph.read(tx -> stale(tx, p)).toCompletableFuture();
      var small = graph.read(tx -> dams(tx, p).thenCompose(dams -> employers(tx, p).thenCompose(employers ->
          referrals(tx, p).thenApply(referrals -> new Small(dams, employers, referrals))))).toCompletableFuture();
      return CompletableFuture.allOf(listed, stale, small).thenApply(done -> new RegionFacts(places,
          small.join().dams(), supply(query, listed.join()), small.join().employers(), small.join().referrals(),
          points(listed.join()), stale.join().items(), stale.join().total()));
    }).thenApply(facts -> GapsReport.of(query, facts));
  }

  private static Map<String, Object> parameters(GapsQuery query) {
    var p = new HashMap<String, Object>();
    p.put("states", query.stateCodes());
    p.put("concepts", query.allConcepts());
    p.put("ranges", query.allConcepts().stream().map(c -> List.of(c + "|", c + "|~")).toList());
    p.put("damKind", query.damKind());
    p.put("documents", List.copyOf(query.workDocuments()));
    p.put("now", Records.toStore(query.now()));
    p.put("staleBefore", Records.toStore(query.staleBefore()));
    p.put("limit", query.listLimit());
    return p;
  }

  /** The box around the region's centroids, widened by the radius: services beyond it cannot be nearest. */
  private static Map<String, Object> box(List<RegionFacts.Place> places, double radiusKm) {
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (var place : places) {
      if (place.centroid() != null) {
        minLat = Math.min(minLat, place.centroid().latitude());
        maxLat = Math.max(maxLat, place.centroid().latitude());
        minLon = Math.min(minLon, place.centroid().longitude());
        maxLon = Math.max(maxLon, place.centroid().longitude());
      }
    }
    if (minLat > maxLat) {
      minLat = maxLat = minLon = maxLon = 0;
    }
    double dLat = radiusKm / 110.5;
    double widest = Math.max(Math.abs(minLat), Math.abs(maxLat)) + dLat;
    double dLon = radiusKm / (111.32 * Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, widest)))));
    return Map.of(
        "sw", Records.toStore(new GeoPoint(Math.max(-90, minLat - dLat), Math.max(-180, minLon - dLon))),
        "ne", Records.toStore(new GeoPoint(Math.min(90, maxLat + dLat), Math.min(180, maxLon + dLon))));
  }

  private static CompletionStage<List<RegionFacts.Place>> municipalities(AsyncTransactionContext tx,
      Map<String, Object> p) {
    return tx.runAsync("""
        MATCH (m:Municipality) WHERE m.stateCode IN $states
        RETURN m.code AS code, m.name AS name, m.stateCode AS stateCode, m.stateName AS stateName,
               m.location AS point, m.population AS population
        ORDER BY code
        """, p).thenCompose(c -> c.listAsync(r -> new RegionFacts.Place(r.get("code").asString(),
        r.get("name").asString(), r.get("stateCode").asString(), r.get("stateName").asString(),
        r.get("point").isNull() ? null : Records.point(r.get("point")),
        r.get("population").isNull() ? null : r.get("population").asLong())));
  }

  private record Small(Set<String> dams, Map<String, int[]> employers, List<RegionFacts.ReferralFact> referrals) {}

  private static CompletionStage<Set<String>> dams(AsyncTransactionContext tx, Map<String, Object> p) {
    return tx.runAsync("""
        MATCH (o:Organization {kind: $damKind})-[:PROVIDES]->(s:Service)-[:AT]->(:Location)-[:IN]->(m:Municipality)
        WHERE s.status = 'ACTIVE' AND m.stateCode IN $states
        RETURN DISTINCT m.code AS code
        """, p).thenCompose(c -> c.listAsync(r -> r.get("code").asString())).thenApply(Set::copyOf);
  }

  private static CompletionStage<Map<String, int[]>> employers(AsyncTransactionContext tx, Map<String, Object> p) {
    return tx.runAsync("""
        MATCH (m:Municipality) WHERE m.stateCode IN $states
        MATCH (m)<-[:IN]-(v:Vacancy)
        WHERE (v.expiresAt IS NULL OR v.expiresAt > $now) AND any(d IN v.acceptedDocuments WHERE d IN $documents)
        RETURN m.code AS code, count(DISTINCT v.organization) AS employers, count(v) AS vacancies
        """, p).thenCompose(c -> c.listAsync(r -> r)).thenApply(rows -> {
          var out = new HashMap<String, int[]>();
          rows.forEach(r -> out.put(r.get("code").asString(),
              new int[] {r.get("employers").asInt(), r.get("vacancies").asInt()}));
          return out;
        });
  }

  private static CompletionStage<List<RegionFacts.ReferralFact>> referrals(AsyncTransactionContext tx,
      Map<String, Object> p) {
    return tx.runAsync("""
        MATCH (r:Referral)
        WHERE substring(r.municipality, 0, 2) IN $states AND any(n IN r.needs WHERE n IN $concepts)
        CALL (r) {
          OPTIONAL MATCH (r)-[:EVENT]->(e:ReferralEvent {to: 'accepted'})
          RETURN min(e.at) AS acceptedAt
        }
        RETURN r.municipality AS code, r.needs AS needs, r.status AS status, r.rejectReason AS reason,
               r.createdAt AS createdAt, acceptedAt
        """, p).thenCompose(c -> c.listAsync(r -> new RegionFacts.ReferralFact(r.get("code").asString(),
        r.get("needs").asList(Value::asString), r.get("status").asString(), r.get("reason").asString(null),
        Records.instant(r.get("createdAt")), Records.instant(r.get("acceptedAt")))));
  }

  /** An active service listed under an asked concept: where it is ranked, in which municipality, its places. */
  private record Listed(String concept, String service, String municipality, GeoPoint point, Integer total,
      Integer available) {}

  /** The listings of the asked concepts within the widened box, from the listing index, active services only. */
  private static CompletionStage<List<Listed>> listings(AsyncTransactionContext tx, Map<String, Object> p) {
    return tx.runAsync("""
        UNWIND $ranges AS range
        MATCH (li:Listing) WHERE range[0] <= li.coarse <= range[1] AND point.withinBBox(li.point, $sw, $ne)
        WITH li.service AS sid, li.location AS lid, li.point AS point, split(li.coarse, '|')[0] AS concept
        MATCH (s:Service {id: sid}) WHERE s.status = 'ACTIVE'
        MATCH (l:Location {id: lid})
        RETURN concept, sid, l.municipality AS code, point.y AS lat, point.x AS lon,
               s.capacityTotal AS total, s.capacityAvailable AS available
        """, p).thenCompose(c -> c.listAsync(r -> new Listed(r.get("concept").asString(), r.get("sid").asString(),
        r.get("code").asString(null), new GeoPoint(r.get("lat").asDouble(), r.get("lon").asDouble()),
        Records.integer(r.get("total")), Records.integer(r.get("available")))));
  }

  private static Map<String, List<GeoPoint>> points(List<Listed> listed) {
    var out = new HashMap<String, List<GeoPoint>>();
    listed.forEach(l -> out.computeIfAbsent(l.concept(), k -> new ArrayList<>()).add(l.point()));
    return out;
  }

  /** Per municipality and asked category: its services (each counted once) and the places they count. */
  private static Map<String, Map<String, RegionFacts.Supply>> supply(GapsQuery query, List<Listed> listed) {
    var seen = new HashSet<String>();
    var sums = new HashMap<String, Map<String, int[]>>();
    for (var l : listed) {
      if (l.municipality() == null) {
        continue;
      }
      for (var category : query.categories().entrySet()) {
        if (!category.getValue().contains(l.concept())
            || !seen.add(category.getKey() + "|" + l.municipality() + "|" + l.service())) {
          continue;
        }
        var sum = sums.computeIfAbsent(l.municipality(), k -> new HashMap<>())
            .computeIfAbsent(category.getKey(), k -> new int[4]);
        sum[0]++;
        if (l.total() != null) {
          sum[1]++;
          sum[2] += l.total();
          sum[3] += l.available() == null ? 0 : l.available();
        }
      }
    }
    var out = new HashMap<String, Map<String, RegionFacts.Supply>>();
    sums.forEach((code, byCategory) -> byCategory.forEach((key, sum) -> out.computeIfAbsent(code, k -> new HashMap<>())
        .put(key, new RegionFacts.Supply(sum[0], sum[1], sum[2], sum[3]))));
    return out;
  }

  private record StaleRows(List<StaleService> items, int total) {}

  private static CompletionStage<StaleRows> stale(AsyncTransactionContext tx, Map<String, Object> p) {
    return tx.runAsync("""
        MATCH (s:Service)
        WHERE (s.lastVerifiedAt IS NULL OR s.lastVerifiedAt < $staleBefore) AND s.status = 'ACTIVE'
          AND EXISTS { (s)-[:AT]->(:Location)-[:IN]->(x:Municipality) WHERE x.stateCode IN $states }
        ORDER BY s.lastVerifiedAt IS NOT NULL, s.lastVerifiedAt, s.id
        WITH collect(s) AS found
        RETURN size(found) AS total, [s IN found[0..$limit] | {id: s.id, region: s.region,
          name: CASE WHEN s.confidential THEN null ELSE s.name END, organization: s.organization,
          code: [(s)-[:AT]->(:Location)-[:IN]->(x:Municipality) WHERE x.stateCode IN $states | x.code][0],
          verified: s.lastVerifiedAt}] AS top
        """, p).thenCompose(c -> c.singleAsync()).thenApply(r -> new StaleRows(
        r.get("top").asList(v -> new StaleService(v.get("id").asString(), v.get("region").asString(), v.get("name").asString(null),
            v.get("organization").asString(null), v.get("code").asString(), Records.instant(v.get("verified")))),
        r.get("total").asInt()));
  }
}
