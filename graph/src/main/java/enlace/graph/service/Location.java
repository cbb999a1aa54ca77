package enlace.graph.service;

import enlace.graph.Ids;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import java.util.Objects;

/**
 * A place where services are delivered, inside one municipality. {@code confidential} is the store's to say:
 * a place where any confidential service is delivered is hidden for every service there, so a writer's value
 * is ignored.
 */
public record Location(
    String id,
    String name,
    String address,
    String postalCode,
    MunicipalityCode municipality,
    GeoPoint point,
    boolean confidential) {

  public Location {
    Ids.require(id, "location id");
    Objects.requireNonNull(municipality, "location " + id + " needs a municipality");
    Objects.requireNonNull(point, "location " + id + " needs a point");
    if (postalCode != null && !postalCode.isBlank() && !postalCode.matches("\\d{5}")) {
      throw new IllegalArgumentException("location " + id + ": a Mexican postal code has five digits, got " + postalCode);
    }
  }

  /** A place as a writer gives it. */
  public Location(String id, String name, String address, String postalCode, MunicipalityCode municipality,
      GeoPoint point) {
    this(id, name, address, postalCode, municipality, point, false);
  }
}
