package enlace.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j whose only door is Bolt on a loopback port, with authentication: the node, like any
 * other client, needs the password kept in the data directory. The code still uses the driver.
 */
final class EmbeddedNeo4j implements AutoCloseable {

  /** How often Neo4j looks for transactions past their timeout (its default is 2 s). */
  private static final Duration MONITOR_INTERVAL = Duration.ofMillis(100);

  private final DatabaseManagementService dbms;
  private final URI boltUri;
  private final Path boltFile;
  private final Thread shutdownHook;

  private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, Path boltFile) {
    this.boltFile = boltFile;
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.shutdownHook = new Thread(dbms::shutdown, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts the store in {@code home} with authentication on. The first start gives the {@value
   * StorePassword#USER} user the password kept in {@code passwordDir} before Bolt opens; a store whose
   * password file is gone (or that predates it) gets a new one while Bolt stays closed.
   */
  static EmbeddedNeo4j start(Path home, Path passwordDir, long pageCacheBytes, Duration transactionTimeout) {
    var known = StorePassword.read(passwordDir);
    if (known.isEmpty()) {
      var password = StorePassword.create(passwordDir);
      if (Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
        resetPassword(home, password, pageCacheBytes);
      } else {
        InitialPassword.write(home, password);
      }
    }
    var dbms = builder(home, pageCacheBytes)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout.multipliedBy(6))
        // Cypher caches a plan per statement and parameter types, and by default also per size of each list and
        // string parameter (0, 1, up to 10, up to 100...): a search with a cursor, two documents or a category
        // with sub-concepts missed the plans made at start-up and planned again inside a request (4 s and more on
        // a busy two-core machine). Our statements are planned around their indexes, not parameter sizes.
        .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
        .build();
    var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var bolt = api.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    var uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
    try {
      Files.writeString(StorePassword.boltFile(passwordDir), uri.toString());
    } catch (IOException e) {
      dbms.shutdown();
      throw new UncheckedIOException("cannot write " + StorePassword.boltFile(passwordDir), e);
    }
    return new EmbeddedNeo4j(dbms, uri, StorePassword.boltFile(passwordDir));
  }

  private static DatabaseManagementServiceBuilder builder(Path home, long pageCacheBytes) {
    return new DatabaseManagementServiceBuilder(home.toAbsolutePath())
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // 256 random bits cannot be guessed; a lockout after failed attempts would only let a local process
        // lock the node out of its own store.
        .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, MONITOR_INTERVAL);
  }

  /** Sets the password through the embedded API of a start without Bolt, so no client can race for it. */
  private static void resetPassword(Path home, String password, long pageCacheBytes) {
    var dbms = builder(home, pageCacheBytes).setConfig(BoltConnector.enabled, false).build();
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + StorePassword.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } finally {
      dbms.shutdown();
    }
  }

  URI boltUri() {
    return boltUri;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      return;
    }
    dbms.shutdown();
    try {
      Files.deleteIfExists(boltFile);
    } catch (IOException ignored) {
      // a stale file only makes an online backup try an address nobody answers, then open the store itself
    }
  }
}
