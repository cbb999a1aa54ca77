package enlace.broker.cli;

import enlace.broker.node.ConfigFile;
import enlace.graph.GraphSettings;
import enlace.graph.StorePassword;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine.Option;

/** Which store a maintenance command opens: a stopped node's embedded Neo4j, or an external one. */
final class StoreOptions {

  @Option(names = "--data-dir", description = "Data directory of a stopped node with embedded Neo4j.")
  Path dataDir;

  @Option(names = "--neo4j-uri",
      description = "An external Neo4j (user and password from ENLACE_NEO4J_USER and ENLACE_NEO4J_PASSWORD or"
          + " ENLACE_NEO4J_PASSWORD_FILE).")
  URI uri;

  /**
   * The store as {@link #settings()} opens it, or, when a node is running on {@code --data-dir} (its embedded
   * Neo4j holds the store), that node's store through its loopback Bolt address and password.
   */
  GraphSettings settingsBesideRunningNode() {
    if (dataDir != null && Files.exists(StorePassword.boltFile(dataDir))) {
      var password = StorePassword.read(dataDir);
      if (password.isPresent()) {
        return GraphSettings.external(URI.create(StorePassword.readFile(StorePassword.boltFile(dataDir))),
            StorePassword.USER, password.get());
      }
    }
    return settings();
  }

  GraphSettings settings() {
    return uri != null
        ? GraphSettings.external(uri, Objects.requireNonNullElse(System.getenv("ENLACE_NEO4J_USER"), StorePassword.USER),
            ConfigFile.neo4jPassword(new JsonObject(), null, System.getenv()))
        : GraphSettings.embedded(dataDir).withPageCacheBytes(16L << 20);
  }
}
