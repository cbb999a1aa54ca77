package enlace.broker.bench;

import enlace.connectors.demo.DemoDirectory;
import enlace.connectors.gazetteer.Gazetteer;
import enlace.connectors.gazetteer.GeographyLoader;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.Graph;
import enlace.graph.GraphSettings;
import enlace.graph.organization.OrganizationRepository;
import enlace.graph.service.ServiceRepository;
import enlace.ontology.Ontology;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fills the stores of deploy/local-federation.sh (stopped) with a synthetic directory per region, so that the
 * federation bench measures nodes of a realistic size: each node gets its region's demo data and
 * {@code --services} fictional services spread over the municipalities of its own states (ids, organizations
 * and region its own). A store already holding that many (a marker file says so) is left as it is.
 */
@Command(name = "federation-load", mixinStandardHelpOptions = true,
    description = "Loads N synthetic services into each node of the local federation (stop it first).")
public final class FederationLoad implements Callable<Integer> {

  private static final String MARKER = "bench-services.properties";
  private static final int BATCH = 2_000;

  @Option(names = "--services", defaultValue = "100000", description = "Services per node (default: ${DEFAULT-VALUE}).")
  int services;

  @Option(names = "--data-dir", defaultValue = "data/federation",
      description = "Where the nodes keep their stores (default: ${DEFAULT-VALUE}).")
  Path root;

  @Option(names = "--nodes", split = ",", defaultValue = "south,centre,north",
      description = "The nodes to fill (default: ${DEFAULT-VALUE}).")
  List<String> nodes;

  @Option(names = "--page-cache-mb", defaultValue = "256", description = "Page cache while loading (default: ${DEFAULT-VALUE}).")
  long pageCacheMb;

  public static void main(String[] args) {
    System.exit(new CommandLine(new FederationLoad()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    var ontology = Ontology.load();
    var gazetteer = Gazetteer.bundled();
    for (var id : nodes) {
      var region = Regions.byId(id).orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this),
          "no region " + id + "; the local federation has south, centre and north"));
      var dir = root.resolve(id).toAbsolutePath().normalize();
      if (loaded(dir) >= services) {
        System.out.printf("%s: already holds %,d synthetic services%n", id, loaded(dir));
        continue;
      }
      var places = gazetteer.municipalities().stream().filter(m -> region.stateCodes().contains(m.stateCode())).toList();
      var directory = new SyntheticDirectory(id, seed(id), services, 1, places, ontology);
      long started = System.nanoTime();
      try (var graph = Graph.open(GraphSettings.embedded(dir).withPageCacheBytes(pageCacheMb << 20))) {
        load(graph.bulk(), directory, gazetteer, region);
      }
      marker(dir, services);
      System.out.printf(Locale.ROOT, "%s: %,d services in %d municipalities loaded in %.0f s%n", id, services,
          directory.places().size(), (System.nanoTime() - started) / 1e9);
    }
    return 0;
  }

  private static void load(Graph graph, SyntheticDirectory directory, Gazetteer gazetteer,
      enlace.graph.municipality.Region region) {
    new GeographyLoader(graph).ensure(gazetteer, Regions.defaults()).toCompletableFuture().join();
    var organizations = new OrganizationRepository(graph);
    if (organizations.count().toCompletableFuture().join() == 0) {
      DemoDirectory.bundled(Clock.systemUTC()).load(graph, region).toCompletableFuture().join();
    }
    for (int from = 0; from < directory.organizationCount(); from += BATCH) {
      organizations.upsertAll(directory.organizations(from, Math.min(directory.organizationCount(), from + BATCH)))
          .toCompletableFuture().join();
    }
    var repository = new ServiceRepository(graph);
    for (int from = 0; from < directory.size(); from += BATCH) {
      repository.upsertAll(directory.services(from, Math.min(directory.size(), from + BATCH))).toCompletableFuture().join();
    }
  }

  /** One seed per region, so the three directories differ. */
  private static long seed(String id) {
    return 17L * 31 + id.hashCode();
  }

  private static long loaded(Path dir) throws IOException {
    var file = dir.resolve(MARKER);
    if (!Files.exists(file)) {
      return 0;
    }
    var p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    return Long.parseLong(p.getProperty("services", "0"));
  }

  private static void marker(Path dir, int services) throws IOException {
    var p = new Properties();
    p.setProperty("services", Integer.toString(services));
    p.setProperty("generator", Integer.toString(SyntheticDirectory.VERSION));
    try (Writer out = Files.newBufferedWriter(dir.resolve(MARKER))) {
      p.store(out, "synthetic services loaded by deploy/local-federation.sh load");
    }
  }
}
