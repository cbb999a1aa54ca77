package enlace.connectors.imports;

import enlace.connectors.gazetteer.Gazetteer;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.provenance.Duplicates;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Municipalities by INEGI code, by name and state (accents and case ignored), or nearest to a point. */
public final class Places {

  private final Map<String, Municipality> byCode = new HashMap<>();
  private final Map<String, Municipality> byName = new HashMap<>();
  private final Map<String, String> stateCodes = new HashMap<>();

  public Places(Gazetteer gazetteer) {
    gazetteer.states().forEach((code, name) -> {
      stateCodes.put(Duplicates.normalise(name), code);
      stateCodes.put(code, code);
    });
    for (var m : gazetteer.municipalities()) {
      byCode.put(m.code().value(), m);
      byName.put(m.stateCode() + "|" + Duplicates.normalise(m.name()), m);
    }
  }

  public Optional<Municipality> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
  }

  /** A municipality named within a state (the state by name or two-digit code). */
  public Optional<Municipality> byName(String name, String state) {
    if (name == null || state == null) {
      return Optional.empty();
    }
    var stateCode = stateCodes.get(state.strip().length() == 2 ? state.strip() : Duplicates.normalise(state));
    return stateCode == null ? Optional.empty()
        : Optional.ofNullable(byName.get(stateCode + "|" + Duplicates.normalise(name)));
  }

  /** The municipality whose seat is nearest, when one lies within {@code maxKm}. */
  public Optional<Municipality> nearest(GeoPoint point, double maxKm) {
    Municipality best = null;
    double bestKm = maxKm;
    for (var m : byCode.values()) {
      if (m.point().isEmpty()) {
        continue;
      }
      double km = point.distanceKm(m.point().get());
      if (km <= bestKm) {
        bestKm = km;
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }
}
