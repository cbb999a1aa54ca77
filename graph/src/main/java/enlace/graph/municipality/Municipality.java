package enlace.graph.municipality;

import enlace.graph.geo.GeoPoint;
import java.util.Objects;

/** A Mexican municipality (or Mexico City alcaldía) with its centroid and, where known, its population. */
public record Municipality(
    MunicipalityCode code,
    String name,
    String stateCode,
    String stateName,
    GeoPoint centroid,
    Long population) {

  public Municipality {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(centroid, "centroid");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("municipality " + code + " needs a name");
    }
    if (!code.stateCode().equals(stateCode)) {
      throw new IllegalArgumentException("municipality " + code + " is not in state " + stateCode);
    }
  }
}
