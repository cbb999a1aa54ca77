package enlace.graph.service;

import enlace.graph.Ids;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import java.util.Objects;

/** A place where services are delivered, inside one municipality. */
public record Location(
    String id,
    String name,
    String address,
    String postalCode,
    MunicipalityCode municipality,
    GeoPoint point) {

  public Location {
    Ids.require(id, "location id");
    Objects.requireNonNull(municipality, "location " + id + " needs a municipality");
    Objects.requireNonNull(point, "location " + id + " needs a point");
    if (postalCode != null && !postalCode.isBlank() && !postalCode.matches("\\d{5}")) {
      throw new IllegalArgumentException("location " + id + ": a Mexican postal code has five digits, got " + postalCode);
    }
  }
}
