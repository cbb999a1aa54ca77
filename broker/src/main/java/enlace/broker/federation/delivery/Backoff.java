package enlace.broker.federation.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a message waits before its next attempt: doubling from {@code base} with each failed attempt up
 * to {@code cap}, then "equal jitter" (half of that, plus a random part of the other half), so that the
 * messages of a peer that comes back do not all arrive at once.
 */
public record Backoff(Duration base, Duration cap) {

  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

  public Backoff {
    if (!base.isPositive() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < base <= cap, got " + base + " and " + cap);
    }
  }

  /** The wait after {@code failedAttempts} failures (1 for the first). */
  public Duration delay(int failedAttempts, RandomGenerator random) {
    int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << doublings);
    long half = ceiling / 2;
    return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
  }
}
