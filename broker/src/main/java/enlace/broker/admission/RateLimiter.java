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

  /**
   * Whether a request may go on, and when not, how long until it may; with the bucket as it was left: its
   * size, what remains in it and how long until it is full again ({@code limit} -1 when not known).
   */
  record Verdict(boolean allowed, Duration retryAfter, long limit, long remaining, Duration reset) {
    public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

    public Verdict(boolean allowed, Duration retryAfter) {
      this(allowed, retryAfter, -1, -1, Duration.ZERO);
    }

    /** A verdict on {@code quota}'s bucket with {@code remaining} requests left in it. */
    public static Verdict of(Quota quota, boolean allowed, Duration retryAfter, long remaining) {
      var missing = Math.max(0, quota.capacity() - remaining);
      var reset = quota.period().multipliedBy(missing).dividedBy(quota.refill());
      return new Verdict(allowed, retryAfter, quota.capacity(), remaining, reset);
    }
  }

  /** Takes one request from the bucket of {@code key}, when it has one. */
  Future<Verdict> acquire(String key, Quota quota);

  /** Whether the bucket of {@code key} has a request left, without taking it. */
  Future<Verdict> peek(String key, Quota quota);

  static RateLimiter inMemory() {
    return new MemoryRateLimiter();
  }
}
