package enlace.graph.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Counted places (beds, seats) and when somebody last said how many are free. */
public record Capacity(int total, int available, String unit, Instant updatedAt) {

  public Capacity {
    if (total < 0 || available < 0 || available > total) {
      throw new IllegalArgumentException(
          "capacity needs 0 <= available <= total, got available " + available + " of " + total);
    }
    Objects.requireNonNull(updatedAt, "capacity updatedAt");
    unit = unit == null || unit.isBlank() ? "place" : unit;
  }

  public boolean isStale(Instant now, Duration freshness) {
    return updatedAt.plus(freshness).isBefore(now);
  }
}
