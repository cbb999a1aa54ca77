package enlace.broker.federation;

/**
 * What one peer did for a federated search: {@code ok}, {@code timeout}, {@code error}, {@code skipped}
 * (its states do not meet the search area) or {@code circuit-open} (it failed too often lately and is
 * left alone for a while); how long it took and how many results it gave.
 */
public record PeerReport(String id, String status, long tookMs, int count) {

  public static final String OK = "ok";
  public static final String TIMEOUT = "timeout";
  public static final String ERROR = "error";
  public static final String SKIPPED = "skipped";
  public static final String CIRCUIT_OPEN = "circuit-open";
}
