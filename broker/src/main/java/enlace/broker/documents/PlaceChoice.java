package enlace.broker.documents;

import enlace.graph.municipality.Municipality;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed as a municipality: its INEGI code or its name, accents and case ignored. One match is
 * the place; several (there are Juárez in many states) or none come back with the names to choose from.
 */
sealed interface PlaceChoice {

  int SUGGESTIONS = 8;

  record Found(Municipality municipality) implements PlaceChoice {}

  /** Several municipalities have the name, or none does and these come close ("¿quiso decir …?"). */
  record Choose(String typed, List<Municipality> candidates, boolean exact) implements PlaceChoice {}

  static PlaceChoice resolve(String typed, List<Municipality> municipalities) {
    var wanted = normalise(typed);
    var byCode = municipalities.stream().filter(m -> m.code().value().equals(typed.strip())).toList();
    if (byCode.size() == 1) {
      return new Found(byCode.getFirst());
    }
    var named = municipalities.stream().filter(m -> normalise(m.name()).equals(wanted)
        || normalise(m.name() + ", " + m.stateName()).equals(wanted)).toList();
    if (named.size() == 1) {
      return new Found(named.getFirst());
    }
    if (!named.isEmpty()) {
      return new Choose(typed, sorted(named), true);
    }
    return new Choose(typed, close(wanted, municipalities), false);
  }

  private static List<Municipality> close(String wanted, List<Municipality> municipalities) {
    if (wanted.length() < 3) {
      return List.of();
    }
    var start = wanted.substring(0, Math.min(4, wanted.length()));
    return sorted(municipalities.stream()
        .filter(m -> normalise(m.name()).contains(wanted) || normalise(m.name()).startsWith(start))
        .limit(SUGGESTIONS).toList());
  }

  private static List<Municipality> sorted(List<Municipality> list) {
    return list.stream().sorted(Comparator.comparing(Municipality::name).thenComparing(Municipality::stateName))
        .toList();
  }

  static String normalise(String text) {
    var decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
