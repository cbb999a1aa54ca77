package enlace.graph;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The transactions one API request runs: each is tagged with the scope's id (transaction metadata
 * {@value #METADATA_KEY}), none gets more time than the scope has left, none starts once it has run out,
 * and {@link Graph#terminate} ends those still running. Work done inside {@link #run} — and whatever
 * continues from the completion of a transaction started there — belongs to the scope.
 */
public final class TransactionScope {

  /** The metadata key that names the scope in {@code SHOW TRANSACTIONS}. */
  public static final String METADATA_KEY = "enlaceScope";

  private static final ThreadLocal<TransactionScope> CURRENT = new ThreadLocal<>();

  private final String id;
  private final long deadlineNanos;
  private volatile boolean bounded = true;

  private TransactionScope(String id, long deadlineNanos) {
    this.id = id;
    this.deadlineNanos = deadlineNanos;
  }

  /** A new scope that ends {@code budget} from now. */
  public static TransactionScope lasting(Duration budget) {
    return new TransactionScope(UUID.randomUUID().toString(), System.nanoTime() + budget.toNanos());
  }

  public String id() {
    return id;
  }

  /** Time left, zero or negative once the scope has run out. */
  public Duration remaining() {
    return bounded ? Duration.ofNanos(deadlineNanos - System.nanoTime()) : UNBOUNDED;
  }

  /** Lifts the deadline: for work that lives on past a request, such as the events of a subscription. */
  public void unbound() {
    bounded = false;
  }

  /** What {@link #remaining} says once the deadline is lifted: more than any store timeout. */
  static final Duration UNBOUNDED = Duration.ofDays(365);

  /** Runs {@code work} with this scope as the current one on this thread. */
  public <T> T run(Supplier<T> work) {
    try {
      return call(work::get);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** As {@link #run(Supplier)} for work that may throw, such as a GraphQL data fetcher. */
  public <T> T call(Callable<T> work) throws Exception {
    var previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return work.call();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** As {@link #run(Supplier)} for work without a result. */
  public void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }

  /** The scope the calling thread works in, or null outside any. */
  static TransactionScope current() {
    return CURRENT.get();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TransactionScope scope && scope.id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return "TransactionScope[" + id + "]";
  }
}
