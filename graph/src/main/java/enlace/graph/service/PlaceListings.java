package enlace.graph.service;

import enlace.graph.Records;
import enlace.graph.geo.GridCells;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/**
 * Where each place is shown and ranked, and the search listings of every service delivered there. A place
 * where any confidential service is delivered is confidential for all of them: stored, ranked and listed at
 * the centre of its ~2 km square, its exact point kept apart. Whoever writes services or places settles, in
 * the same transaction, every place it touched (those a service left included).
 */
final class PlaceListings {

  private PlaceListings() {}

  static CompletionStage<Void> settle(AsyncTransactionContext tx, Collection<String> locationIds) {
    if (locationIds.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return tx.runAsync(READ, Map.of("ids", List.copyOf(new LinkedHashSet<>(locationIds))))
        .thenCompose(c -> c.listAsync(PlaceListings::row))
        .thenCompose(rows -> rows.isEmpty() ? CompletableFuture.completedFuture(null)
            : tx.runAsync(WRITE, Map.of("rows", rows)).thenCompose(c -> c.consumeAsync()).thenApply(s -> null));
  }

  private static final String READ = """
      UNWIND $ids AS id
      MATCH (l:Location {id: id})
      RETURN l.id AS id, coalesce(l.exactPoint, l.point) AS exact,
             COLLECT { MATCH (s:Service)-[:AT]->(l)
                       RETURN {id: s.id, categories: s.categories, confidential: coalesce(s.confidential, false)} }
               AS services
      """;

  private static final String WRITE = """
      UNWIND $rows AS row
      MATCH (l:Location {id: row.id})
      SET l.point = row.point, l.exactPoint = row.exact, l.confidential = row.confidential
      WITH l, row
      CALL (l) {
        MATCH (old:Listing {location: l.id})
        DELETE old
      }
      CALL (row) {
        UNWIND row.listings AS listing
        CREATE (li:Listing)
        SET li = listing
      }
      """;

  private static Map<String, Object> row(Record record) {
    var id = record.get("id").asString();
    var exact = Records.point(record.get("exact"));
    var services = record.get("services").asList(v -> v);
    boolean hidden = services.stream().anyMatch(s -> s.get("confidential").asBoolean());
    var ranked = hidden ? exact.approximate() : exact;
    String fine = GridCells.FINE.cellOf(ranked);
    String coarse = GridCells.COARSE.cellOf(ranked);
    var listings = new ArrayList<Map<String, Object>>();
    for (Value service : services) {
      var serviceId = service.get("id").asString();
      for (var category : Records.strings(service.get("categories")).stream().distinct().toList()) {
        listings.add(Map.of(
            "id", serviceId + "|" + id + "|" + category,
            "service", serviceId,
            "location", id,
            "fine", category + "|" + fine,
            "coarse", category + "|" + coarse,
            "point", Records.toStore(ranked)));
      }
    }
    var row = new HashMap<String, Object>();
    row.put("id", id);
    row.put("exact", Records.toStore(exact));
    row.put("point", Records.toStore(ranked));
    row.put("confidential", hidden);
    row.put("listings", listings);
    return row;
  }
}
