package enlace.broker.cli;

import enlace.broker.directory.DirectoryLimits;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.http.HttpApi;
import enlace.broker.node.NodeConfig;
import enlace.broker.security.SecuritySettings;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.GraphSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Start a node on localhost with an embedded Neo4j in --data-dir.",
        "On the first start it loads Mexico's 2,471 municipalities and a fictional demo directory",
        "(Tapachula, Mexico City, Tijuana, Ciudad Juarez); later starts keep what is in the directory."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port on localhost (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data-dir", defaultValue = "./data", description = "Where the embedded Neo4j keeps its files (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--region", defaultValue = "mx",
      description = "Region this node serves: mx (whole country), south, centre or north (default: ${DEFAULT-VALUE}).")
  String region;

  /** The example regional vocabulary of the south, copied into the data directory it belongs to. */
  private Path southernTerms() throws IOException {
    var file = dataDir.resolve("vocabularies").resolve("example-south.ttl");
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      try (var in = DemoCommand.class.getResourceAsStream("/enlace/ontology/regional/example-south.ttl")) {
        Files.copy(in, file);
      }
    }
    return file;
  }

  @Override
  public Integer call() throws Exception {
    var chosen = Regions.byId(region).orElseThrow(() -> new IllegalArgumentException(
        "unknown region '" + region + "': use mx, south, centre or north"));
    var regions = new ArrayList<>(Regions.defaults());
    if (!regions.contains(chosen)) {
      regions.add(chosen);
    }
    var config = new NodeConfig(chosen.id(), regions, "127.0.0.1", port, GraphSettings.embedded(dataDir),
        HttpApi.Settings.DEFAULTS, DirectoryApi.Settings.DEFAULTS, DirectoryLimits.DEFAULTS, true,
        chosen.equals(Regions.SOUTH) || chosen.equals(Regions.ALL) ? List.of(southernTerms()) : List.of(),
        chosen.id(), SecuritySettings.development(dataDir));
    var out = spec.commandLine().getOut();
    return RunningNode.run(config, out, () -> {
      var base = "http://localhost:" + port;
      out.println();
      out.println("Enlace demo node is ready (region: " + chosen.name() + ", data: " + dataDir.toAbsolutePath() + ")");
      out.println("  Open GraphiQL:  " + base + "/graphiql/");
      out.println("  GraphQL API:    " + base + "/graphql");
      out.println("  Health:         " + base + "/health");
      out.println("  Coordinators:   " + base + "/coordinator  (the gaps map; press \"Token de demostración\")");
      out.println("  Office console: " + base + "/console");
      out.println("  A token:        ./enlace token --data-dir " + dataDir + " --org ORG_ID --scope \"directory:write\"");
      out.println("The directory is FICTIONAL demo data; do not use it to refer real people.");
      out.println("Stop with Ctrl+C.");
    });
  }
}
