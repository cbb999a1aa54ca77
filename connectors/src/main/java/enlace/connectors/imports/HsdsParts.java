package enlace.connectors.imports;

import com.fasterxml.jackson.databind.JsonNode;
import enlace.connectors.imports.Problem.Kind;
import enlace.connectors.imports.Problem.Message;
import enlace.graph.service.OpeningHours;
import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/** The parts of an HSDS service read the same wherever the service sits: ids, status, terms, schedules. */
final class HsdsParts {

  private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
      "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
      "SU", DayOfWeek.SUNDAY);
  private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed", "retired");

  private final Terms terms;

  HsdsParts(Terms terms) {
    this.terms = terms;
  }

  /** A record's id: required, 1-128 letters, digits and . _ : @ - (UUIDs included). */
  String id(Fields f, String field, String id) {
    if (f.required(field, id) == null) {
      return null;
    }
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}")) {
      f.error(Kind.INVALID, field, id, "un id tiene de 1 a 128 letras, dígitos y . _ : @ -, no '" + id + "'",
          "an id is 1-128 letters, digits and . _ : @ -, got '" + id + "'");
      return null;
    }
    return id;
  }

  /** HSDS's status; another word is a warning and the service is taken as active. */
  String status(Fields f, String field, String status) {
    if (status == null) {
      return "active";
    }
    var lower = status.strip().toLowerCase(Locale.ROOT);
    if (STATUSES.contains(lower)) {
      return lower;
    }
    f.warning(Kind.STATUS, field, status, "estado desconocido '" + status + "' (active, inactive, temporarily "
        + "closed, defunct); se toma como activo", "unknown status '" + status + "' (active, inactive, temporarily "
        + "closed, defunct); taken as active");
    return "active";
  }

  /**
   * Taxonomy terms: by URI, Enlace code or Open Eligibility code, else by name through the resolver; a term that
   * names no category is kept as a local term with a warning that lists the candidates.
   */
  void taxonomy(JsonNode attributes, Fields f, String at, LinkedHashSet<String> categories,
      List<ImportRecord.LocalTerm> local) {
    each(attributes, (a, i) -> {
      var term = a.get("taxonomy_term");
      if (term == null || !term.isObject()) {
        return;
      }
      var taxonomy = Fields.text(term, "taxonomy");
      var code = Fields.text(term, "code");
      var name = Fields.text(term, "name");
      var byCode = terms.hsdsCategory(taxonomy, code, Fields.text(term, "term_uri"));
      if (byCode.isPresent()) {
        categories.add(byCode.get());
        return;
      }
      if (name == null) {
        return;
      }
      f.concept(Kind.CATEGORY, at + "/" + i + "/taxonomy_term/name", terms.categoryMatch(name), new Message(
              "se guarda como término propio, se encuentra por texto y queda para revisión",
              "kept as the source's own term, found by text, and listed for review"))
          .ifPresentOrElse(categories::add, () -> local.add(new ImportRecord.LocalTerm(taxonomy, code, name)));
    });
  }

  /**
   * Required documents, free text in HSDS: a document the ontology knows by URI or by name is taken; other text
   * is kept as written, with the documents it names word for word, and a warning.
   */
  void documents(JsonNode list, Fields f, String at, List<String> documents, List<ImportRecord.LocalTerm> local) {
    each(list, (d, i) -> {
      var text = Fields.text(d, "document");
      var byUri = Optional.ofNullable(Fields.text(d, "uri")).flatMap(terms::document);
      var found = byUri.or(() -> Optional.ofNullable(text).flatMap(t -> terms.documentMatch(t).iri()));
      if (found.isPresent()) {
        add(documents, found.get());
        return;
      }
      if (text == null) {
        return;
      }
      local.add(ImportRecord.LocalTerm.requiredDocument(text));
      var named = terms.documentsMentioned(text);
      named.forEach(iri -> add(documents, iri));
      var labels = named.stream().map(iri -> terms.label(iri, "es")).toList();
      var labelsEn = named.stream().map(iri -> terms.label(iri, "en")).toList();
      f.warning(Kind.DOCUMENT_TEXT, at + "/" + i + "/document", text, new Message(
          "documento en texto libre: se guarda como texto" + (named.isEmpty() ? "" : "; nombra " + String.join(", ",
              labels)), "free-text document: kept as text" + (named.isEmpty() ? "" : "; it names " + String.join(
              ", ", labelsEn))), List.of());
    });
  }

  List<String> languages(JsonNode list, Fields f, String at) {
    var out = new LinkedHashSet<String>();
    each(list, (l, i) -> {
      var written = Optional.ofNullable(Fields.text(l, "code")).orElse(Fields.text(l, "name"));
      terms.language(written).ifPresentOrElse(out::add, () -> f.warning(Kind.LANGUAGE, at + "/" + i, written,
          "idioma desconocido '" + written + "'; se omite", "unknown language '" + written + "'; left out"));
    });
    return List.copyOf(out);
  }

  /**
   * Weekly schedules with byday, opens_at and closes_at; a schedule without them is read from its description
   * as people write hours, and what still cannot be read is a warning quoting it.
   */
  void schedules(JsonNode list, Fields f, String at, List<OpeningHours> hours) {
    each(list, (s, i) -> {
      var where = at + "/" + i;
      var freq = Fields.text(s, "freq");
      var byday = Fields.text(s, "byday");
      var opens = Fields.text(s, "opens_at");
      var closes = Fields.text(s, "closes_at");
      boolean weekly = freq == null || freq.equalsIgnoreCase("WEEKLY");
      if (weekly && byday != null && opens != null && closes != null) {
        weekly(f, where, byday, opens, closes, hours);
        return;
      }
      var description = Fields.text(s, "description");
      if (description != null) {
        hours.addAll(f.hours(where + "/description", description));
      } else {
        f.warning(Kind.HOURS, where, freq, "solo se leen horarios semanales con byday, opens_at y closes_at, o "
            + "una descripción; se omite", "only weekly schedules with byday, opens_at and closes_at, or a "
            + "description, are read; left out");
      }
    });
  }

  private static void weekly(Fields f, String where, String byday, String opens, String closes,
      List<OpeningHours> hours) {
    for (var day : byday.split(",")) {
      var weekday = DAYS.get(day.strip().replaceAll("^[+-]?\\d+", "").toUpperCase(Locale.ROOT));
      if (weekday == null) {
        f.warning(Kind.HOURS, where + "/byday", day, "día desconocido '" + day + "' (MO TU WE TH FR SA SU); se omite",
            "unknown day '" + day + "' (MO TU WE TH FR SA SU); left out");
        continue;
      }
      try {
        hours.add(OpeningHours.of(weekday, clock(opens), clock(closes)));
      } catch (IllegalArgumentException e) {
        f.warning(Kind.HOURS, where + "/opens_at", opens + "-" + closes, "no se pudo leer el horario " + opens + "-"
            + closes + "; se omite", "could not read the hours " + opens + "-" + closes + "; left out");
        return;
      }
    }
  }

  /** HH:MM of an HSDS time such as 09:00, 09:00:00 or 09:00-06:00 (the service's own zone applies). */
  private static String clock(String time) {
    return time.length() >= 5 ? time.substring(0, 5) : time;
  }

  ImportRecord.Capacity capacity(JsonNode list, Fields f, String at) {
    if (list == null || !list.isArray() || list.isEmpty()) {
      return null;
    }
    var c = list.get(0);
    var available = f.integer(at + "/0/available", Fields.text(c, "available"));
    var maximum = f.integer(at + "/0/maximum", Fields.text(c, "maximum"));
    var updated = f.instant(at + "/0/updated", Fields.text(c, "updated"));
    return Items.capacity(maximum, available, Fields.text(c.get("unit"), "name"), updated, f, at + "/0/available");
  }

  private static void add(List<String> list, String iri) {
    if (!list.contains(iri)) {
      list.add(iri);
    }
  }

  static void each(JsonNode list, ObjIntConsumer<JsonNode> action) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      action.accept(list.get(i), i);
    }
  }
}
