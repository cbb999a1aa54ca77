package enlace.graph;

/** The root of what the graph store reports; {@link #retryable()} says whether trying again may help. */
public class GraphException extends RuntimeException {

  public GraphException(String message, Throwable cause) {
    super(message, cause);
  }

  public GraphException(String message) {
    super(message);
  }

  public boolean retryable() {
    return false;
  }

  /** The store cannot be reached or is shutting down; the same call may succeed later. */
  public static final class Unavailable extends GraphException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /** A write would break a uniqueness rule or a concurrent change won. */
  public static final class Conflict extends GraphException {
    public Conflict(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A write would leave a record in a state the directory does not allow; nothing was written. */
  public static final class Invalid extends GraphException {
    public Invalid(String message) {
      super(message);
    }
  }

  /** A query ran past its time budget. */
  public static final class Timeout extends GraphException {
    public Timeout(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
