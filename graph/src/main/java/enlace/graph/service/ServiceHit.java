package enlace.graph.service;

/** A service at one of its locations, and how far that location is from the search center. */
public record ServiceHit(Service service, Location location, double distanceMeters) {

  /** Orders hits with equal distance; unique per service and location. */
  public static String siteKey(String serviceId, String locationId) {
    return serviceId + "|" + locationId;
  }

  public SearchCursor cursor() {
    return new SearchCursor(distanceMeters, siteKey(service.id(), location.id()));
  }

  public double distanceKm() {
    return distanceMeters / 1000.0;
  }
}
