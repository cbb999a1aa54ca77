package enlace.broker.bench;

import enlace.broker.directory.DirectoryLimits;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.http.HttpApi;
import enlace.broker.node.Node;
import enlace.broker.node.NodeConfig;
import enlace.broker.security.SecuritySettings;
import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.GeographyLoader;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.geo.GeoPoint;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.ServiceQuery;
import enlace.graph.service.ServiceRepository;
import enlace.graph.service.ServiceSearch;
import enlace.ontology.Concept;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * searchServices over HTTP next to the same search run directly through the driver, over a synthetic
 * directory of N services spread over the real municipalities. See the README, section Benchmark.
 */
@Command(name = "search-benchmark", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Loads (once) a synthetic directory of N services over Mexico's municipalities into an embedded",
        "Neo4j, starts a node on a loopback port in this JVM and measures searchServices through HTTP",
        "(POST /graphql) and the same search through the driver (ServiceSearch), at a fixed concurrency."})
public final class SearchBenchmark implements java.util.concurrent.Callable<Integer> {

  private static final String MARKER = "bench.properties";
  /** A request that hears nothing for this long counts as an error instead of stalling its loop. */
  private static final long REQUEST_TIMEOUT_MS = 20_000;
  private static final String GRAPHQL = """
      query Bench($lat: Float!, $lng: Float!, $radius: Float!, $category: ID!, $first: Int!) {
        searchServices(near: {latitude: $lat, longitude: $lng}, radiusKm: $radius,
                       categories: [$category], first: $first) {
          edges { distanceKm node { id name } }
        }
      }""";
  private static final String MATCH_GRAPHQL = """
      query Match($lat: Float!, $lng: Float!, $radius: Float!, $category: ID!, $first: Int!) {
        matchServices(need: {categories: [$category], documents: ["enl:doc-tvrh"], languages: ["es"],
                             near: {latitude: $lat, longitude: $lng}, radiusKm: $radius,
                             household: {adults: 2, children: 2}}, first: $first) {
          matches { distanceKm score service { id name } reasons { rule passed } }
          nearMisses { distanceKm service { id } reasons { rule passed explanation } }
        }
      }""";

  @Option(names = "--operation", defaultValue = "search",
      description = "What to measure: search (searchServices) or match (matchServices: a family with TVRH cards,"
          + " one category, matches and near misses judged rule by rule) (default: ${DEFAULT-VALUE}).")
  String operation;

  @Option(names = "--services", defaultValue = "100000", description = "Services in the directory (default: ${DEFAULT-VALUE}).")
  int services;

  @Option(names = "--data-dir", description = "Store to load or reuse (default: ./bench-data/<services>).")
  Path dataDir;

  @Option(names = "--requests", defaultValue = "20000", description = "Measured searches per path (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--warmup", defaultValue = "30000",
      description = "Unmeasured searches per path first; the JIT needs ~15,000 to settle (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "4",
      description = "Measure the paths in this many alternating rounds, so neither gains from going last (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--concurrency", defaultValue = "4", description = "Searches in flight (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--radius-km", defaultValue = "25", description = "Search radius (default: ${DEFAULT-VALUE}).")
  double radiusKm;

  @Option(names = "--first", defaultValue = "20", description = "Page size (default: ${DEFAULT-VALUE}).")
  int first;

  @Option(names = "--seed", defaultValue = "20260901", description = "Seed of the directory and the searches (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--urban-weight", defaultValue = "1",
      description = "How many times more often Mexico City's alcaldías and 24 big cities get a service (default: ${DEFAULT-VALUE}: uniform over municipalities).")
  double urbanWeight;

  @Option(names = "--batch", defaultValue = "5000", description = "Services per write transaction when loading (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--page-cache", defaultValue = "1g", description = "Neo4j page cache, e.g. 512m or 1g (default: ${DEFAULT-VALUE}).")
  String pageCache;

  @Option(names = "--max-seconds", defaultValue = "600", description = "Give up a run after this long (default: ${DEFAULT-VALUE}).")
  int maxSeconds;

  @Option(names = "--order", defaultValue = "http,direct", split = ",",
      description = "Which paths to measure and in what order (default: ${DEFAULT-VALUE}).")
  List<String> order;

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    int code = new CommandLine(new SearchBenchmark()).execute(args);
    System.exit(code);
  }

  /** A search the benchmark sends: a municipality's point and one category concept, before expansion. */
  record Probe(String municipality, GeoPoint center, String category, Set<String> expanded, byte[] request) {}

  @Override
  public Integer call() throws Exception {
    if (dataDir == null) {
      dataDir = Path.of("bench-data", services + (urbanWeight == 1 ? "" : "-urban" + urbanWeight));
    }
    dataDir = dataDir.toAbsolutePath().normalize();
    long pageCacheBytes = bytes(pageCache);
    var ontology = Ontology.load();
    var gazetteer = Gazetteer.bundled();
    var directory = new SyntheticDirectory(seed, services, urbanWeight, gazetteer.municipalities(), ontology);
    var regions = new ArrayList<>(Regions.defaults());
    regions.add(Regions.ALL);

    var expected = expectedMarker();
    var found = readMarker();
    boolean reuse = found.isPresent() && "loaded".equals(found.get().getProperty("state"))
        && expected.entrySet().stream().allMatch(e -> e.getValue().equals(found.get().get(e.getKey())));
    if (!reuse) {
      prepareEmptyDirectory(found.isPresent());
    }

    out.printf(Locale.ROOT, "Store %s (%s), page cache %s, max heap %d MB, %d cores%n", dataDir,
        reuse ? "reused: already loaded with the same N, seed and generator" : "new", pageCache,
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    var settings = GraphSettings.embedded(dataDir).withPageCacheBytes(pageCacheBytes)
        .withQueryTimeout(Duration.ofSeconds(60));
    long openStarted = System.nanoTime();
    try (var graph = Graph.open(settings)) {
      out.printf(Locale.ROOT, "Neo4j open in %.1f s%n", (System.nanoTime() - openStarted) / 1e9);
      Properties marker;
      if (reuse) {
        marker = found.get();
      } else {
        marker = load(graph, directory, gazetteer, regions, expected);
      }
      var store = storeFigures(graph);
      warmPageCache(graph);

      var config = new NodeConfig("mx", regions, "127.0.0.1", 0, graph.settings(), HttpApi.Settings.DEFAULTS.withRate(1_000_000, 1_000_000),
          DirectoryApi.Settings.DEFAULTS, DirectoryLimits.DEFAULTS, false, List.of(), "mx", SecuritySettings.NONE);
      long nodeStarted = System.nanoTime();
      var node = Node.start(config, graph);
      try {
        node.ready().get(300, TimeUnit.SECONDS);
        out.printf(Locale.ROOT, "Node ready on %s in %.1f s%n", node.baseUrl(), (System.nanoTime() - nodeStarted) / 1e9);
        var probes = probes(directory, ontology, warmup + requests);
        measure(graph, node, probes, marker, store, directory, ontology);
      } finally {
        node.close();
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- loading

  private Properties expectedMarker() {
    var p = new Properties();
    p.setProperty("services", Integer.toString(services));
    p.setProperty("seed", Long.toString(seed));
    p.setProperty("generator", Integer.toString(SyntheticDirectory.VERSION));
    p.setProperty("urbanWeight", Double.toString(urbanWeight));
    return p;
  }

  private Optional<Properties> readMarker() throws IOException {
    var file = dataDir.resolve(MARKER);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    var p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    return Optional.of(p);
  }

  private void writeMarker(Properties p) throws IOException {
    Files.createDirectories(dataDir);
    try (Writer w = Files.newBufferedWriter(dataDir.resolve(MARKER))) {
      p.store(w, "Enlace search benchmark store; delete the directory to reload");
    }
  }

  /** Only a directory the benchmark made (it has a marker) or an empty one is ever emptied. */
  private void prepareEmptyDirectory(boolean ours) throws IOException {
    if (!Files.exists(dataDir)) {
      return;
    }
    boolean empty;
    try (var entries = Files.list(dataDir)) {
      empty = entries.findAny().isEmpty();
    }
    if (empty) {
      return;
    }
    if (!ours) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          dataDir + " is not empty and holds no " + MARKER + ": not a benchmark store; choose another --data-dir");
    }
    out.println("Deleting the store in " + dataDir + ": it was loaded with other settings or not finished");
    try (Stream<Path> walk = Files.walk(dataDir)) {
      for (var path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private Properties load(Graph graph, SyntheticDirectory directory, Gazetteer gazetteer,
      List<enlace.graph.municipality.Region> regions, Properties expected) throws IOException {
    var marker = new Properties();
    marker.putAll(expected);
    marker.setProperty("state", "loading");
    writeMarker(marker);

    long started = System.nanoTime();
    long municipalities = new GeographyLoader(graph).ensure(gazetteer, regions).toCompletableFuture().join();
    out.printf(Locale.ROOT, "Gazetteer: %d municipalities, %d with a point, in %.1f s%n", municipalities,
        directory.places().size(), (System.nanoTime() - started) / 1e9);

    var organizations = new OrganizationRepository(graph);
    long orgStarted = System.nanoTime();
    for (int from = 0; from < directory.organizationCount(); from += batch) {
      int to = Math.min(directory.organizationCount(), from + batch);
      organizations.upsertAll(directory.organizations(from, to)).toCompletableFuture().join();
    }
    out.printf(Locale.ROOT, "Organizations: %d in %.1f s%n", directory.organizationCount(),
        (System.nanoTime() - orgStarted) / 1e9);

    var repository = new ServiceRepository(graph);
    long servicesStarted = System.nanoTime();
    long lastReport = servicesStarted;
    var next = CompletableFuture.supplyAsync(() -> directory.services(0, Math.min(services, batch)));
    for (int from = 0; from < services; from += batch) {
      int to = Math.min(services, from + batch);
      var rows = next.join();
      int nextTo = Math.min(services, to + batch);
      int nextFrom = to;
      next = CompletableFuture.supplyAsync(() -> directory.services(nextFrom, nextTo));
      repository.upsertAll(rows).toCompletableFuture().join();
      long now = System.nanoTime();
      if (now - lastReport > 10_000_000_000L || to == services) {
        double seconds = (now - servicesStarted) / 1e9;
        out.printf(Locale.ROOT, "  loaded %,d / %,d services in %.0f s (%,.0f services/s)%n", to, services, seconds,
            to / seconds);
        lastReport = now;
      }
    }
    double seconds = (System.nanoTime() - servicesStarted) / 1e9;
    marker.setProperty("state", "loaded");
    marker.setProperty("loadSeconds", String.format(Locale.ROOT, "%.1f", seconds));
    marker.setProperty("loadRate", String.format(Locale.ROOT, "%.0f", services / seconds));
    writeMarker(marker);
    return marker;
  }

  record Store(long services, long listings, long locations, long organizations, long bytes) {}

  private Store storeFigures(Graph graph) throws IOException {
    long bytes;
    try (Stream<Path> walk = Files.walk(dataDir.resolve("neo4j"))) {
      bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    return new Store(count(graph, "Service"), count(graph, "Listing"), count(graph, "Location"),
        count(graph, "Organization"), bytes);
  }

  private static long count(Graph graph, String label) {
    return graph.read(tx -> tx.runAsync("MATCH (n:" + label + ") RETURN count(n) AS n", java.util.Map.of())
            .thenCompose(c -> c.singleAsync()).thenApply(r -> r.get("n").asLong()))
        .toCompletableFuture().join();
  }

  /**
   * Reads the listing index, the listings and the services once, so both paths are measured on a warm
   * page cache (Community has no page cache warm-up of its own); warm-up searches do the rest.
   */
  private void warmPageCache(Graph graph) {
    long started = System.nanoTime();
    for (var cypher : List.of(
        "MATCH (li:Listing) WHERE li.fine STARTS WITH '' RETURN count(li.point)",
        "MATCH (li:Listing) WHERE li.coarse STARTS WITH '' RETURN count(li.service)",
        "MATCH (s:Service) WHERE s.id STARTS WITH '' RETURN count(s.status), count(s.hours)",
        "MATCH (l:Location) WHERE l.id STARTS WITH '' RETURN count(l.point)",
        "MATCH (s:Service)-[:AT]->(l:Location) RETURN count(l.id)")) {
      graph.execute(cypher, java.util.Map.of());
    }
    out.printf(Locale.ROOT, "Page cache warmed by scans in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  // ---------------------------------------------------------------- searching

  private List<Probe> probes(SyntheticDirectory directory, Ontology ontology, int count) {
    var places = directory.places();
    var concepts = ontology.concepts(Scheme.SERVICE_CATEGORIES).stream().map(Concept::iri).sorted().toList();
    var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    var out = new ArrayList<Probe>(count);
    for (int i = 0; i < count; i++) {
      var place = places.get(random.nextInt(places.size()));
      var category = concepts.get(random.nextInt(concepts.size()));
      var center = place.point().orElseThrow();
      // The request body is made here, once, so the load generator spends no time on it while measuring.
      var request = new JsonObject().put("query", matching() ? MATCH_GRAPHQL : GRAPHQL)
          .put("variables", new JsonObject()
          .put("lat", center.latitude()).put("lng", center.longitude())
          .put("radius", radiusKm).put("category", category).put("first", first)).encode()
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.add(new Probe(place.code().value(), center, category, ontology.expand(category), request));
    }
    return out;
  }

  private void measure(Graph graph, Node node, List<Probe> probes, Properties marker, Store store,
      SyntheticDirectory directory, Ontology ontology) throws Exception {
    var warm = probes.subList(0, warmup);
    var measured = probes.subList(warmup, probes.size());
    var search = new ServiceSearch(graph);
    var vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    var client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(node.port()).setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(concurrency));
    try {
      Function<Probe, CompletionStage<Answer>> checked = probe -> http(client, probe, true);
      Function<Probe, CompletionStage<Answer>> http = probe -> http(client, probe, false);
      var matcher = BenchMatching.create(graph, ontology);
      Function<Probe, CompletionStage<Answer>> direct = matching()
          ? probe -> matcher.match(probe.center(), probe.category(), radiusKm, first).thenApply(Answer::new)
          : probe -> search.search(query(probe))
              .thenApply(page -> new Answer(page.hits().stream().map(h -> h.service().name() + "@"
                  + Math.round(h.distanceMeters())).toList()));

      sameAnswers(checked, direct, measured.subList(0, Math.min(200, measured.size())));

      for (var path : order) {
        if (!path.equals("http") && !path.equals("direct")) {
          throw new IllegalArgumentException("--order takes http and direct, got " + path);
        }
        run(path + " warm-up", warm, path.equals("http") ? http : direct, new Latencies(warm.size()));
      }
      var runs = new java.util.LinkedHashMap<String, Latencies>();
      order.forEach(path -> runs.put(path, new Latencies(measured.size())));
      int perRound = (measured.size() + rounds - 1) / rounds;
      for (int round = 0; round < rounds; round++) {
        var slice = measured.subList(Math.min(measured.size(), round * perRound),
            Math.min(measured.size(), (round + 1) * perRound));
        for (var path : order) {
          run(path + " " + (round + 1) + "/" + rounds, slice, path.equals("http") ? http : direct, runs.get(path));
        }
      }
      report(runs, marker, store, directory, ontology, probes);
    } finally {
      client.close();
      vertx.close().toCompletionStage().toCompletableFuture().join();
    }
  }

  /** The names and rounded distances of a page, to check both paths answer the same. */
  record Answer(List<String> hits) {}

  private ServiceQuery query(Probe probe) {
    return new ServiceQuery(probe.center(), radiusKm, probe.expanded(), Set.of(), Set.of(), Optional.empty(), false,
        Optional.empty(), first, Optional.empty());
  }

  /**
   * POSTs the search. Checked, the answer is parsed into names and distances; measured, the load
   * generator only checks the status and the absence of errors and counts the edges, so it takes as
   * little of the two cores as it can.
   */
  private CompletionStage<Answer> http(HttpClient client, Probe probe, boolean parse) {
    return client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI("/graphql")
            .setIdleTimeout(REQUEST_TIMEOUT_MS))
        .compose(request -> request
            .putHeader("Content-Type", "application/json")
            .putHeader("Accept", "application/json")
            .send(Buffer.buffer(probe.request())))
        .compose(response -> response.body().map(payload -> new Object[] {response.statusCode(), payload}))
        .map(reply -> {
          int status = (Integer) reply[0];
          var payload = (Buffer) reply[1];
          if (status != 200) {
            throw new IllegalStateException("HTTP " + status + ": " + payload);
          }
          if (!parse) {
            var text = payload.toString();
            if (text.startsWith("{\"errors\"")) {
              throw new IllegalStateException("GraphQL errors: " + text);
            }
            int edges = 0;
            for (int at = text.indexOf("\"distanceKm\""); at >= 0; at = text.indexOf("\"distanceKm\"", at + 1)) {
              edges++;
            }
            return new Answer(java.util.Collections.nCopies(edges, ""));
          }
          var json = payload.toJsonObject();
          if (json.containsKey("errors")) {
            throw new IllegalStateException("GraphQL errors: " + json.getJsonArray("errors").encode());
          }
          if (matching()) {
            return new Answer(BenchMatching.names(json.getJsonObject("data").getJsonArray("matchServices")));
          }
          JsonArray edges = json.getJsonObject("data").getJsonObject("searchServices").getJsonArray("edges");
          var hits = new ArrayList<String>(edges.size());
          for (int i = 0; i < edges.size(); i++) {
            var edge = edges.getJsonObject(i);
            hits.add(edge.getJsonObject("node").getString("name") + "@"
                + Math.round(edge.getDouble("distanceKm") * 1000));
          }
          return new Answer(hits);
        })
        .toCompletionStage();
  }

  private void sameAnswers(Function<Probe, CompletionStage<Answer>> http,
      Function<Probe, CompletionStage<Answer>> direct, List<Probe> sample) {
    int differ = 0;
    long hits = 0;
    for (var probe : sample) {
      var a = http.apply(probe).toCompletableFuture().join();
      var b = direct.apply(probe).toCompletableFuture().join();
      hits += b.hits().size();
      if (!a.hits().equals(b.hits())) {
        if (differ++ == 0) {
          out.println("HTTP and direct differ for " + probe + ":\n  http   " + a.hits() + "\n  direct " + b.hits());
        }
      }
    }
    out.printf(Locale.ROOT, "Checked %d searches: HTTP and direct answers %s (%.1f hits per search)%n", sample.size(),
        differ == 0 ? "identical" : "DIFFER in " + differ, (double) hits / Math.max(1, sample.size()));
  }

  /** A closed loop: {@code concurrency} searches in flight, each answer sends the next search. */
  private Latencies run(String label, List<Probe> probes, Function<Probe, CompletionStage<Answer>> call,
      Latencies latencies) throws InterruptedException {
    // One load-generating thread for both paths: answers are handed to it, so the next search never
    // starts on the driver's or the HTTP client's I/O thread.
    var loader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-load"));
    var next = new AtomicInteger();
    var done = new CountDownLatch(concurrency);
    var firstError = new java.util.concurrent.atomic.AtomicReference<Throwable>();
    var worker = new Object() {
      void fire() {
        int i = next.getAndIncrement();
        if (i >= probes.size()) {
          done.countDown();
          return;
        }
        long started = System.nanoTime();
        CompletionStage<Answer> stage;
        try {
          stage = call.apply(probes.get(i));
        } catch (RuntimeException e) {
          stage = CompletableFuture.failedFuture(e);
        }
        stage.whenCompleteAsync((answer, error) -> {
          long latency = System.nanoTime() - started;
          try {
            if (error != null) {
              latencies.error();
              firstError.compareAndSet(null, error);
            } else {
              latencies.record(latency, answer.hits().size(), answer.hits().size() >= first);
            }
          } finally {
            fire();
          }
        }, loader);
      }
    };
    int before = latencies.count();
    latencies.start();
    for (int c = 0; c < concurrency; c++) {
      loader.execute(worker::fire);
    }
    if (!done.await(maxSeconds, TimeUnit.SECONDS)) {
      next.set(Integer.MAX_VALUE / 2);
      out.printf("%s: stopped after %d s with %d of %d searches answered%n", label, maxSeconds,
          latencies.count() - before, probes.size());
    }
    latencies.end();
    loader.shutdown();
    out.printf(Locale.ROOT, "%-16s %,7d searches in %6.1f s: p50 %6.2f ms, p99 %6.2f ms, %,7.0f/s, %d errors%n",
        label, latencies.count(), latencies.seconds(), latencies.percentileMs(50), latencies.percentileMs(99),
        latencies.throughput(), latencies.errors());
    if (firstError.get() != null) {
      out.println("  first error: " + firstError.get());
    }
    return latencies;
  }

  private void report(java.util.Map<String, Latencies> runs, Properties marker, Store store,
      SyntheticDirectory directory, Ontology ontology, List<Probe> probes) {
    double meanExpansion = probes.stream().mapToInt(p -> p.expanded().size()).average().orElse(0);
    out.println();
    out.println(matching() ? "=== Enlace matchServices benchmark ===" : "=== Enlace search benchmark ===");
    out.printf(Locale.ROOT, "Directory: %,d services (%,d listings, %,d locations, %,d organizations) over %,d municipalities;"
            + " %d leaf categories; urban weight %s; seed %d, generator v%s%n", store.services(), store.listings(),
        store.locations(), store.organizations(), directory.places().size(), directory.leafCategories().size(),
        marker.getProperty("urbanWeight"), seed, marker.getProperty("generator"));
    out.printf(Locale.ROOT, "Store: %,.0f MB on disk; page cache %s; max heap %,d MB%n", store.bytes() / 1e6, pageCache,
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "Load: %s s, %s services/s (when this store was loaded)%n",
        marker.getProperty("loadSeconds", "?"), marker.getProperty("loadRate", "?"));
    out.printf(Locale.ROOT, "Searches: %d km, first %d, one category of %d (broad ones expand; %.1f concepts on average),"
            + " near a random municipality's point; concurrency %d; %,d measured after %,d warm-up per path%n",
        Math.round(radiusKm), first, ontology.concepts(Scheme.SERVICE_CATEGORIES).size(), meanExpansion, concurrency,
        requests, warmup);
    out.println();
    out.println("path      p50 ms   p90 ms   p99 ms   max ms  mean ms    req/s  hits/search  full pages  errors");
    runs.forEach((path, l) -> out.printf(Locale.ROOT, "%-8s %7.2f  %7.2f  %7.2f  %7.2f  %7.2f  %7.0f  %11.1f  %9.0f%%  %6d%n",
        path, l.percentileMs(50), l.percentileMs(90), l.percentileMs(99), l.percentileMs(100), l.meanMs(),
        l.throughput(), l.meanHits(), 100 * l.fullPageShare(), l.errors()));
    var http = runs.get("http");
    var direct = runs.get("direct");
    if (http != null && direct != null) {
      double r50 = http.percentileMs(50) / direct.percentileMs(50);
      double r99 = http.percentileMs(99) / direct.percentileMs(99);
      out.printf(Locale.ROOT, "HTTP/direct: p50 %.2f, p99 %.2f, throughput %.2f%n", r50, r99,
          http.throughput() / direct.throughput());
      if (matching()) {
        out.printf(Locale.ROOT, "Target: matchServices over HTTP p99 < 100 ms: %s (%.2f ms)%n",
            http.percentileMs(99) < 100 ? "met" : "MISSED", http.percentileMs(99));
      } else {
        out.printf(Locale.ROOT, "Targets: HTTP p99 <= 30 ms: %s (%.2f ms); HTTP/direct <= 1.25 at p50 and p99: %s%n",
            http.percentileMs(99) <= 30 ? "met" : "MISSED", http.percentileMs(99),
            r50 <= 1.25 && r99 <= 1.25 ? "met" : "MISSED");
      }
    }
  }

  private boolean matching() {
    if (!operation.equals("search") && !operation.equals("match")) {
      throw new IllegalArgumentException("--operation takes search or match, got " + operation);
    }
    return operation.equals("match");
  }

  static long bytes(String size) {
    var s = size.strip().toLowerCase(Locale.ROOT);
    long unit = switch (s.charAt(s.length() - 1)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1;
    };
    var digits = unit == 1 ? s : s.substring(0, s.length() - 1);
    return Long.parseLong(digits) * unit;
  }
}
