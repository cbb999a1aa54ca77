package enlace.broker.metrics;

import enlace.graph.TransactionObserver;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What an operator scrapes at {@code /metrics} (Prometheus text): requests per route (Vert.x), GraphQL operations
 * by name with their latency and errors by code, Neo4j transaction time, peer calls by peer and status, breakers,
 * queues, open subscriptions, rate-limit refusals and the JVM. The node records through Micrometer's global
 * registry, to which each node adds its own Prometheus registry while it runs.
 */
public final class NodeMetrics implements AutoCloseable {

  /** Operation names are chosen by clients: past this many, further names count as "other". */
  static final int MAX_OPERATIONS = 200;
  private static final Set<String> OPERATIONS = ConcurrentHashMap.newKeySet();
  private static final Duration[] SLO = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
      Duration.ofSeconds(5), Duration.ofSeconds(10)};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public NodeMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Metrics.addRegistry(registry);
  }

  /** This node's registry, for Vert.x's own HTTP metrics. */
  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }

  /** A gauge of this node read from {@code value} at each scrape. */
  public void gauge(String name, String description, Tags tags, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).tags(tags).register(registry);
  }

  /** Times Neo4j's managed transactions of the store it observes. */
  public static TransactionObserver neo4j() {
    return (write, nanos, failed) -> Timer.builder("enlace.neo4j.transactions")
        .description("Neo4j managed transactions (read or write), by outcome")
        .tags("kind", write ? "write" : "read", "outcome", failed ? "failed" : "ok")
        .serviceLevelObjectives(SLO).register(Metrics.globalRegistry).record(Duration.ofNanos(nanos));
  }

  /** One GraphQL operation over HTTP: its name (bounded), how long it took and the codes of its errors. */
  public static void graphql(String operation, long nanos, Collection<String> errorCodes) {
    var name = operationName(operation);
    Timer.builder("enlace.graphql.operations").description("GraphQL operations by name and outcome")
        .tags("operation", name, "outcome", errorCodes.isEmpty() ? "ok" : "error")
        .serviceLevelObjectives(SLO).register(Metrics.globalRegistry).record(Duration.ofNanos(nanos));
    errorCodes.forEach(code -> Metrics.counter("enlace.graphql.errors", "code", code, "operation", name)
        .increment());
  }

  /** One call to a peer: its id, what came of it (ok, timeout, error, circuit-open…) and how long it took. */
  public static void peerCall(String peer, String status, long millis) {
    Timer.builder("enlace.federation.peer.calls").description("Calls to peer nodes by peer and status")
        .tags("peer", peer, "status", status).serviceLevelObjectives(SLO).register(Metrics.globalRegistry)
        .record(Duration.ofMillis(millis));
  }

  /** A request refused for its budget, by door (http, websocket, authentication). */
  public static void rateLimited(String door) {
    Metrics.counter("enlace.ratelimit.refusals", "door", door).increment();
  }

  static String operationName(String operation) {
    var name = operation == null || operation.isBlank() ? "anonymous" : operation;
    if (!name.matches("[_A-Za-z][_0-9A-Za-z]{0,63}")) {
      return "invalid";
    }
    if (OPERATIONS.contains(name) || (OPERATIONS.size() < MAX_OPERATIONS && OPERATIONS.add(name))) {
      return name;
    }
    return "other";
  }

  @Override
  public void close() {
    Metrics.removeRegistry(registry);
    registry.close();
  }
}
