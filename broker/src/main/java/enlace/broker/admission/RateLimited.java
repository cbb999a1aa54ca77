package enlace.broker.admission;

import java.time.Duration;

/** A caller over its budget; {@link #retryAfterSeconds()} says when it may ask again. */
public final class RateLimited extends RuntimeException {

  public static final String CODE = "RATE_LIMITED";

  private final long retryAfterSeconds;

  public RateLimited(Duration retryAfter) {
    super("too many requests from this client; retry after " + seconds(retryAfter) + " s / demasiadas solicitudes;"
        + " reintente en " + seconds(retryAfter) + " s");
    this.retryAfterSeconds = seconds(retryAfter);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
  }
}
