package enlace.broker.federation;

/**
 * A peer's answer this node will not take: larger than the cap ({@link PeerReport#TOO_LARGE}) or not what was
 * asked ({@link PeerReport#INVALID}: malformed JSON, fields missing or of the wrong type, results outside the
 * asked radius, more results than asked, ids of another region). The peer's status and the reason are
 * reported; it counts as a failure for the peer's circuit breaker.
 */
final class RefusedAnswer extends RuntimeException {

  private final String status;

  RefusedAnswer(String status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  static RefusedAnswer invalid(String reason) {
    return new RefusedAnswer(PeerReport.INVALID, reason);
  }

  String status() {
    return status;
  }
}
