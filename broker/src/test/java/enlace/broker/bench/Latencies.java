package enlace.broker.bench;

import java.util.Arrays;

/**
 * Every latency of a run, kept exactly (a run is bounded: a few hundred thousand longs at most), so the
 * percentiles are the real ones rather than bucketed estimates.
 */
final class Latencies {

  private final long[] nanos;
  private int count;
  private long errors;
  private long hits;
  private long fullPages;
  private long startedNanos;
  private long elapsedNanos;
  private boolean sorted;

  Latencies(int capacity) {
    nanos = new long[capacity];
  }

  /** Starts a stretch of wall time; a path measured in several rounds adds their times up. */
  void start() {
    startedNanos = System.nanoTime();
  }

  void end() {
    elapsedNanos += System.nanoTime() - startedNanos;
  }

  synchronized void record(long latencyNanos, int hitCount, boolean full) {
    nanos[count++] = latencyNanos;
    hits += hitCount;
    if (full) {
      fullPages++;
    }
    sorted = false;
  }

  synchronized void error() {
    errors++;
  }

  synchronized int count() {
    return count;
  }

  synchronized long errors() {
    return errors;
  }

  synchronized double meanHits() {
    return count == 0 ? 0 : (double) hits / count;
  }

  synchronized double fullPageShare() {
    return count == 0 ? 0 : (double) fullPages / count;
  }

  /** The latency at or below which {@code p} (0-100) percent of the requests answered, in milliseconds. */
  synchronized double percentileMs(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    if (!sorted) {
      Arrays.sort(nanos, 0, count);
      sorted = true;
    }
    int rank = (int) Math.ceil(p / 100.0 * count) - 1;
    return nanos[Math.max(0, Math.min(count - 1, rank))] / 1e6;
  }

  synchronized double meanMs() {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += nanos[i];
    }
    return count == 0 ? Double.NaN : sum / 1e6 / count;
  }

  double seconds() {
    return elapsedNanos / 1e9;
  }

  /** Completed requests per second of wall time. */
  synchronized double throughput() {
    return count / seconds();
  }
}
