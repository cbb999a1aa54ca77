package enlace.broker.cli;

import enlace.broker.node.ConfigFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Run a node from a JSON config file (see deploy/ for examples).",
        "Environment variables override the file: ENLACE_REGION, ENLACE_NODE_ID, ENLACE_HTTP_HOST, ENLACE_HTTP_PORT,",
        "ENLACE_DATA_DIR, ENLACE_NEO4J_URI, ENLACE_NEO4J_USER, ENLACE_NEO4J_PASSWORD, ENLACE_NEO4J_DATABASE.",
        "With ENLACE_NEO4J_URI (or neo4j.uri) set, no embedded Neo4j starts."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--config", required = true, description = "The node's JSON configuration file.")
  Path config;

  @Override
  public Integer call() throws Exception {
    var nodeConfig = ConfigFile.read(config, System.getenv());
    var out = spec.commandLine().getOut();
    return RunningNode.run(nodeConfig, out, () -> out.println("Enlace node '" + nodeConfig.region()
        + "' is ready on http://" + nodeConfig.host() + ":" + nodeConfig.port() + "/graphql"));
  }
}
