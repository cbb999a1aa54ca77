package enlace.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the graph lives: an embedded Neo4j in {@code dataDir} (the default), or an external Neo4j
 * server or cluster when {@code uri} is set.
 */
public record GraphSettings(
    Path dataDir,
    Optional<URI> uri,
    String user,
    String password,
    String database,
    long pageCacheBytes,
    Duration queryTimeout) {

  public GraphSettings {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    if (uri.isEmpty() && dataDir == null) {
      throw new IllegalArgumentException("either a data directory (embedded Neo4j) or a Neo4j URI is needed");
    }
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("queryTimeout must be positive");
    }
    database = database == null || database.isBlank() ? "neo4j" : database;
  }

  /** Embedded Neo4j in a directory, with the defaults for a small node. */
  public static GraphSettings embedded(Path dataDir) {
    return new GraphSettings(dataDir, Optional.empty(), null, null, "neo4j", 64L << 20, Duration.ofSeconds(5));
  }

  /** An external Neo4j (server, cluster, Aura) reached through its URI. */
  public static GraphSettings external(URI uri, String user, String password) {
    return new GraphSettings(null, Optional.of(uri), user, password, "neo4j", 0, Duration.ofSeconds(5));
  }

  public GraphSettings withPageCacheBytes(long bytes) {
    return new GraphSettings(dataDir, uri, user, password, database, bytes, queryTimeout);
  }

  public GraphSettings withQueryTimeout(Duration timeout) {
    return new GraphSettings(dataDir, uri, user, password, database, pageCacheBytes, timeout);
  }

  public GraphSettings withDatabase(String name) {
    return new GraphSettings(dataDir, uri, user, password, name, pageCacheBytes, queryTimeout);
  }

  public boolean isEmbedded() {
    return uri.isEmpty();
  }
}
