package enlace.graph;

import java.net.URI;
import java.nio.file.Path;
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

/** An in-process Neo4j whose only door is Bolt on a loopback port; the code still uses the driver. */
final class EmbeddedNeo4j implements AutoCloseable {

  private final DatabaseManagementService dbms;
  private final URI boltUri;
  private final Thread shutdownHook;

  private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.shutdownHook = new Thread(dbms::shutdown, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  static EmbeddedNeo4j start(Path dataDir, long pageCacheBytes, Duration transactionTimeout) {
    var dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
        .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout.multipliedBy(6))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
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
    return new EmbeddedNeo4j(dbms, URI.create("bolt://127.0.0.1:" + bolt.getPort()));
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
  }
}
