package enlace.graph.municipality;

import enlace.graph.geo.GeoPoint;
import java.util.Objects;
import java.util.Optional;

/**
 * A Mexican municipality (or Mexico City alcaldía) with, where the gazetteer knows them, a representative
 * point (its seat) and its population.
 */
public record Municipality(
    MunicipalityCode code,
    String name,
    String stateCode,
    String stateName,
    GeoPoint centroid,
    Long population) {

  public Municipality {
    Objects.requireNonNull(code, "code");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("municipality " + code + " needs a name");
    }
    if (!code.stateCode().equals(stateCode)) {
      throw new IllegalArgumentException("municipality " + code + " is not in state " + stateCode);
    }
  }

  public Optional<GeoPoint> point() {
    return Optional.ofNullable(centroid);
  }
}
