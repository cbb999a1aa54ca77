package enlace.broker.admission;

import enlace.broker.metrics.NodeMetrics;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import enlace.broker.security.InvalidToken;
import enlace.broker.security.ResourceServer;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The front door of every route that does work. In order: an address that failed to authenticate too
 * often gets 429 before its token is even looked at; the bearer token (if any) is verified and the caller
 * left in the routing context; a bad token gets 401 and counts against its address; then the caller
 * spends one request of its budget — keyed by its token's subject within its client and issuer, or by its
 * address when anonymous — or gets 429 with {@code Retry-After}.
 */
public final class Admission implements Handler<RoutingContext> {

  /** Budgets: requests per second (and burst) per caller, failed authentications per minute per address. */
  public record Settings(int requestsPerSecond, int burst, int failedAuthenticationsPerMinute, int socketsPerClient) {
    public static final Settings DEFAULTS = new Settings(50, 100, 20, 5);
  }

  private final RateLimiter limiter;
  private final Supplier<ResourceServer> security;
  private final RateLimiter.Quota requests;
  private final RateLimiter.Quota failures;

  public Admission(RateLimiter limiter, Supplier<ResourceServer> security, Settings settings) {
    this.limiter = limiter;
    this.security = security;
    this.requests = new RateLimiter.Quota("requests", settings.burst(), settings.requestsPerSecond(),
        Duration.ofSeconds(1));
    this.failures = new RateLimiter.Quota("failed-authentication", settings.failedAuthenticationsPerMinute(),
        settings.failedAuthenticationsPerMinute(), Duration.ofMinutes(1));
  }

  @Override
  public void handle(RoutingContext rc) {
    var request = rc.request();
    request.pause();
    var address = address(rc);
    limiter.peek(address, failures)
        .compose(gate -> gate.allowed() ? authenticate(rc, address) : Future.failedFuture(new RateLimited(gate.retryAfter())))
        .compose(caller -> limiter.acquire(key(caller, address), requests))
        .onComplete(result -> {
          request.resume();
          if (result.succeeded()) {
            budget(rc, result.result());
          }
          if (result.succeeded() && result.result().allowed()) {
            rc.next();
          } else if (result.succeeded()) {
            refuse(rc, new RateLimited(result.result().retryAfter()));
          } else if (result.cause() instanceof RateLimited limited) {
            refuse(rc, limited);
          } else if (result.cause() instanceof Starting) {
            rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
          } else {
            Authenticator.rejectToken(rc);
          }
        });
  }

  /** Spends one request of this caller's budget, for operations that arrive on an open WebSocket. */
  public Future<Void> admit(Caller caller, String address) {
    return limiter.acquire(key(caller, address), requests)
        .compose(verdict -> {
          if (verdict.allowed()) {
            return Future.succeededFuture();
          }
          NodeMetrics.rateLimited("websocket");
          return Future.failedFuture(new RateLimited(verdict.retryAfter()));
        });
  }

  /** Whether an address may still try to authenticate (over a WebSocket's {@code connection_init}). */
  public Future<Void> mayAuthenticate(String address) {
    return limiter.peek(address, failures).compose(verdict -> verdict.allowed() ? Future.succeededFuture()
        : Future.failedFuture(new RateLimited(verdict.retryAfter())));
  }

  /** Counts a failed authentication against its address. */
  public void failedAuthentication(String address) {
    limiter.acquire(address, failures);
  }

  private Future<Caller> authenticate(RoutingContext rc, String address) {
    var header = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
    var server = security.get();
    if (server == null) {
      return header == null ? Future.succeededFuture(Caller.ANONYMOUS) : Future.failedFuture(new Starting());
    }
    return server.authenticator().authenticate(header)
        .onSuccess(caller -> rc.put(Authenticator.CALLER, caller))
        .onFailure(error -> {
          if (error instanceof InvalidToken) {
            failedAuthentication(address);
          }
        });
  }

  /** The bucket a caller spends from: its subject within its client and issuer, or its address. */
  static String key(Caller caller, String address) {
    return caller == null || caller.isAnonymous() ? "address " + address
        : "subject " + caller.issuer() + " " + caller.clientId() + " " + caller.subject();
  }

  public static String address(RoutingContext rc) {
    return rc.request().remoteAddress().hostAddress();
  }

  /**
   * The caller's budget after this request, in the headers of the IETF draft "RateLimit header fields for
   * HTTP": the bucket's size, what is left and the seconds until it is full again.
   */
  private static void budget(RoutingContext rc, RateLimiter.Verdict verdict) {
    if (verdict.limit() < 0) {
      return;
    }
    rc.response().putHeader("RateLimit-Limit", Long.toString(verdict.limit()))
        .putHeader("RateLimit-Remaining", Long.toString(Math.max(0, verdict.remaining())))
        .putHeader("RateLimit-Reset", Long.toString(ceilSeconds(verdict.reset())));
  }

  private static long ceilSeconds(Duration wait) {
    return (wait.toNanos() + 999_999_999L) / 1_000_000_000L;
  }

  private static void refuse(RoutingContext rc, RateLimited limited) {
    NodeMetrics.rateLimited("http");
    rc.response().setStatusCode(429)
        .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(new JsonObject(Map.of("errors", List.of(Map.of("message", limited.getMessage(),
            "extensions", Map.of("code", RateLimited.CODE, "retryAfter", limited.retryAfterSeconds()))))).encode());
  }

  /** A token arrived before the node could verify any. */
  private static final class Starting extends RuntimeException {
    Starting() {
      super("the node is starting", null, false, false);
    }
  }
}
