package enlace.graph.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Counted places (beds, seats) and when somebody last said how many are free. Figures are kept as reported:
 * an import may say more are free than the total ({@link #overReported()}); edits through the API may not.
 */
public record Capacity(int total, int available, String unit, Instant updatedAt) {

  public Capacity {
    if (total < 0 || available < 0) {
      throw new IllegalArgumentException(
          "capacity cannot be negative, got available " + available + " of " + total);
    }
    Objects.requireNonNull(updatedAt, "capacity updatedAt");
    unit = unit == null || unit.isBlank() ? "place" : unit;
  }

  /** True when more places are said to be free than there are. */
  public boolean overReported() {
    return available > total;
  }

  public boolean isStale(Instant now, Duration freshness) {
    return updatedAt.plus(freshness).isBefore(now);
  }
}
