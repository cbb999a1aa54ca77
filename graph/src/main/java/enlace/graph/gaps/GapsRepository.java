package enlace.graph.gaps;

import enlace.graph.Graph;
import enlace.graph.Records;
import enlace.graph.geo.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Reads what the gaps of a region are made of in one read transaction of six queries, each aggregating
 * over the whole region at once (never a query per municipality), and ranks them with {@link GapsReport}.
 */
public final class GapsRepository {

  private final Graph graph;

  public GapsRepository(Graph graph) {
    this.graph = graph;
  }

  public CompletionStage<Gaps> gaps(GapsQuery query) {
    var p = parameters(query);
    return graph.read(tx -> municipalities(tx, p).thenCompose(places -> {
      p.putAll(box(places, query.radiusKm()));
      return supply(tx, p).thenCompose(supply ->
          employers(tx, p).thenCompose(employers ->
              referrals(tx, p).thenCompose(referrals ->
                  servicePoints(tx, p).thenCompose(points ->
                      stale(tx, p).thenApply(stale -> new RegionFacts(places, supply.dams(), supply.byCategory(),
                          employers, referrals, points, stale.items(), stale.total()))))));
    })).thenApply(facts -> GapsReport.of(query, facts));
  }

  private static Map<String, Object> parameters(GapsQuery query) {
    var p = new HashMap<String, Object>();
    p.put("states", query.stateCodes());
    p.put("categories", query.categories().entrySet().stream()
        .map(e -> Map.of("key", e.getKey(), "iris", List.copyOf(e.getValue()))).toList());
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

  private record SupplyRows(Map<String, Boolean> dams, Map<String, Map<String, RegionFacts.Supply>> byCategory) {}

  private static CompletionStage<SupplyRows> supply(AsyncTransactionContext tx, Map<String, Object> p) {
    return tx.runAsync("""
        CALL () {
          MATCH (o:Organization {kind: $damKind})
          RETURN collect(o.id) AS damOrgs
        }
        MATCH (m:Municipality) WHERE m.stateCode IN $states
        MATCH (m)<-[:IN]-(:Location)<-[:AT]-(s:Service) WHERE s.status = 'ACTIVE'
        WITH damOrgs, m, collect(DISTINCT s) AS services
        WITH m, services, any(s IN services WHERE s.organization IN damOrgs) AS dam
        UNWIND $categories AS category
        WITH m, dam, category, [s IN services WHERE any(c IN s.categories WHERE c IN category.iris)] AS hits
        WITH m, dam, category, hits, [s IN hits WHERE s.capacityTotal IS NOT NULL] AS counting
        RETURN m.code AS code, dam, category.key AS category, size(hits) AS services, size(counting) AS counted,
               reduce(t = 0, s IN counting | t + s.capacityTotal) AS total,
               reduce(a = 0, s IN counting | a + coalesce(s.capacityAvailable, 0)) AS available
        """, p).thenCompose(c -> c.listAsync(r -> r)).thenApply(rows -> {
          var dams = new HashMap<String, Boolean>();
          var byCategory = new HashMap<String, Map<String, RegionFacts.Supply>>();
          for (var r : rows) {
            String code = r.get("code").asString();
            dams.put(code, r.get("dam").asBoolean());
            byCategory.computeIfAbsent(code, k -> new HashMap<>()).put(r.get("category").asString(),
                new RegionFacts.Supply(r.get("services").asInt(), r.get("counted").asInt(), r.get("total").asInt(),
                    r.get("available").asInt()));
          }
          return new SupplyRows(dams, byCategory);
        });
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

  /** Where the active services of each asked concept are, from the listing index, within the widened box. */
  private static CompletionStage<Map<String, List<GeoPoint>>> servicePoints(AsyncTransactionContext tx,
      Map<String, Object> p) {
    return tx.runAsync("""
        UNWIND $ranges AS range
        MATCH (li:Listing) WHERE range[0] <= li.coarse <= range[1] AND point.withinBBox(li.point, $sw, $ne)
        WITH DISTINCT li.service AS sid, li.point AS point, split(li.coarse, '|')[0] AS concept
        MATCH (s:Service {id: sid}) WHERE s.status = 'ACTIVE'
        RETURN concept, point.y AS lat, point.x AS lon
        """, p).thenCompose(c -> c.listAsync(r -> r)).thenApply(rows -> {
          var out = new HashMap<String, List<GeoPoint>>();
          for (var r : rows) {
            out.computeIfAbsent(r.get("concept").asString(), k -> new ArrayList<>())
                .add(new GeoPoint(r.get("lat").asDouble(), r.get("lon").asDouble()));
          }
          return out;
        });
  }

  private record StaleRows(List<StaleService> items, int total) {}

  private static CompletionStage<StaleRows> stale(AsyncTransactionContext tx, Map<String, Object> p) {
    return tx.runAsync("""
        MATCH (m:Municipality) WHERE m.stateCode IN $states
        MATCH (m)<-[:IN]-(:Location)<-[:AT]-(s:Service)
        WHERE s.status = 'ACTIVE' AND (s.lastVerifiedAt IS NULL OR s.lastVerifiedAt < $staleBefore)
        WITH s, min(m.code) AS code
        ORDER BY s.lastVerifiedAt IS NOT NULL, s.lastVerifiedAt, s.id
        WITH collect({id: s.id, region: s.region, name: CASE WHEN s.confidential THEN null ELSE s.name END,
                      organization: s.organization, code: code, verified: s.lastVerifiedAt}) AS found
        RETURN size(found) AS total, found[0..$limit] AS top
        """, p).thenCompose(c -> c.singleAsync()).thenApply(r -> new StaleRows(
        r.get("top").asList(v -> new StaleService(v.get("id").asString(), v.get("region").asString(), v.get("name").asString(null),
            v.get("organization").asString(null), v.get("code").asString(), Records.instant(v.get("verified")))),
        r.get("total").asInt()));
  }
}
