package enlace.connectors.gazetteer;

import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.MunicipalityCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mexico's states and municipalities with INEGI codes, derived from GeoNames (CC BY 4.0); see
 * ATTRIBUTION.md beside the data.
 */
public final class Gazetteer {

  private static final String BASE = "/enlace/connectors/gazetteer/";

  private final List<Municipality> municipalities;
  private final Map<String, String> states;

  private Gazetteer(List<Municipality> municipalities, Map<String, String> states) {
    this.municipalities = List.copyOf(municipalities);
    this.states = Map.copyOf(states);
  }

  /** The table shipped with Enlace. */
  public static Gazetteer bundled() {
    var states = new LinkedHashMap<String, String>();
    for (var row : rows("states.tsv")) {
      states.put(row[0], row[1]);
    }
    var municipalities = new ArrayList<Municipality>();
    for (var row : rows("municipalities.tsv")) {
      var point = row[4].isEmpty() ? null : new GeoPoint(Double.parseDouble(row[4]), Double.parseDouble(row[5]));
      var population = row[6].isEmpty() ? null : Long.parseLong(row[6]);
      municipalities.add(new Municipality(new MunicipalityCode(row[0]), row[1], row[2], row[3], point, population));
    }
    return new Gazetteer(municipalities, states);
  }

  public List<Municipality> municipalities() {
    return municipalities;
  }

  /** State names by INEGI code, "01" to "32". */
  public Map<String, String> states() {
    return states;
  }

  private static List<String[]> rows(String file) {
    var in = Objects.requireNonNull(Gazetteer.class.getResourceAsStream(BASE + file), file + " is missing from the jar");
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
