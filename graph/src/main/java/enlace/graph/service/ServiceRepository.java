package enlace.graph.service;

import enlace.graph.Graph;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncTransactionContext;

/** Services and their locations: batched writes for imports, batched reads for nested fields. */
public final class ServiceRepository {

  private final Graph graph;

  public ServiceRepository(Graph graph) {
    this.graph = graph;
  }

  /**
   * Creates or replaces services with their locations and search listings, all in one transaction.
   * Every service's organization must already exist.
   */
  public CompletionStage<Integer> upsertAll(List<ListedService> services) {
    var organizations = services.stream().map(l -> l.service().organizationId()).distinct().toList();
    return graph.writeBatch(tx -> tx.runAsync("""
        UNWIND $ids AS id
        OPTIONAL MATCH (o:Organization {id: id})
        WITH id, o WHERE o IS NULL
        RETURN collect(id) AS missing
        """, Map.of("ids", organizations))
        .thenCompose(c -> c.singleAsync())
        .thenCompose(r -> {
          var missing = r.get("missing").asList(Value::asString);
          if (!missing.isEmpty()) {
            throw new IllegalArgumentException("services refer to unknown organizations: " + missing);
          }
          return upsert(tx, services);
        })
        .thenApply(written -> services.size()));
  }

  /**
   * Creates or replaces services with their locations and rebuilds their search listings, inside the
   * caller's transaction.
   */
  public static CompletionStage<Void> upsert(AsyncTransactionContext tx, List<ListedService> services) {
    var rows = services.stream().map(ServiceRows::service).toList();
    return tx.runAsync(UPSERT, Map.of("rows", rows))
        .thenCompose(c -> c.listAsync(r -> r.get("left").asList(Value::asString)))
        .thenCompose(left -> {
          var touched = new LinkedHashSet<String>(locationIds(services));
          left.forEach(touched::addAll);
          return PlaceListings.settle(tx, touched);
        });
  }

  /**
   * The locations of a service (its AT links already removed), after {@code s} and {@code row}; a new one
   * belongs to the service's organization, which wrote it first.
   */
  private static final String PLACES = """
      CALL (s, row) {
        UNWIND row.locations AS loc
        MERGE (l:Location {id: loc.id})
        SET l += loc, l.organization = coalesce(l.organization, s.organization)
        MERGE (s)-[:AT]->(l)
        WITH l, loc
        MATCH (m:Municipality {code: loc.municipality})
        MERGE (l)-[:IN]->(m)
      }
      """;

  private static List<String> locationIds(List<ListedService> services) {
    return services.stream().flatMap(l -> l.service().locationIds().stream()).distinct().toList();
  }

  /**
   * Creates services that do not exist yet, with their listings, inside the caller's transaction: the fast
   * path of an import, where {@link #upsert} would first look for links to remove. Their organizations must
   * exist; their locations are created or updated.
   */
  public static CompletionStage<Void> create(AsyncTransactionContext tx, List<ListedService> services) {
    var rows = services.stream().map(ServiceRows::service).toList();
    return tx.runAsync(CREATE, Map.of("rows", rows)).thenCompose(c -> c.consumeAsync())
        .thenCompose(summary -> PlaceListings.settle(tx, locationIds(services)));
  }

  private static final String CREATE = """
      UNWIND $rows AS row
      MATCH (o:Organization {id: row.props.organization})
      CREATE (o)-[:PROVIDES]->(s:Service)
      SET s = row.props
      WITH s, row
      """ + PLACES;

  /**
   * Creates or updates places given on their own (an import's location records), each in its municipality,
   * inside the caller's transaction. A place keeps the organization that first wrote it; {@code organizations}
   * names, place by place, the organization the source gave (or null). Where it is shown and whether it is
   * confidential is settled as for a service's places.
   */
  public static CompletionStage<Void> upsertLocations(AsyncTransactionContext tx, List<Location> locations,
      List<String> organizations) {
    var rows = new java.util.ArrayList<Map<String, Object>>();
    for (int i = 0; i < locations.size(); i++) {
      var row = new java.util.HashMap<String, Object>();
      row.put("props", ServiceRows.location(locations.get(i)));
      row.put("organization", organizations.get(i));
      rows.add(row);
    }
    return tx.runAsync("""
        UNWIND $rows AS row
        MERGE (l:Location {id: row.props.id})
        SET l += row.props, l.organization = coalesce(l.organization, row.organization)
        WITH l, row
        MATCH (m:Municipality {code: row.props.municipality})
        MERGE (l)-[:IN]->(m)
        """, Map.of("rows", rows)).thenCompose(c -> c.consumeAsync())
        .thenCompose(summary -> PlaceListings.settle(tx, locations.stream().map(Location::id).toList()));
  }

  /** Services as stored, with their locations, read inside the caller's transaction. */
  public static CompletionStage<List<ListedService>> listed(AsyncTransactionContext tx, Collection<String> ids) {
    return tx.runAsync("""
        MATCH (s:Service) WHERE s.id IN $ids
        RETURN s, [(s)-[:AT]->(l:Location) | l] AS locations
        """, Map.of("ids", List.copyOf(ids)))
        .thenCompose(c -> c.listAsync(r -> {
          var locations = r.get("locations").asList(ServiceRows::location);
          var service = ServiceRows.service(r.get("s"), locations.stream().map(Location::id).toList());
          return new ListedService(service, locations);
        }));
  }

  private static final String UPSERT = """
      UNWIND $rows AS row
      MERGE (s:Service {id: row.props.id})
      SET s += row.props
      WITH s, row
      CALL (s, row) {
        MATCH (o:Organization {id: row.props.organization})
        MERGE (o)-[:PROVIDES]->(s)
      }
      CALL (s) {
        OPTIONAL MATCH (s)-[at:AT]->(old:Location)
        WITH at, old.id AS id
        DELETE at
        RETURN collect(id) AS left
      }
      CALL (s) {
        OPTIONAL MATCH (old:Listing {service: s.id})
        DELETE old
      }
      """ + PLACES + """
      RETURN left
      """;


  /**
   * Settles again the places a store written by an earlier version lists wrongly: a place where a confidential
   * service is delivered but that is not stored as confidential, or that lists a service at another point.
   * Safe to run at every start; how many places it settled.
   */
  public CompletionStage<Integer> settleConfidentialPlaces() {
    return graph.writeBatch(tx -> tx.runAsync("""
            MATCH (s:Service)-[:AT]->(l:Location) WHERE s.confidential
            WITH DISTINCT l
            WHERE NOT coalesce(l.confidential, false)
               OR EXISTS { MATCH (li:Listing {location: l.id}) WHERE li.point <> l.point }
            RETURN collect(l.id) AS ids
            """, Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenCompose(r -> {
          var ids = r.get("ids").asList(Value::asString);
          return PlaceListings.settle(tx, ids).thenApply(v -> ids.size());
        }));
  }

  public CompletionStage<Optional<Service>> byId(String id) {
    return byIds(List.of(id)).thenApply(found -> Optional.ofNullable(found.get(id)));
  }

  public CompletionStage<Map<String, Service>> byIds(Collection<String> ids) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (s:Service) WHERE s.id IN $ids
        RETURN s, [(s)-[:AT]->(l:Location) | l.id] AS locations
        """, Map.of("ids", List.copyOf(ids)))
        .thenCompose(c -> c.listAsync(r -> ServiceRows.service(r.get("s"), r.get("locations").asList(Value::asString)))))
        .thenApply(ServiceRepository::byId);
  }

  /** The services of each organization, by name. */
  public CompletionStage<Map<String, List<Service>>> byOrganizations(Collection<String> organizationIds) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (o:Organization)-[:PROVIDES]->(s:Service) WHERE o.id IN $ids
        WITH o, s ORDER BY s.name, s.id
        RETURN o.id AS organization, collect({s: s, locations: [(s)-[:AT]->(l:Location) | l.id]}) AS services
        """, Map.of("ids", List.copyOf(organizationIds)))
        .thenCompose(c -> c.listAsync(r -> Map.entry(r.get("organization").asString(),
            r.get("services").asList(v -> ServiceRows.service(v.get("s"), v.get("locations").asList(Value::asString)))))))
        .thenApply(entries -> {
          var out = new LinkedHashMap<String, List<Service>>();
          entries.forEach(e -> out.put(e.getKey(), e.getValue()));
          return out;
        });
  }

  public CompletionStage<Map<String, Location>> locationsByIds(Collection<String> ids) {
    return graph.read(tx -> tx.runAsync("""
        MATCH (l:Location) WHERE l.id IN $ids
        RETURN l
        """, Map.of("ids", List.copyOf(ids)))
        .thenCompose(c -> c.listAsync(r -> ServiceRows.location(r.get("l")))))
        .thenApply(list -> {
          var out = new LinkedHashMap<String, Location>();
          list.forEach(l -> out.put(l.id(), l));
          return out;
        });
  }

  public CompletionStage<Long> count() {
    return graph.read(tx -> tx.runAsync("MATCH (s:Service) RETURN count(s) AS n", Map.of())
        .thenCompose(c -> c.singleAsync())
        .thenApply(r -> r.get("n").asLong()));
  }

  private static Map<String, Service> byId(List<Service> services) {
    var out = new LinkedHashMap<String, Service>();
    services.forEach(s -> out.put(s.id(), s));
    return out;
  }
}
