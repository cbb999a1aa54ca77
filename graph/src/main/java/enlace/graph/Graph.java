package enlace.graph;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The graph store of one node: a Neo4j driver pointed at the embedded database (the default) or at an
 * external server or cluster. Repositories run their Cypher through {@link #read} and {@link #write}.
 */
public final class Graph implements AutoCloseable {

  private final Driver driver;
  private final URI uri;
  private final EmbeddedNeo4j embedded;
  private final GraphSettings settings;
  private final SessionConfig sessionConfig;
  private final TransactionConfig transactionConfig;
  private final TransactionConfig bulkConfig;
  private final boolean ownsDriver;
  private final AtomicReference<TransactionObserver> observer;

  /** How long one batch of an import or of the first start's loading may take. */
  public static final java.time.Duration BULK_TIMEOUT = java.time.Duration.ofMinutes(5);

  private Graph(Driver driver, URI uri, EmbeddedNeo4j embedded, GraphSettings settings,
      java.time.Duration timeout, boolean ownsDriver, AtomicReference<TransactionObserver> observer) {
    this.observer = observer;
    this.driver = driver;
    this.uri = uri;
    this.embedded = embedded;
    this.settings = settings;
    this.sessionConfig = SessionConfig.forDatabase(settings.database());
    this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
    this.bulkConfig = TransactionConfig.builder().withTimeout(BULK_TIMEOUT).build();
    this.ownsDriver = ownsDriver;
  }

  /** Starts the embedded database if the settings ask for it, connects, and makes sure the schema exists. */
  public static Graph open(GraphSettings settings) {
    EmbeddedNeo4j embedded = settings.isEmbedded()
        ? EmbeddedNeo4j.start(settings.dataDir().resolve("neo4j"), settings.dataDir(), settings.pageCacheBytes(),
            settings.queryTimeout())
        : null;
    try {
      var uri = embedded != null ? embedded.boltUri() : settings.uri().orElseThrow();
      AuthToken auth = embedded != null
          ? AuthTokens.basic(StorePassword.USER, StorePassword.read(settings.dataDir()).orElseThrow())
          : settings.user() == null ? AuthTokens.none() : AuthTokens.basic(settings.user(), settings.password());
      var config = Config.builder()
          .withLogging(Logging.slf4j())
          .withMaxConnectionPoolSize(64)
          .withConnectionAcquisitionTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
          .build();
      var driver = GraphDatabase.driver(uri, auth, config);
      driver.verifyConnectivity();
      var graph = new Graph(driver, uri, embedded, settings, settings.queryTimeout(), true,
          new AtomicReference<>(TransactionObserver.NONE));
      Schema.ensure(graph.bulk());
      return graph;
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw translate(e);
    }
  }

  public GraphSettings settings() {
    return settings;
  }

  /**
   * The same store with every transaction under {@link #BULK_TIMEOUT}: for a node's start-up (loading, and
   * the first run of each statement, which pays Cypher's planning and can take seconds on a busy machine)
   * and for bulk jobs. API requests keep the per-query budget. Closing the view leaves the store open.
   */
  public Graph bulk() {
    return new Graph(driver, uri, null, settings, BULK_TIMEOUT, false, observer);
  }

  /** Tells {@code value} how long each managed transaction of this store (and of its views) takes. */
  public void observe(TransactionObserver value) {
    observer.set(value);
  }

  /** Where the driver connects: the embedded store's loopback Bolt port, or the configured URI. */
  public URI uri() {
    return uri;
  }

  /** Runs a read transaction (retried by the driver on transient failures). */
  public <T> CompletionStage<T> read(Function<AsyncTransactionContext, CompletionStage<T>> work) {
    return run(work, false, transactionConfig);
  }

  /** Runs a write transaction: everything in it commits together or not at all. */
  public <T> CompletionStage<T> write(Function<AsyncTransactionContext, CompletionStage<T>> work) {
    return run(work, true, transactionConfig);
  }

  /**
   * Runs one batch of a bulk load (an import, the gazetteer at first start) under {@link #BULK_TIMEOUT}
   * instead of the per-query budget meant for API requests.
   */
  public <T> CompletionStage<T> writeBatch(Function<AsyncTransactionContext, CompletionStage<T>> work) {
    return run(work, true, bulkConfig);
  }

  /**
   * Runs {@code work} in one explicit transaction on the blocking driver, rolled back when it returns: for
   * maintenance commands that lock and stream the whole store (an online backup), never for requests.
   */
  public <T> T inRolledBackTransaction(Duration timeout, Function<Transaction, T> work) {
    try (var session = driver.session(sessionConfig);
        var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
      var result = work.apply(tx);
      tx.rollback();
      return result;
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /** Runs one statement outside a managed transaction (schema changes). */
  public ResultSummary execute(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session(sessionConfig)) {
      return session.run(cypher, parameters).consume();
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /** Blocks until the store answers; for the command line and health checks off the event loop. */
  public boolean isReachable() {
    try {
      driver.verifyConnectivity();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private <T> CompletionStage<T> run(Function<AsyncTransactionContext, CompletionStage<T>> work, boolean write,
      TransactionConfig config) {
    var scope = TransactionScope.current();
    if (scope != null) {
      var remaining = scope.remaining();
      if (remaining.toMillis() < 1) {
        return CompletableFuture.failedFuture(new GraphException.Timeout("the request's time is up", null));
      }
      config = TransactionConfig.builder()
          .withTimeout(remaining.compareTo(config.timeout()) < 0 ? remaining : config.timeout())
          .withMetadata(Map.of(TransactionScope.METADATA_KEY, scope.id()))
          .build();
    }
    var session = driver.session(AsyncSession.class, sessionConfig);
    long started = System.nanoTime();
    CompletionStage<T> result = write
        ? session.executeWriteAsync(work::apply, config)
        : session.executeReadAsync(work::apply, config);
    var out = new CompletableFuture<T>();
    result.whenComplete((value, error) -> session.closeAsync().whenComplete((ignored, closeError) -> {
      observer.get().ended(write, System.nanoTime() - started, error != null);
      Runnable complete = error != null ? () -> out.completeExceptionally(translate(error, scope))
          : () -> out.complete(value);
      if (scope != null) {
        scope.run(complete);
      } else {
        complete.run();
      }
    }));
    return out;
  }

  /**
   * Ends the transactions of a scope that are still running (an API request past its time), so the store
   * stops working for nobody. Completes with how many it ended; never blocks the caller.
   */
  public CompletionStage<Integer> terminate(TransactionScope scope) {
    var session = driver.session(AsyncSession.class, sessionConfig);
    CompletionStage<Integer> ended = session.runAsync("""
            SHOW TRANSACTIONS YIELD transactionId, metaData
            WHERE metaData.enlaceScope = $id
            RETURN collect(transactionId) AS ids""", Map.of("id", scope.id()))
        .thenCompose(cursor -> cursor.singleAsync())
        .thenApply(row -> row.get("ids").asList(Value::asString))
        .thenCompose(ids -> ids.isEmpty() ? CompletableFuture.completedFuture(0)
            : session.runAsync("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids))
                .thenCompose(cursor -> cursor.listAsync(r -> r))
                .thenApply(rows -> ids.size()));
    var out = new CompletableFuture<Integer>();
    ended.whenComplete((count, error) -> session.closeAsync().whenComplete((ignored, closeError) -> {
      if (error != null) {
        out.completeExceptionally(translate(error));
      } else {
        out.complete(count);
      }
    }));
    return out;
  }

  /**
   * A failure of a transaction whose scope ran out is the scope's timeout, whatever the store called it (a
   * lock wait ended by {@link #terminate}, a driver-side timeout).
   */
  private static GraphException translate(Throwable error, TransactionScope scope) {
    var translated = translate(error);
    if (scope == null || translated instanceof GraphException.Timeout || !scope.remaining().isNegative()) {
      return translated;
    }
    return new GraphException.Timeout("the request's time ran out", error);
  }

  static GraphException translate(Throwable error) {
    for (var link = error; link != null; link = link.getCause()) {
      if (link instanceof GraphException known) {
        return known;
      }
      if (link instanceof IllegalArgumentException invalid) {
        return new GraphException.Invalid(invalid.getMessage());
      }
    }
    var cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof SecurityException refused) {
      return new GraphException("the graph store refused the node's credentials (" + refused.code() + "): check"
          + " the Neo4j user and password, or the data directory's neo4j-auth/password", cause);
    }
    if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
      return new GraphException.Unavailable("the graph store is not reachable", cause);
    }
    if (cause instanceof TransientException || cause instanceof ClientException client && isTimeout(client)) {
      return isTimeout((Neo4jException) cause)
          ? new GraphException.Timeout("the query ran past its time limit", cause)
          : new GraphException.Unavailable("the graph store is busy", cause);
    }
    if (cause instanceof ClientException client && client.code().contains("ConstraintValidationFailed")) {
      return new GraphException.Conflict("the record conflicts with an existing one", cause);
    }
    return new GraphException("graph store failure", cause);
  }

  private static boolean isTimeout(Neo4jException e) {
    var code = e.code() == null ? "" : e.code();
    return code.contains("TransactionTimedOut") || code.contains("Terminated") || code.contains("LockClientStopped");
  }

  @Override
  public void close() {
    if (!ownsDriver) {
      return;
    }
    driver.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
