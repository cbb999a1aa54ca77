package enlace.broker.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import enlace.broker.graphql.ErrorCodes;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import io.github.bucket4j.Bucket;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A token bucket per client: the token's issuer and client id, or the remote address when there is no
 * token. A client over its rate gets 429 with Retry-After; the others are not slowed down by it.
 */
final class RateLimit implements Handler<RoutingContext> {

  private final int perSecond;
  private final int burst;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(10))
      .maximumSize(100_000)
      .build();

  RateLimit(int perSecond, int burst) {
    if (perSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("the rate limit needs at least 1 request per second and a burst of 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
  }

  @Override
  public void handle(RoutingContext rc) {
    var probe = buckets.get(client(rc), key -> bucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      rc.next();
      return;
    }
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    rc.response().setStatusCode(429)
        .putHeader("Retry-After", Long.toString(seconds))
        .putHeader("Content-Type", "application/json")
        .end(new JsonObject(Map.of("errors", List.of(ErrorCodes.error(
            "too many requests from this client; retry after " + seconds + " s", "RATE_LIMITED")))).encode());
  }

  private Bucket bucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
        .build();
  }

  private static String client(RoutingContext rc) {
    Caller caller = rc.get(Authenticator.CALLER);
    if (caller != null && !caller.isAnonymous()) {
      return "client:" + caller.issuer() + " " + caller.clientId();
    }
    return "address:" + rc.request().remoteAddress().hostAddress();
  }
}
