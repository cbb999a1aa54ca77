package enlace.connectors.imports;

import enlace.connectors.gazetteer.Places;
import enlace.connectors.imports.Problem.Kind;
import enlace.connectors.imports.Problem.Message;
import enlace.connectors.imports.Problem.Suggestion;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.Municipality;
import java.util.List;
import java.util.Optional;

/**
 * Where a record is, from what it gives: an INEGI code, a municipality or town and a state as people write
 * them, coordinates. Coordinates outside Mexico are ignored (or read swapped, when that puts them in Mexico);
 * without coordinates the record is placed at the town it names, else at the municipal seat. A named place that
 * cannot be pinned to one municipality is an error listing the candidates, unless coordinates in Mexico say
 * where the record is: then the record is placed by them and the name is a warning.
 */
final class Locator {

  /** A record's municipality and point. */
  record Located(Municipality municipality, double latitude, double longitude) {}

  /** Field names of one format, to name them in problems. */
  record Columns(String code, String municipality, String state, String latitude) {}

  private static final int MAX_SUGGESTIONS = 16;

  private final Places places;

  Locator(Places places) {
    this.places = places;
  }

  Places places() {
    return places;
  }

  Optional<Located> locate(Fields f, Columns columns, String code, String name, String state, String latitude,
      String longitude) {
    var point = point(f, columns.latitude(), f.decimal(columns.latitude(), latitude),
        f.decimal(columns.latitude().replace("lat", "long"), longitude));
    Optional<Municipality> municipality = Optional.empty();
    GeoPoint fallback = null;
    if (code != null && !code.isBlank()) {
      // Excel keeps "07089" as the number 7089: the leading zero of states 01 to 09 is put back.
      code = code.strip().matches("\\d{4}") ? "0" + code.strip() : code;
      municipality = places.byCode(code);
      if (municipality.isEmpty() && (name == null || name.isBlank())) {
        f.error(Kind.PLACE, columns.code(), code, "ningún municipio tiene la clave INEGI '" + code + "'",
            "no municipality has the INEGI code '" + code + "'");
        return Optional.empty();
      }
      fallback = municipality.flatMap(Municipality::point).orElse(null);
    }
    if (municipality.isEmpty() && name != null && !name.isBlank()) {
      var match = places.find(name, state, point);
      switch (match) {
        case Places.Match.Found found -> {
          municipality = Optional.of(found.municipality());
          fallback = found.point().orElse(null);
          if (found.how() == Places.How.SIMILAR) {
            var as = new Places.Candidate(found.municipality(), found.locality()).display();
            f.warning(Kind.PLACE, columns.municipality(), name, new Message("se leyó '" + name + "' como " + as,
                "read '" + name + "' as " + as), suggestions(List.of(new Places.Candidate(found.municipality(),
                found.locality()))));
          }
        }
        case Places.Match.Ambiguous ambiguous -> {
          var where = place(name, state);
          f.problemWithSuggestions(Kind.PLACE, columns.municipality(), where, new Message(
              "'" + where + "' puede ser varios municipios: " + list(ambiguous.candidates(), "es")
                  + "; escriba el municipio (o alcaldía), la clave INEGI o las coordenadas",
              "'" + where + "' may be several municipalities: " + list(ambiguous.candidates(), "en")
                  + "; write the municipality (or alcaldía), the INEGI code or the coordinates"),
              suggestions(ambiguous.candidates()));
          return Optional.empty();
        }
        case Places.Match.NotFound missing -> {
          var where = place(name, state);
          var unknownState = missing.state() != null && missing.state().equals(state == null ? null : state.strip());
          var es = unknownState ? "estado desconocido '" + state.strip() + "'"
              : "no se encontró el municipio '" + where + "'";
          var en = unknownState ? "unknown state '" + state.strip() + "'" : "no municipality found for '" + where + "'";
          var also = missing.candidates().isEmpty() ? "" : list(missing.candidates(), "es");
          var field = unknownState ? columns.state() : columns.municipality();
          var message = new Message(es + (also.isEmpty() ? "" : "; ¿quiso decir " + also + "?"),
              en + (also.isEmpty() ? "" : "; did you mean " + list(missing.candidates(), "en") + "?"));
          if (point == null) {
            f.problemWithSuggestions(Kind.PLACE, field, where, message, suggestions(missing.candidates()));
            return Optional.empty();
          }
          f.warning(Kind.PLACE, field, where, new Message(message.es() + "; se ubicó por sus coordenadas",
              message.en() + "; placed by its coordinates"), suggestions(missing.candidates()));
        }
      }
    }
    if (municipality.isEmpty() && point != null) {
      municipality = places.nearest(point, 60);
    }
    if (municipality.isEmpty()) {
      f.error(Kind.PLACE, columns.municipality(), null,
          "sin lugar: dé la clave INEGI, el municipio y el estado, o las coordenadas",
          "no place: give the INEGI code, the municipality and state, or the coordinates");
      return Optional.empty();
    }
    var at = point != null ? point : fallback;
    if (at == null) {
      f.error(Kind.COORDINATES, columns.latitude(), null,
          "no se conoce un punto de este municipio: dé latitud y longitud",
          "this municipality has no known point: give latitude and longitude");
      return Optional.empty();
    }
    return Optional.of(new Located(municipality.get(), at.latitude(), at.longitude()));
  }

  /** Coordinates in Mexico, read swapped when only that puts them there; others are ignored with a warning. */
  private static GeoPoint point(Fields f, String field, Double latitude, Double longitude) {
    if (latitude == null || longitude == null) {
      return null;
    }
    if (inMexico(latitude, longitude)) {
      return new GeoPoint(latitude, longitude);
    }
    var written = latitude + ", " + longitude;
    if (inMexico(longitude, latitude)) {
      f.warning(Kind.COORDINATES, field, written, "latitud y longitud parecen invertidas; se leyeron al revés",
          "latitude and longitude look swapped; read the other way round");
      return new GeoPoint(longitude, latitude);
    }
    f.warning(Kind.COORDINATES, field, written, "las coordenadas " + written
        + " no están en México; se usa el lugar que nombra el registro",
        "the coordinates " + written + " are not in Mexico; the place the record names is used");
    return null;
  }

  static boolean inMexico(double latitude, double longitude) {
    return latitude >= 14 && latitude <= 33 && longitude >= -118.5 && longitude <= -86;
  }

  private static String place(String name, String state) {
    return state == null || state.isBlank() ? name.strip() : name.strip() + ", " + state.strip();
  }

  private static String list(List<Places.Candidate> candidates, String lang) {
    var shown = candidates.stream().limit(MAX_SUGGESTIONS).map(Places.Candidate::display).toList();
    var more = candidates.size() > MAX_SUGGESTIONS
        ? (lang.equals("en") ? " and " : " y ") + (candidates.size() - MAX_SUGGESTIONS) + (lang.equals("en") ? " more"
            : " más") : "";
    return String.join("; ", shown) + more;
  }

  static List<Suggestion> suggestions(List<Places.Candidate> candidates) {
    return candidates.stream().limit(MAX_SUGGESTIONS).map(c -> new Suggestion(c.municipality().code().value(),
        c.municipality().code().value(), new Message(c.display(), c.display()))).toList();
  }
}
