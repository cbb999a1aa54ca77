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
 * Mexico's states, municipalities with INEGI codes and their populated places, derived from GeoNames (CC BY
 * 4.0); see ATTRIBUTION.md beside the data.
 */
public final class Gazetteer {

  private static final String BASE = "/enlace/connectors/gazetteer/";

  /** A state: INEGI code, short name, INEGI abbreviation, and the other ways people write it. */
  public record State(String code, String name, String abbreviation, List<String> aliases) {
    public State {
      aliases = List.copyOf(aliases);
    }
  }

  /** A populated place inside a municipality, with its point and (where GeoNames has it) population. */
  public record Locality(String name, MunicipalityCode municipality, GeoPoint point, Long population) {}

  private final List<Municipality> municipalities;
  private final Map<String, String> states;
  private final List<State> stateList;
  private final List<Locality> localities;

  private Gazetteer(List<Municipality> municipalities, List<State> states, List<Locality> localities) {
    this.municipalities = List.copyOf(municipalities);
    this.stateList = List.copyOf(states);
    var names = new LinkedHashMap<String, String>();
    states.forEach(state -> names.put(state.code(), state.name()));
    this.states = java.util.Collections.unmodifiableMap(names);
    this.localities = List.copyOf(localities);
  }

  /** The table shipped with Enlace. */
  public static Gazetteer bundled() {
    var states = new ArrayList<State>();
    for (var row : rows("states.tsv")) {
      states.add(new State(row[0], row[1], row[2], row[3].isEmpty() ? List.of() : List.of(row[3].split(";"))));
    }
    var localities = new ArrayList<Locality>();
    for (var row : rows("localities.tsv")) {
      localities.add(new Locality(row[0], new MunicipalityCode(row[1]),
          new GeoPoint(Double.parseDouble(row[2]), Double.parseDouble(row[3])),
          row[4].isEmpty() ? null : Long.parseLong(row[4])));
    }
    var municipalities = new ArrayList<Municipality>();
    for (var row : rows("municipalities.tsv")) {
      var point = row[4].isEmpty() ? null : new GeoPoint(Double.parseDouble(row[4]), Double.parseDouble(row[5]));
      var population = row[6].isEmpty() ? null : Long.parseLong(row[6]);
      municipalities.add(new Municipality(new MunicipalityCode(row[0]), row[1], row[2], row[3], point, population));
    }
    return new Gazetteer(municipalities, states, localities);
  }

  public List<Municipality> municipalities() {
    return municipalities;
  }

  /** State names by INEGI code, "01" to "32". */
  public Map<String, String> states() {
    return states;
  }

  /** The states with their abbreviations and aliases, by code. */
  public List<State> stateList() {
    return stateList;
  }

  /** The populated places of every municipality (GeoNames, CC BY 4.0). */
  public List<Locality> localities() {
    return localities;
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
