package enlace.connectors.gazetteer;

import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import enlace.graph.provenance.Duplicates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The one resolver for places as people name them. A municipality is found by its INEGI code, its official
 * name, or the name of a town inside it ("Ciudad Juárez" is Juárez, 08037; "Playa del Carmen" is Solidaridad),
 * within a state written by its name, long name or usual abbreviation ("Coahuila de Zaragoza", "Coah.", "CDMX",
 * "Edomex", "QRoo"). Abbreviations such as "Cd.", "Gral." or "Sta." are read out; a close misspelling is taken
 * when one name is clearly nearest. A name that several municipalities share (Mexico City without an
 * alcaldía, a town name repeated across a state) is {@link Match.Ambiguous ambiguous} unless a point given
 * with it says which.
 */
public final class Places {

  /** Jaro–Winkler from which a misspelt place name is read as the nearest name of its state. */
  static final double SIMILAR = 0.92;
  /** How far ahead of the next municipality a misspelt name's best reading must be. */
  static final double SIMILAR_MARGIN = 0.02;
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final Map<Pattern, String> ABBREVIATIONS = abbreviations();

  /** How a place was recognised. */
  public enum How { CODE, NAME, LOCALITY, STATE_POINT, SIMILAR }

  /** What a written place came to. */
  public sealed interface Match {
    /**
     * A municipality, and the point to use when the record gives none: the town's when a town named it, else
     * the municipal seat (empty where the gazetteer has none). {@code locality} is the town's name, if any.
     */
    record Found(String written, Municipality municipality, Optional<GeoPoint> point, String locality, How how)
        implements Match {}

    /** Several municipalities answer to the name; the candidates, most populous first. */
    record Ambiguous(String written, List<Candidate> candidates) implements Match {
      public Ambiguous {
        candidates = List.copyOf(candidates);
      }
    }

    /** No municipality answers to the name; the most similar names of the state, if any. */
    record NotFound(String written, String state, List<Candidate> candidates) implements Match {
      public NotFound {
        candidates = List.copyOf(candidates);
      }
    }
  }

  /** A municipality a written place may mean, and the town whose name matched, if it was a town's. */
  public record Candidate(Municipality municipality, String locality) {
    /** "Juárez, Chihuahua (08037)", or "Ciudad Obregón (Cajeme, Sonora, 26018)". */
    public String display() {
      var where = municipality.name() + ", " + municipality.stateName();
      return locality == null || Duplicates.normalise(locality).equals(Duplicates.normalise(municipality.name()))
          ? where + " (" + municipality.code().value() + ")"
          : locality + " (" + where + ", " + municipality.code().value() + ")";
    }
  }

  private record Named(Municipality municipality, String locality, GeoPoint point, long population) {}

  private final Map<String, Municipality> byCode = new HashMap<>();
  private final Map<String, String> stateCodes = new HashMap<>();
  private final Map<String, List<String>> stateKeys = new HashMap<>();
  private final Map<String, Map<String, List<Named>>> namesByState = new HashMap<>();
  private final Map<String, List<Municipality>> municipalitiesByState = new HashMap<>();
  private final Map<String, List<Named>> grid = new HashMap<>();

  public Places(Gazetteer gazetteer) {
    for (var state : gazetteer.stateList()) {
      var keys = new ArrayList<String>();
      keys.add(state.code());
      keys.add(key(state.name()));
      keys.add(key(state.abbreviation()));
      state.aliases().forEach(alias -> keys.add(key(alias)));
      keys.forEach(k -> stateCodes.put(k, state.code()));
      stateKeys.put(state.code(), keys);
    }
    for (var m : gazetteer.municipalities()) {
      byCode.put(m.code().value(), m);
      municipalitiesByState.computeIfAbsent(m.stateCode(), s -> new ArrayList<>()).add(m);
      add(new Named(m, null, m.point().orElse(null), m.population() == null ? 0 : m.population()), m.name());
    }
    for (var l : gazetteer.localities()) {
      var m = byCode.get(l.municipality().value());
      if (m != null) {
        add(new Named(m, l.name(), l.point(), l.population() == null ? 0 : l.population()), l.name());
      }
    }
    municipalitiesByState.values().forEach(list -> list.sort(byPopulation()));
  }

  private void add(Named named, String name) {
    namesByState.computeIfAbsent(named.municipality().stateCode(), s -> new HashMap<>())
        .computeIfAbsent(key(name), k -> new ArrayList<>()).add(named);
    if (named.point() != null) {
      grid.computeIfAbsent(cell(named.point().latitude(), named.point().longitude()), c -> new ArrayList<>()).add(named);
    }
  }

  /** The municipality with this INEGI code. */
  public Optional<Municipality> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
  }

  /** The INEGI code of a state written by its code, name, long name or an abbreviation. */
  public Optional<String> state(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    var known = stateCodes.get(key(text));
    if (known != null) {
      return Optional.of(known);
    }
    var k = key(text);
    String best = null;
    double bestScore = SIMILAR;
    for (var e : stateCodes.entrySet()) {
      if (e.getKey().length() > 4 && k.length() > 4) {
        double s = JARO_WINKLER.apply(k, e.getKey());
        if (s >= bestScore) {
          bestScore = s;
          best = e.getValue();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Finds the municipality {@code name} (optionally followed by ", state") names within {@code state} (or
   * anywhere when no state is given); {@code point}, when known, decides between namesakes.
   */
  public Match find(String name, String state, GeoPoint point) {
    var written = name == null ? "" : name.strip();
    var stateText = state;
    int comma = written.lastIndexOf(',');
    if ((stateText == null || stateText.isBlank()) && comma > 0 && state(written.substring(comma + 1)).isPresent()) {
      stateText = written.substring(comma + 1);
      written = written.substring(0, comma).strip();
    }
    var code = written.matches("\\d{5}") ? byCode(written) : Optional.<Municipality>empty();
    if (code.isPresent()) {
      return new Match.Found(written, code.get(), code.get().point(), null, How.CODE);
    }
    var stateCode = state(stateText);
    if (stateText != null && !stateText.isBlank() && stateCode.isEmpty()) {
      return new Match.NotFound(written, stateText.strip(), List.of());
    }
    var k = key(written);
    if (k.isEmpty()) {
      return new Match.NotFound(written, stateCode.orElse(null), List.of());
    }
    var named = stateCode.map(s -> namesByState.getOrDefault(s, Map.of()).getOrDefault(k, List.of()))
        .orElseGet(() -> namesByState.values().stream().flatMap(m -> m.getOrDefault(k, List.of()).stream()).toList());
    if (!named.isEmpty()) {
      return choose(written, named, point);
    }
    var wholeState = stateCode.isPresent() ? stateKeys.get(stateCode.get()).contains(k) : stateCodes.containsKey(k);
    if (wholeState) {
      var s = stateCode.orElse(stateCodes.get(k));
      return choose(written, municipalitiesByState.get(s).stream()
          .map(m -> new Named(m, null, m.point().orElse(null), m.population() == null ? 0 : m.population()))
          .toList(), point);
    }
    var asWritten = written;
    return stateCode.map(s -> similar(asWritten, k, s)).orElseGet(() -> new Match.NotFound(asWritten, null, List.of()));
  }

  /** The municipality of the populated place nearest to {@code point}, when one lies within {@code maxKm}. */
  public Optional<Municipality> nearest(GeoPoint point, double maxKm) {
    Named best = null;
    double bestKm = maxKm;
    int reach = (int) Math.ceil(maxKm / 50.0);
    int row = (int) Math.floor(point.latitude() * 2);
    int col = (int) Math.floor(point.longitude() * 2);
    for (int r = row - reach; r <= row + reach; r++) {
      for (int c = col - reach; c <= col + reach; c++) {
        for (var n : grid.getOrDefault(r + "|" + c, List.of())) {
          double km = point.distanceKm(n.point());
          if (km <= bestKm) {
            bestKm = km;
            best = n;
          }
        }
      }
    }
    return Optional.ofNullable(best).map(Named::municipality);
  }

  private Match choose(String written, List<Named> named, GeoPoint point) {
    var municipalities = new LinkedHashMap<String, Named>();
    named.stream().sorted(Comparator.comparingLong(Named::population).reversed())
        .forEach(n -> municipalities.putIfAbsent(n.municipality().code().value(), n));
    if (municipalities.size() == 1) {
      return found(written, municipalities.values().iterator().next(), How.NAME);
    }
    if (point != null) {
      var nearest = nearest(point, 60);
      if (nearest.isPresent() && municipalities.containsKey(nearest.get().code().value())) {
        return new Match.Found(written, nearest.get(), Optional.of(point), null, How.STATE_POINT);
      }
    }
    return new Match.Ambiguous(written, municipalities.values().stream()
        .sorted(Comparator.comparingLong((Named n) -> n.municipality().population() == null ? 0
            : n.municipality().population()).reversed())
        .map(n -> new Candidate(n.municipality(), n.locality())).toList());
  }

  private static Match found(String written, Named n, How how) {
    var point = Optional.ofNullable(n.point()).or(() -> n.municipality().point());
    return new Match.Found(written, n.municipality(), point, n.locality(),
        n.locality() == null ? how : how == How.SIMILAR ? How.SIMILAR : How.LOCALITY);
  }

  /** The name of the state most like {@code k}, when it is clearly nearest; else the three most like it. */
  private Match similar(String written, String k, String state) {
    var scored = new ArrayList<Map.Entry<Named, Double>>();
    namesByState.getOrDefault(state, Map.of()).forEach((name, list) -> {
      double s = JARO_WINKLER.apply(k, name);
      list.forEach(n -> scored.add(Map.entry(n, s)));
    });
    scored.sort(Map.Entry.<Named, Double>comparingByValue().reversed()
        .thenComparing(e -> -e.getKey().population()));
    var distinct = new ArrayList<Map.Entry<Named, Double>>();
    var seen = new LinkedHashSet<String>();
    for (var e : scored) {
      if (seen.add(e.getKey().municipality().code().value())) {
        distinct.add(e);
      }
      if (distinct.size() == 3) {
        break;
      }
    }
    if (!distinct.isEmpty() && distinct.getFirst().getValue() >= SIMILAR
        && (distinct.size() == 1 || distinct.getFirst().getValue() - distinct.get(1).getValue() >= SIMILAR_MARGIN)) {
      return found(written, distinct.getFirst().getKey(), How.SIMILAR);
    }
    return new Match.NotFound(written, state, distinct.stream()
        .map(e -> new Candidate(e.getKey().municipality(), e.getKey().locality())).toList());
  }

  /** Folds a place name: case, accents and punctuation aside, "Cd." read as "ciudad" and so on. */
  static String key(String text) {
    var out = " " + Duplicates.normalise(text == null ? "" : text.replace(".", ". ")) + " ";
    for (var e : ABBREVIATIONS.entrySet()) {
      out = e.getKey().matcher(out).replaceAll(e.getValue());
    }
    return out.replaceAll("\\s+", " ").strip();
  }

  private static Map<Pattern, String> abbreviations() {
    var out = new LinkedHashMap<Pattern, String>();
    out.put(Pattern.compile(" (?:municipio|mpio|alcaldia|delegacion) (?:de )?"), " ");
    out.put(Pattern.compile(" cd "), " ciudad ");
    out.put(Pattern.compile(" gral "), " general ");
    out.put(Pattern.compile(" sta "), " santa ");
    out.put(Pattern.compile(" sto "), " santo ");
    out.put(Pattern.compile(" sn "), " san ");
    out.put(Pattern.compile(" (?:hca|h) "), " heroica ");
    out.put(Pattern.compile(" vta "), " venustiano ");
    return out;
  }

  private static Comparator<Municipality> byPopulation() {
    return Comparator.comparingLong((Municipality m) -> m.population() == null ? 0 : m.population()).reversed();
  }

  private static String cell(double latitude, double longitude) {
    return (int) Math.floor(latitude * 2) + "|" + (int) Math.floor(longitude * 2);
  }
}
