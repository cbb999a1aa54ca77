package enlace.graph.geo;

/** A WGS-84 point in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be within [-90, 90], got " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be within [-180, 180], got " + longitude);
    }
  }

  /**
   * The centre of the grid square of about 2 km that holds this point: where a confidential place (a
   * shelter for women escaping violence) is shown and ranked, so neither its position nor its
   * distance gives the place away.
   */
  public GeoPoint approximate() {
    return new GeoPoint(snap(latitude), snap(longitude));
  }

  private static double snap(double degrees) {
    double step = 0.02;
    return Math.round((Math.floor(degrees / step) * step + step / 2) * 1e6) / 1e6;
  }

  /** Great-circle distance (haversine), the same figure Neo4j's {@code point.distance} gives for WGS-84. */
  public double distanceKm(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
