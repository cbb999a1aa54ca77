package enlace.broker.admission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.vertx.core.Future;
import java.time.Duration;

/** Token buckets (Bucket4j) in this instance's memory, forgotten ten minutes after their last use. */
final class MemoryRateLimiter implements RateLimiter {

  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(10))
      .maximumSize(200_000)
      .build();

  @Override
  public Future<Verdict> acquire(String key, Quota quota) {
    var probe = bucket(key, quota).tryConsumeAndReturnRemaining(1);
    return Future.succeededFuture(Verdict.of(quota, probe.isConsumed(),
        probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()),
        probe.getRemainingTokens()));
  }

  @Override
  public Future<Verdict> peek(String key, Quota quota) {
    var estimate = bucket(key, quota).estimateAbilityToConsume(1);
    return Future.succeededFuture(estimate.canBeConsumed() ? Verdict.ALLOWED
        : new Verdict(false, Duration.ofNanos(estimate.getNanosToWaitForRefill())));
  }

  private Bucket bucket(String key, Quota quota) {
    return buckets.get(quota.name() + "|" + key, k -> Bucket.builder()
        .addLimit(limit -> limit.capacity(quota.capacity()).refillGreedy(quota.refill(), quota.period()))
        .build());
  }
}
