package enlace.broker.federation;

import enlace.broker.directory.InvalidArgument;
import enlace.graph.service.SearchCursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;

/**
 * Where a federated page ended, in the order every page shares: distance, then the id of the node that
 * answered, then that node's own tie-breaker (service and location). Each node is then asked for what
 * comes after the cursor in its own keyset, so no result is repeated or skipped across peers.
 */
public record FederatedCursor(double distanceMeters, String nodeId, String siteKey) {

  /** Orders hits the way pages are cut. */
  public static final Comparator<FederatedCursor> ORDER = Comparator.comparingDouble(FederatedCursor::distanceMeters)
      .thenComparing(FederatedCursor::nodeId).thenComparing(FederatedCursor::siteKey);

  /** Greater than every site key (ids use letters, digits, . _ : @ - and the key's separator |). */
  private static final String AFTER_EVERY_KEY = "~";

  public static FederatedCursor of(String nodeId, SearchCursor local) {
    return new FederatedCursor(local.distanceMeters(), nodeId, local.siteKey());
  }

  /** The cursor in {@code source}'s own keyset: past everything of that node this cursor has passed. */
  public SearchCursor boundFor(String source) {
    int c = source.compareTo(nodeId);
    return new SearchCursor(distanceMeters, c < 0 ? AFTER_EVERY_KEY : c == 0 ? siteKey : "");
  }

  public String encode() {
    var raw = "f:" + distanceMeters + ":" + nodeId + ":" + siteKey;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static FederatedCursor decode(String cursor) {
    try {
      var raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      var parts = raw.split(":", 4);
      if (parts.length == 4 && parts[0].equals("f")) {
        double distance = Double.parseDouble(parts[1]);
        if (distance >= 0 && !Double.isInfinite(distance)) {
          return new FederatedCursor(distance, parts[2], parts[3]);
        }
      }
    } catch (IllegalArgumentException bad) {
      // reported below
    }
    throw new InvalidArgument("after", "not a cursor of a federated search; pass endCursor exactly as returned, "
        + "with the same scope");
  }
}
