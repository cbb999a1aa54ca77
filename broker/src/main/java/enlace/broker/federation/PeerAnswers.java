package enlace.broker.federation;

import enlace.graph.geo.GeoPoint;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * What a peer's search answer must be before its results join the federated page: shaped like the query
 * asked (any field missing or of the wrong type refuses it), no more results than asked, each within the
 * asked radius of the centre (by this node's own reckoning, and where the peer's cursor says), and each a
 * record of the peer's own region. A peer that breaks any of these has its whole answer refused.
 */
final class PeerAnswers {

  /**
   * A confidential place travels as an approximate point (within 0.02 degrees, under 1.6 km off) while the
   * peer's cursor keeps the exact distance.
   */
  private static final double TOLERANCE_METERS = 2_000;
  /** Great-circle formulas differ by the earth radius they take: 3 km at 2,350 km between Neo4j's and ours. */
  private static final double TOLERANCE_SHARE = 0.005;

  private PeerAnswers() {}

  /** The peer's hits, or {@link RefusedAnswer}. */
  static FederatedSearch.Source searchAnswer(String peerId, JsonObject body, GeoPoint center, double radiusKm,
      int first) {
    FederatedSearch.Source source;
    try {
      source = RemoteHits.read(peerId, body);
    } catch (RefusedAnswer refused) {
      throw refused;
    } catch (RuntimeException e) {
      throw RefusedAnswer.invalid("peer " + peerId + " answered with something else than search results ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    if (source.hits().size() > first) {
      throw RefusedAnswer.invalid("peer " + peerId + " sent " + source.hits().size() + " results where "
          + first + " were asked");
    }
    for (var hit : source.hits()) {
      check(peerId, hit, center, radiusKm);
    }
    return source;
  }

  private static void check(String peerId, FederatedSearch.Hit hit, GeoPoint center, double radiusKm) {
    var service = hit.service();
    if (!peerId.equals(service.region()) || hit.organization().map(o -> !peerId.equals(o.region())).orElse(false)) {
      throw RefusedAnswer.invalid("peer " + peerId + " sent a record of region " + service.region()
          + " (service " + service.id() + ")");
    }
    double meters = center.distanceKm(hit.location().point()) * 1000;
    if (meters > radiusKm * 1000 * (1 + TOLERANCE_SHARE) + TOLERANCE_METERS) {
      throw RefusedAnswer.invalid(String.format(Locale.ROOT, "peer %s sent service %s at %.0f km, outside the "
          + "%.0f km asked", peerId, service.id(), meters / 1000, radiusKm));
    }
    if (Math.abs(hit.position().distanceMeters() - meters) > meters * TOLERANCE_SHARE + TOLERANCE_METERS) {
      throw RefusedAnswer.invalid(String.format(Locale.ROOT, "peer %s placed service %s at %.0f km where it "
          + "lies %.0f km away", peerId, service.id(), hit.position().distanceMeters() / 1000, meters / 1000));
    }
  }
}
