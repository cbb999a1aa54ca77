package enlace.broker.directory;

import enlace.graph.Ids;
import enlace.graph.municipality.MunicipalityCode;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import enlace.ontology.WordMatch;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Every problem of one input, each with the path of its field ({@code input.categories[1]}); the checks
 * go on past the first problem and {@link #throwIfAny()} reports them all before anything is written.
 */
final class InputProblems {

  static final int NAME_LENGTH = 200;
  static final int TEXT_LENGTH = 4_000;

  private final List<InvalidArgument> found = new ArrayList<>();

  void add(String argument, String message) {
    found.add(new InvalidArgument(argument, message));
  }

  /** True when a problem was found at this path or inside it (an item of a list, a field of an object). */
  boolean has(String argument) {
    return found.stream().map(InvalidArgument::argument)
        .anyMatch(a -> a.equals(argument) || a.startsWith(argument + "[") || a.startsWith(argument + "."));
  }

  /** The parsed value, or null after noting why the value was refused. */
  <T> T read(String argument, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidArgument e) {
      found.add(e);
    } catch (IllegalArgumentException | DateTimeException e) {
      add(argument, e.getMessage());
    }
    return null;
  }

  void throwIfAny() {
    if (found.size() == 1) {
      throw found.getFirst();
    }
    if (!found.isEmpty()) {
      throw new InvalidInput(found);
    }
  }

  String id(String argument, String id) {
    return read(argument, () -> Ids.require(id, "an id"));
  }

  /** Free text within a length; blank counts as absent. */
  String text(String argument, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > maxLength) {
      add(argument, "at most " + maxLength + " characters, got " + value.length());
    }
    return value.strip();
  }

  String required(String argument, String value, int maxLength) {
    var text = text(argument, value, maxLength);
    if (text == null) {
      add(argument, "is required and may not be blank");
    }
    return text;
  }

  MunicipalityCode municipality(String argument, String code) {
    return read(argument, () -> new MunicipalityCode(code));
  }

  void range(String argument, Double value, double min, double max) {
    if (value == null || !(value >= min && value <= max)) {
      add(argument, "must be within [" + min + ", " + max + "], got " + value);
    }
  }

  /** Optional text that must match a pattern; {@code expected} says what in the message. */
  String matching(String argument, String value, Pattern pattern, String expected) {
    var text = text(argument, value, NAME_LENGTH);
    if (text != null && !pattern.matcher(text).matches()) {
      add(argument, "expected " + expected + ", got '" + text + "'");
    }
    return text;
  }

  /**
   * The IRI of the concept of the scheme the term names (as the ontology's resolver reads words), or null after
   * noting that it names none, with "¿quiso decir …?" and the best candidates.
   */
  String concept(Ontology ontology, Scheme scheme, String argument, String term) {
    var match = ontology.words().match(term, scheme);
    var iri = match instanceof WordMatch.Found f && f.how() != WordMatch.How.SIMILAR ? f.concept().iri() : null;
    if (iri == null) {
      found.add(ConceptWords.refusal(argument, match));
    }
    return iri;
  }

  /** The concept IRIs of the scheme the terms name, each once; an unknown term is named by its index. */
  List<String> concepts(Ontology ontology, Scheme scheme, String argument, List<String> terms) {
    var iris = new LinkedHashSet<String>();
    for (int i = 0; i < terms.size(); i++) {
      var iri = concept(ontology, scheme, argument + "[" + i + "]", terms.get(i));
      if (iri != null) {
        iris.add(iri);
      }
    }
    return List.copyOf(iris);
  }
}
