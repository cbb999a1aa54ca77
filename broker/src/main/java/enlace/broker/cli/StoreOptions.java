package enlace.broker.cli;

import enlace.graph.GraphSettings;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which store a maintenance command opens: a stopped node's embedded Neo4j, or an external one. */
final class StoreOptions {

  @Option(names = "--data-dir", description = "Data directory of a stopped node with embedded Neo4j.")
  Path dataDir;

  @Option(names = "--neo4j-uri",
      description = "An external Neo4j (user and password from ENLACE_NEO4J_USER / _PASSWORD).")
  URI uri;

  GraphSettings settings() {
    return uri != null
        ? GraphSettings.external(uri, System.getenv("ENLACE_NEO4J_USER"), System.getenv("ENLACE_NEO4J_PASSWORD"))
        : GraphSettings.embedded(dataDir).withPageCacheBytes(16L << 20);
  }
}
