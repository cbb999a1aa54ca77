package enlace.broker.admission;

import io.vertx.core.Future;
import java.time.Duration;

/**
 * Where the node keeps its request budgets, one bucket per key and quota. The node uses {@link #inMemory};
 * an implementation over state shared by a region's instances can take its place, which is why every
 * answer is a future.
 */
public interface RateLimiter {

  /** How many requests a bucket holds and how fast it refills. */
  record Quota(String name, long capacity, long refill, Duration period) {
    public Quota {
      if (capacity < 1 || refill < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("the quota '" + name + "' needs a capacity and a refill of at least 1");
      }
    }
  }

  /** Whether a request may go on, and when not, how long until it may. */
  record Verdict(boolean allowed, Duration retryAfter) {
    public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);
  }

  /** Takes one request from the bucket of {@code key}, when it has one. */
  Future<Verdict> acquire(String key, Quota quota);

  /** Whether the bucket of {@code key} has a request left, without taking it. */
  Future<Verdict> peek(String key, Quota quota);

  static RateLimiter inMemory() {
    return new MemoryRateLimiter();
  }
}
