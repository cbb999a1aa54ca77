package enlace.broker.federation;

import enlace.broker.metrics.NodeMetrics;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One query to one peer the way every federated call goes: through the peer's circuit breaker, under the
 * peer timeout cut short by the overall deadline, with the hop header and a trace; a failure becomes the
 * peer's status in its report, never an error of the caller's request.
 */
public final class PeerCalls {

  private static final Logger LOG = LoggerFactory.getLogger(PeerCalls.class);

  /** What one peer answered (read into a {@code T}), or nothing, with its report. */
  public record Answer<T>(PeerReport report, Optional<T> value) {}

  private final FederationSettings settings;
  private final PeerClient client;
  private final Map<String, CircuitBreaker> breakers;

  PeerCalls(FederationSettings settings, PeerClient client, Map<String, CircuitBreaker> breakers) {
    this.settings = settings;
    this.client = client;
    this.breakers = Map.copyOf(breakers);
  }

  public FederationSettings settings() {
    return settings;
  }

  /** The nanoTime by which a federated request started now must be done. */
  public long deadline() {
    return System.nanoTime() + settings.deadline().toNanos();
  }

  /** Runs on {@code context}; {@code read} turns the peer's JSON answer into a {@code T} or throws. */
  public <T> Future<Answer<T>> ask(Context context, Peer peer, String query, JsonObject variables, String trace,
      long deadline, BiFunction<String, JsonObject, T> read, ToIntFunction<T> count) {
    long started = System.nanoTime();
    long budget = Math.max(1, Math.min(settings.peerTimeout().toMillis(), (deadline - started) / 1_000_000));
    var outcome = Promise.<Answer<T>>promise();
    long timer = context.owner().setTimer(budget, id -> outcome.tryComplete(failed(peer, PeerReport.TIMEOUT, started)));
    breakers.get(peer.id()).<T>execute(attempt -> client.graphql(peer, query, variables, trace, budget)
            .map(body -> read.apply(peer.id(), body)).onComplete(attempt))
        .onComplete(result -> {
          context.owner().cancelTimer(timer);
          NodeMetrics.peerCall(peer.id(), result.succeeded() ? PeerReport.OK : status(result.cause()),
              millisSince(started));
          if (result.succeeded()) {
            outcome.tryComplete(new Answer<>(new PeerReport(peer.id(), PeerReport.OK, millisSince(started),
                count.applyAsInt(result.result())), Optional.of(result.result())));
          } else {
            LOG.debug("peer {} failed for trace {}: {}", peer.id(), trace, result.cause().toString());
            outcome.tryComplete(new Answer<>(new PeerReport(peer.id(), status(result.cause()), millisSince(started), 0,
                reason(result.cause())), Optional.empty()));
          }
        });
    return outcome.future();
  }

  static <T> Answer<T> skipped(Peer peer) {
    return new Answer<>(new PeerReport(peer.id(), PeerReport.SKIPPED, 0, 0), Optional.empty());
  }

  private static <T> Answer<T> failed(Peer peer, String status, long started) {
    return new Answer<>(new PeerReport(peer.id(), status, millisSince(started), 0), Optional.empty());
  }

  private static String status(Throwable cause) {
    if (cause instanceof RefusedAnswer refused) {
      return refused.status();
    }
    if (cause instanceof OpenCircuitException) {
      return PeerReport.CIRCUIT_OPEN;
    }
    if (cause instanceof io.vertx.circuitbreaker.TimeoutException || cause instanceof TimeoutException
        || cause.getClass().getSimpleName().contains("Timeout")) {
      return PeerReport.TIMEOUT;
    }
    return PeerReport.ERROR;
  }

  /** Why a peer's answer was cut off, for the report; null where the status says it all. */
  private static String reason(Throwable cause) {
    return cause instanceof RefusedAnswer refused ? refused.getMessage() : null;
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** A W3C trace context header for a new trace: version 00, random trace and span ids, sampled. */
  public static String traceparent() {
    var random = ThreadLocalRandom.current();
    return "00-%016x%016x-%016x-01".formatted(random.nextLong(), random.nextLong(), random.nextLong());
  }

  /** {@code extensions.federation} and a {@code federation} field: the trace id and what each peer did. */
  public static Map<String, Object> report(String trace, java.util.List<PeerReport> peers) {
    return Map.of("traceId", trace.split("-")[1], "peers", peers.stream().map(PeerCalls::report).toList());
  }

  private static Map<String, Object> report(PeerReport peer) {
    var out = new java.util.LinkedHashMap<String, Object>();
    out.put("id", peer.id());
    out.put("status", peer.status());
    out.put("tookMs", peer.tookMs());
    out.put("count", peer.count());
    out.put("reason", peer.reason());
    return out;
  }
}
