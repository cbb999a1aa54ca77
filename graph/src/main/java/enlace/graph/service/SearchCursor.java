package enlace.graph.service;

import java.util.Objects;

/** Where a page ended: the distance of its last hit and that hit's site key, the tie-breaker. */
public record SearchCursor(double distanceMeters, String siteKey) {

  public SearchCursor {
    if (!(distanceMeters >= 0) || Double.isInfinite(distanceMeters)) {
      throw new IllegalArgumentException("cursor distance must be a finite number >= 0");
    }
    Objects.requireNonNull(siteKey, "siteKey");
  }
}
