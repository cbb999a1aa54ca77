package enlace.broker.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What federation costs: the same searchServices sent to a running node (by default the south of
 * deploy/local-federation.sh) with scope LOCAL and with scope FEDERATED, at a fixed concurrency, after a
 * warm-up; p50/p90/p99/max of each and the peers' statuses seen in the federated answers.
 */
@Command(name = "federation-bench", mixinStandardHelpOptions = true,
    description = "Federated search across the local federation vs local search on one node (start it first).")
public final class FederationBenchmark implements Callable<Integer> {

  private static final String QUERY = """
      query($municipality: String!, $radiusKm: Float!, $categories: [ID!], $first: Int!, $scope: SearchScope) {
        searchServices(municipality: $municipality, radiusKm: $radiusKm, categories: $categories, first: $first,
            scope: $scope) {
          edges { distanceKm nodeId node { id name organization { name } } }
          federation { peers { id status } }
        }
      }
      """;

  @Option(names = "--url", defaultValue = "http://127.0.0.1:8181", description = "The node asked (default: ${DEFAULT-VALUE}).")
  URI url;

  @Option(names = "--municipality", defaultValue = "07089", description = "Search centre (default: ${DEFAULT-VALUE}, Tapachula).")
  String municipality;

  @Option(names = "--radius", defaultValue = "4000", description = "Radius in km (default: ${DEFAULT-VALUE}: every region).")
  double radiusKm;

  @Option(names = "--category", defaultValue = "enl:shelter", description = "Category (default: ${DEFAULT-VALUE}).")
  String category;

  @Option(names = "--first", defaultValue = "20", description = "Page size (default: ${DEFAULT-VALUE}).")
  int first;

  @Option(names = "--requests", defaultValue = "400", description = "Measured searches per scope (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--warmup", defaultValue = "100", description = "Unmeasured searches per scope first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--concurrency", defaultValue = "2", description = "Searches in flight (default: ${DEFAULT-VALUE}).")
  int concurrency;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) {
    System.exit(new CommandLine(new FederationBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    System.out.printf("searchServices near %s within %.0f km, %s, first %d, against %s; concurrency %d, "
        + "%d measured after %d warm-up per scope%n", municipality, radiusKm, category, first, url, concurrency,
        requests, warmup);
    var statuses = new TreeMap<String, Integer>();
    run("LOCAL", warmup, null);
    run("FEDERATED", warmup, null);
    settle();
    var local = run("LOCAL", requests, null);
    var federated = run("FEDERATED", requests, statuses);
    print("LOCAL", local);
    print("FEDERATED", federated);
    System.out.printf("added by federation: p50 %+.1f ms, p99 %+.1f ms; peer statuses seen: %s%n",
        federated.percentileMs(50) - local.percentileMs(50), federated.percentileMs(99) - local.percentileMs(99),
        statuses);
    return local.errors() + federated.errors() == 0 ? 0 : 1;
  }

  /**
   * Peers that were cold during the warm-up may have timed out and opened their circuits: wait out the
   * breaker's reset and warm up again until one federated search finds every asked peer answering.
   */
  private void settle() throws InterruptedException {
    for (int round = 0; round < 4; round++) {
      var seen = new TreeMap<String, Integer>();
      run("FEDERATED", 1, seen);
      if (seen.keySet().stream().allMatch(s -> s.endsWith(":ok") || s.endsWith(":skipped"))) {
        return;
      }
      System.out.println("peers not all answering yet " + seen.keySet() + "; waiting for their circuits to close");
      Thread.sleep(31_000);
      run("FEDERATED", Math.max(10, warmup / 4), null);
    }
  }

  private Latencies run(String scope, int count, TreeMap<String, Integer> statuses) throws InterruptedException {
    var latencies = new Latencies(count);
    var body = new JsonObject().put("query", QUERY).put("variables", new JsonObject()
        .put("municipality", municipality).put("radiusKm", radiusKm).put("categories", java.util.List.of(category))
        .put("first", first).put("scope", scope)).encode();
    var request = HttpRequest.newBuilder(url.resolve("/graphql")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    var left = new AtomicInteger(count);
    latencies.start();
    try (var pool = Executors.newFixedThreadPool(concurrency)) {
      for (int c = 0; c < concurrency; c++) {
        pool.submit(() -> {
          while (left.getAndDecrement() > 0) {
            search(request, latencies, statuses);
          }
        });
      }
    }
    latencies.end();
    return latencies;
  }

  private void search(HttpRequest request, Latencies latencies, TreeMap<String, Integer> statuses) {
    long started = System.nanoTime();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - started;
      var json = new JsonObject(response.body());
      if (response.statusCode() != 200 || json.containsKey("errors")) {
        latencies.error();
        return;
      }
      var connection = json.getJsonObject("data").getJsonObject("searchServices");
      int hits = connection.getJsonArray("edges").size();
      latencies.record(took, hits, hits == first);
      if (statuses != null && connection.getJsonObject("federation") != null) {
        synchronized (statuses) {
          connection.getJsonObject("federation").getJsonArray("peers").stream().map(JsonObject.class::cast)
              .forEach(p -> statuses.merge(p.getString("id") + ":" + p.getString("status"), 1, Integer::sum));
        }
      }
    } catch (Exception e) {
      latencies.error();
    }
  }

  private static void print(String scope, Latencies l) {
    System.out.printf("%-9s p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %6.1f req/s  %.1f hits  "
        + "errors %d%n", scope, l.percentileMs(50), l.percentileMs(90), l.percentileMs(99), l.percentileMs(100),
        l.throughput(), l.meanHits(), l.errors());
  }
}
