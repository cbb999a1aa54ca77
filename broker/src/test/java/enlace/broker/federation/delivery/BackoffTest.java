package enlace.broker.federation.delivery;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

  @Test
  void doublesWithEachFailureWithinHalfToAllOfItsCeiling() {
    var random = new SplittableRandom(7);
    for (int failed = 1; failed <= 12; failed++) {
      long ceiling = Math.min(300_000, 2_000L << (failed - 1));
      for (int i = 0; i < 200; i++) {
        long delay = backoff.delay(failed, random).toMillis();
        assertTrue(delay >= ceiling / 2 && delay <= ceiling, failed + " failures: " + delay + " of " + ceiling);
      }
    }
  }

  @Test
  void spreadsTheRetriesOfMessagesThatFailedTogether() {
    var random = new SplittableRandom(11);
    var delays = new HashSet<Long>();
    for (int i = 0; i < 50; i++) {
      delays.add(backoff.delay(5, random).toMillis());
    }
    assertTrue(delays.size() > 40, "jittered: " + delays.size() + " distinct of 50");
  }

  @Test
  void neverWaitsLongerThanTheCapHoweverOftenItFailed() {
    assertTrue(backoff.delay(1_000, new SplittableRandom(1)).compareTo(Duration.ofMinutes(5)) <= 0);
    assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(1), Duration.ofSeconds(1)));
  }
}
