package enlace.connectors.imports;

import com.fasterxml.jackson.databind.JsonNode;
import enlace.connectors.contact.Phones;
import enlace.connectors.imports.Problem.Kind;
import enlace.connectors.imports.Problem.Message;
import enlace.connectors.imports.Problem.Suggestion;
import enlace.connectors.schedule.HoursText;
import enlace.graph.service.OpeningHours;
import enlace.ontology.WordMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the fields of one record and collects what is wrong with it, naming the file, where the record sits,
 * the field and the value: errors (the record cannot be stored) and warnings (it is stored, the problem kept
 * with it), so every fault of a record is reported at once.
 */
final class Fields {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern WEBSITE = Pattern.compile("(?i)https?://[^\\s/$.?#][^\\s]*");

  private final String file;
  private final String where;
  private final List<Problem> problems = new ArrayList<>();
  private final java.util.Map<String, String> placeFields = new java.util.HashMap<>();

  Fields(String file, String where) {
    this.file = file;
    this.where = where;
  }

  ImportRecord.Origin origin() {
    return new ImportRecord.Origin(file, where, placeFields);
  }

  /** Notes the field a place's id was read from, for problems found when the place is written. */
  void placeAt(String placeId, String field) {
    if (placeId != null) {
      placeFields.putIfAbsent(placeId, field);
    }
  }

  void error(Kind kind, String field, String value, String es, String en) {
    problems.add(Problem.error(kind, file, where, field, value, new Message(es, en)));
  }

  /** An error with the values the field may have meant. */
  void problemWithSuggestions(Kind kind, String field, String value, Message message, List<Suggestion> suggestions) {
    problems.add(new Problem(Problem.Severity.ERROR, kind, file, where, field, value, message, suggestions));
  }

  void warning(Kind kind, String field, String value, String es, String en) {
    warning(kind, field, value, new Message(es, en), List.of());
  }

  void warning(Kind kind, String field, String value, Message message, List<Suggestion> suggestions) {
    problems.add(Problem.warning(kind, file, where, field, value, message, suggestions));
  }

  /** True while the record has no error; warnings do not count. */
  boolean ok() {
    return problems.stream().noneMatch(Problem::isError);
  }

  List<Problem> problems() {
    return problems;
  }

  static String text(JsonNode node, String field) {
    var value = node == null ? null : node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
  }

  String required(String field, String value) {
    if (value == null || value.isBlank()) {
      error(Kind.REQUIRED, field, null, "es obligatorio", "is required");
    }
    return value;
  }

  /** A whole number; anything else is dropped with a warning. */
  Integer integer(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    var digits = value.strip().replaceAll("(?<=\\d)[,.](?=\\d{3}\\b)", "");
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      warning(Kind.NUMBER, field, value, "se esperaba un número entero, no '" + value + "'; se deja vacío",
          "expected a whole number, got '" + value + "'; left empty");
      return null;
    }
  }

  /** A decimal number, with a point or a comma; anything else is dropped with a warning. */
  Double decimal(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      warning(Kind.COORDINATES, field, value, "se esperaba un número decimal, no '" + value + "'; se ignora",
          "expected a decimal number, got '" + value + "'; ignored");
      return null;
    }
  }

  /** A date as {@link Dates} reads it; anything else is dropped with a warning. */
  Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    var read = Dates.read(value);
    if (read.isEmpty()) {
      warning(Kind.DATE, field, value, "no es una fecha: '" + value + "' (escriba dd/mm/aaaa o aaaa-mm-dd); se deja vacía",
          "not a date: '" + value + "' (write dd/mm/yyyy or yyyy-mm-dd); left empty");
    }
    return read.orElse(null);
  }

  /**
   * The concept a word names. A guess is taken with a warning that says so; a word that names nothing is left
   * out with a warning that lists the candidates and says what follows ({@code consequence}).
   */
  Optional<String> concept(Kind kind, String field, WordMatch match, Message consequence) {
    return switch (match) {
      case WordMatch.Found f when f.how() == WordMatch.How.SIMILAR -> {
        warning(kind, field, f.text(), new Message(f.explain("es"), f.explain("en")),
            List.of(suggestion(candidate(f))));
        yield Optional.of(f.concept().iri());
      }
      case WordMatch.Found f -> Optional.of(f.concept().iri());
      case WordMatch.NotFound n -> {
        warning(kind, field, n.text(), new Message(n.explain("es") + "; " + consequence.es(),
            n.explain("en") + "; " + consequence.en()), n.candidates().stream().map(Fields::suggestion).toList());
        yield Optional.empty();
      }
    };
  }

  private static WordMatch.Candidate candidate(WordMatch.Found f) {
    return new WordMatch.Candidate(f.concept().iri(), f.concept().notation().orElse(null), f.concept().prefLabels(),
        f.score());
  }

  static Suggestion suggestion(WordMatch.Candidate c) {
    return new Suggestion(c.iri(), c.code(), new Message(c.label("es"), c.label("en")));
  }

  /** Hours as {@link HoursText} reads them; what it cannot read, or had to assume, is a warning quoting it. */
  List<OpeningHours> hours(String field, String text) {
    var reading = HoursText.read(text);
    if (!reading.unreadable().isEmpty()) {
      var parts = String.join("', '", reading.unreadable());
      warning(Kind.HOURS, field, text, "no se pudo leer '" + parts + "' del horario '" + text
          + "' (escriba p. ej. 'lunes a viernes 9 a 17'); " + (reading.hours().isEmpty() ? "se deja sin horario"
          : "se guarda lo demás"), "could not read '" + parts + "' of the hours '" + text
          + "' (write e.g. 'lunes a viernes 9 a 17'); " + (reading.hours().isEmpty() ? "no hours kept"
          : "the rest is kept"));
    }
    if (reading.assumedWeekdays()) {
      warning(Kind.HOURS, field, text, "el horario '" + text + "' no dice los días; se tomó de lunes a viernes",
          "the hours '" + text + "' give no days; Monday to Friday was taken");
    }
    if (reading.assumedAfternoon()) {
      warning(Kind.HOURS, field, text, "en '" + text + "' la hora de cierre se leyó por la tarde",
          "in '" + text + "' the closing hour was read as afternoon");
    }
    return reading.hours();
  }

  /** The first phone number of a cell in E.164 (a Mexican one unless written with its country code). */
  String phone(String field, String text) {
    var reading = Phones.read(text);
    if (reading.unreadable()) {
      warning(Kind.PHONE, field, text, "no es un teléfono válido: '" + text + "'; se omite",
          "not a valid phone number: '" + text + "'; left out");
    }
    return reading.first().orElse(null);
  }

  /** Five digits (a leading zero a spreadsheet dropped is put back); anything else is dropped with a warning. */
  String postalCode(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    var digits = text.replaceAll("(?i)^c\\.?\\s*p\\.?\\s*", "").replaceAll("[\\s.]", "");
    if (digits.matches("\\d{4}")) {
      digits = "0" + digits;
    }
    if (digits.matches("\\d{5}")) {
      return digits;
    }
    warning(Kind.POSTAL_CODE, field, text, "un código postal mexicano tiene cinco dígitos, no '" + text
        + "'; se omite", "a Mexican postal code has five digits, got '" + text + "'; left out");
    return null;
  }

  String email(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (EMAIL.matcher(text.strip()).matches()) {
      return text.strip();
    }
    warning(Kind.EMAIL, field, text, "no es un correo electrónico: '" + text + "'; se omite",
        "not an e-mail address: '" + text + "'; left out");
    return null;
  }

  /** A web address; one written without its scheme gets https://. */
  String website(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    var url = text.strip().matches("(?i)^[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?$") ? "https://" + text.strip() : text.strip();
    if (WEBSITE.matcher(url).matches()) {
      return url;
    }
    warning(Kind.WEBSITE, field, text, "no es una dirección web: '" + text + "'; se omite",
        "not a web address: '" + text + "'; left out");
    return null;
  }
}
