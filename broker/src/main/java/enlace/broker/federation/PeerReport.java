package enlace.broker.federation;

/**
 * What one peer did for a federated search: {@code ok}, {@code timeout}, {@code error}, {@code skipped}
 * (its states do not meet the search area), {@code too-large} (its answer passed the size cap),
 * {@code invalid} (its answer was not what was asked) or {@code circuit-open} (it failed too often lately
 * and is left alone for a while); how long it took, how many results it gave, and why it was cut off.
 */
public record PeerReport(String id, String status, long tookMs, int count, String reason) {

  public PeerReport(String id, String status, long tookMs, int count) {
    this(id, status, tookMs, count, null);
  }

  public static final String OK = "ok";
  public static final String TIMEOUT = "timeout";
  public static final String ERROR = "error";
  public static final String SKIPPED = "skipped";
  public static final String CIRCUIT_OPEN = "circuit-open";
  public static final String TOO_LARGE = "too-large";
  public static final String INVALID = "invalid";
}
