package enlace.connectors.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.GeographyLoader;
import enlace.connectors.gazetteer.Regions;
import enlace.connectors.imports.DataExchange;
import enlace.connectors.imports.ImportFormat;
import enlace.connectors.imports.ImportOptions;
import enlace.connectors.imports.ImportSummary;
import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.Records;
import enlace.graph.audit.AuditEntry;
import enlace.graph.geo.GeoPoint;
import enlace.graph.geo.GridCells;
import enlace.graph.municipality.Municipality;
import enlace.ontology.Ontology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The import benchmark (README, "Importing and exporting data"): generates an HSDS 3.1 file of N services,
 * each with its own organization, location, weekly schedule and two languages, then measures on fresh
 * stores (1) a bare batched UNWIND ... CREATE of the same nodes and relationships the import writes
 * (organization, service, location, listing, provenance; PROVIDES, AT, IN, DESCRIBES) from rows built in
 * memory beforehand, and (2) the idempotent import of the file, reading and checking included; then
 * imports the file again (all unchanged). Prints the rates and their ratio.
 *
 * <p>Options: --services N (100000), --batch N (1000), --dir DIR (./bench-data/import), --seed N (7).
 */
public final class ImportBenchmark {

  private static final String SHELTER = "https://w3id.org/enlace/ns#shelter";

  public static void main(String[] args) throws Exception {
    var options = options(args);
    int services = Integer.parseInt(options.getOrDefault("--services", "100000"));
    int batch = Integer.parseInt(options.getOrDefault("--batch", "1000"));
    var dir = Path.of(options.getOrDefault("--dir", "bench-data/import"));
    long seed = Long.parseLong(options.getOrDefault("--seed", "7"));
    var gazetteer = Gazetteer.bundled();
    var places = gazetteer.municipalities().stream().filter(m -> m.point().isPresent()).toList();

    var file = dir.resolve("hsds-" + services);
    var generated = generate(file, services, places, seed);
    System.out.printf("generated %,d services into %s%n", services, file);

    double bare = bare(dir.resolve("store-bare"), gazetteer, generated, batch);
    System.out.printf("bare UNWIND ... CREATE: %,d services in %.1f s = %,.0f services/s%n", services,
        services / bare, bare);

    var store = fresh(dir.resolve("store-import"));
    try (var graph = open(store, gazetteer)) {
      var exchange = new DataExchange(graph, Ontology.load(), gazetteer, Clock.systemUTC());
      var first = timed(exchange, file, batch);
      System.out.printf("import (read, check, write): %s in %.1f s (reading %.1f s) = %,.0f services/s%n",
          first.summary().line(), first.seconds(), first.readSeconds(), services / first.seconds());
      var again = timed(exchange, file, batch);
      System.out.printf("import again (idempotent): %s in %.1f s = %,.0f services/s%n", again.summary().line(),
          again.seconds(), services / again.seconds());
      System.out.printf("import / bare = %.2f (the target is at least 0.50)%n", services / first.seconds() / bare);
    }
  }

  private record Timed(ImportSummary summary, double seconds, double readSeconds) {}

  private static Timed timed(DataExchange exchange, Path file, int batch) throws IOException {
    long start = System.nanoTime();
    var parsed = exchange.read(ImportFormat.HSDS, file);
    double read = (System.nanoTime() - start) / 1e9;
    var options = new ImportOptions("bench-211", "mx", false, false, Optional.empty(),
        new AuditEntry("bench", "bench", null, "import", "bench-211", List.of()), batch);
    var summary = exchange.importRecords(parsed, options, (d, t) -> { }).toCompletableFuture().join();
    return new Timed(summary, (System.nanoTime() - start) / 1e9, read);
  }

  /** Rows of the bare create, built before the clock starts. */
  private record Generated(List<Map<String, Object>> rows) {}

  private static Generated generate(Path dir, int n, List<Municipality> places, long seed) throws IOException {
    var random = new Random(seed);
    var json = new ObjectMapper();
    var rows = new ArrayList<Map<String, Object>>(n);
    Files.createDirectories(dir);
    int perFile = 5_000;
    for (int fileIndex = 0; fileIndex * perFile < n; fileIndex++) {
      ArrayNode list = json.createArrayNode();
      for (int i = fileIndex * perFile; i < Math.min(n, (fileIndex + 1) * perFile); i++) {
        var m = places.get(random.nextInt(places.size()));
        var p = m.point().orElseThrow();
        var point = new GeoPoint(clamp(p.latitude() + (random.nextDouble() - 0.5) * 0.1, 90),
            clamp(p.longitude() + (random.nextDouble() - 0.5) * 0.1, 180));
        var id = "bench-svc-" + i;
        var org = "bench-org-" + i;
        var s = list.addObject();
        s.put("id", id).put("name", "Albergue de prueba " + i).put("status", "active");
        s.putObject("organization").put("id", org).put("name", "Organización de prueba " + i).put("description", "");
        var location = s.putArray("service_at_locations").addObject().put("id", "sal-" + i).putObject("location");
        location.put("id", "bench-loc-" + i).put("location_type", "physical").put("latitude", point.latitude())
            .put("longitude", point.longitude()).put("external_identifier", m.code().value())
            .put("external_identifier_type", "inegi");
        s.putArray("schedules").addObject().put("id", "sc-" + i).put("freq", "WEEKLY").put("byday", "MO,TU,WE,TH,FR")
            .put("opens_at", "09:00").put("closes_at", "17:00");
        var languages = s.putArray("languages");
        languages.addObject().put("id", "la-" + i).put("code", "es");
        languages.addObject().put("id", "lb-" + i).put("code", i % 2 == 0 ? "ht" : "en");
        s.putArray("attributes").addObject().put("id", "at-" + i).putObject("taxonomy_term").put("id", "t-shelter")
            .put("code", "01").put("name", "Albergue").put("description", "Albergue").put("taxonomy", "Enlace");
        rows.add(bareRow(i, id, org, point, m));
      }
      json.writeValue(dir.resolve("part-%03d.json".formatted(fileIndex)).toFile(), list);
    }
    return new Generated(rows);
  }

  private static double clamp(double value, double limit) {
    return Math.max(-limit, Math.min(limit, value));
  }

  private static Map<String, Object> bareRow(int i, String id, String org, GeoPoint point, Municipality m) {
    var service = new HashMap<String, Object>();
    service.put("id", id);
    service.put("region", "mx");
    service.put("organization", org);
    service.put("name", "Albergue de prueba " + i);
    service.put("categories", List.of(SHELTER));
    service.put("languages", List.of("es", i % 2 == 0 ? "ht" : "en"));
    service.put("hours", List.of("1|0540|1020", "2|0540|1020", "3|0540|1020", "4|0540|1020", "5|0540|1020"));
    service.put("status", "ACTIVE");
    service.put("source", "bench-bare");
    var point4326 = Records.toStore(point);
    return Map.of(
        "org", Map.of("id", org, "region", "mx", "name", "Organización de prueba " + i,
            "kind", "https://w3id.org/enlace/ns#kind-civil-society", "source", "bench-bare"),
        "service", service,
        "location", Map.of("id", "bench-loc-" + i, "point", point4326, "exactPoint", point4326,
            "municipality", m.code().value()),
        "listing", Map.of("id", id + "|bench-loc-" + i + "|" + SHELTER, "service", id, "location", "bench-loc-" + i,
            "fine", SHELTER + "|" + GridCells.FINE.cellOf(point), "coarse", SHELTER + "|" + GridCells.COARSE.cellOf(point),
            "point", point4326),
        "provenance", Map.of("key", "bench-bare|service|" + id, "source", "bench-bare", "recordId", id,
            "hash", Integer.toHexString(id.hashCode()), "target", id));
  }

  private static double bare(Path store, Gazetteer gazetteer, Generated generated, int batch) throws IOException {
    try (var graph = open(fresh(store), gazetteer)) {
      long start = System.nanoTime();
      var rows = generated.rows();
      for (int from = 0; from < rows.size(); from += batch) {
        var slice = rows.subList(from, Math.min(rows.size(), from + batch));
        graph.writeBatch(tx -> tx.runAsync("""
            UNWIND $rows AS row
            MATCH (m:Municipality {code: row.location.municipality})
            CREATE (o:Organization) SET o = row.org
            CREATE (s:Service) SET s = row.service
            CREATE (l:Location) SET l = row.location
            CREATE (li:Listing) SET li = row.listing
            CREATE (p:Provenance) SET p = row.provenance
            CREATE (o)-[:PROVIDES]->(s), (s)-[:AT]->(l), (l)-[:IN]->(m), (p)-[:DESCRIBES]->(s)
            """, Map.of("rows", slice)).thenCompose(c -> c.consumeAsync())).toCompletableFuture().join();
      }
      return rows.size() / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static Graph open(Path store, Gazetteer gazetteer) {
    var graph = Graph.open(GraphSettings.embedded(store).withPageCacheBytes(512L << 20));
    var regions = new ArrayList<>(Regions.defaults());
    regions.add(Regions.ALL);
    new GeographyLoader(graph).ensure(gazetteer, regions).toCompletableFuture().join();
    return graph;
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (var f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }

  private static Map<String, String> options(String[] args) {
    var out = new HashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("options are --name value pairs, got " + args[i]);
      }
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
