package enlace.connectors.imports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something an import found in one record: an {@link Severity#ERROR error} (the record cannot be stored
 * meaningfully and is refused) or a {@link Severity#WARNING warning} (the record is stored and the problem is
 * kept with it for review). It names the file, where in it (a line, or a JSON pointer), the field and the value
 * as written, says what is wrong in Spanish and English, and offers what the value may have meant.
 */
public record Problem(Severity severity, Kind kind, String file, String where, String field, String value,
    Message message, List<Suggestion> suggestions) {

  public enum Severity { ERROR, WARNING }

  /** What the problem is about; the review groups warnings by it and maps vocabulary values by it. */
  public enum Kind {
    REQUIRED, INVALID, FORMAT, DUPLICATE_ID, FOREIGN_RECORD, PLACE, COORDINATES, NO_LOCATION,
    CATEGORY, DOCUMENT, ORGANIZATION_KIND, LANGUAGE, DOCUMENT_TEXT,
    HOURS, PHONE, POSTAL_CODE, DATE, NUMBER, CAPACITY, STATUS, EMAIL, WEBSITE
  }

  /** A sentence in Spanish and English. */
  public record Message(String es, String en) {
    public Message {
      Objects.requireNonNull(es, "es");
      Objects.requireNonNull(en, "en");
    }

    /** @param lang a BCP 47 tag; English for "en…", Spanish otherwise */
    public String in(String lang) {
      return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? en : es;
    }
  }

  /** A value the written one may have meant: a concept IRI or an INEGI code, its code, and its label. */
  public record Suggestion(String value, String code, Message label) {}

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    file = file == null ? "" : file;
    where = where == null ? "" : where;
    field = field == null ? "" : field;
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  /** An error in one sentence for both languages, as code that only knows English writes it. */
  public Problem(String file, String where, String field, String reason) {
    this(Severity.ERROR, Kind.INVALID, file, where, field, null, new Message(reason, reason), List.of());
  }

  public static Problem error(Kind kind, String file, String where, String field, String value, Message message) {
    return new Problem(Severity.ERROR, kind, file, where, field, value, message, List.of());
  }

  public static Problem warning(Kind kind, String file, String where, String field, String value, Message message,
      List<Suggestion> suggestions) {
    return new Problem(Severity.WARNING, kind, file, where, field, value, message, suggestions);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The English sentence. */
  public String reason() {
    return message.en();
  }

  /** Where the record sits: the key that ties a problem to its record. */
  String origin() {
    return file + "|" + where;
  }

  /** "oficina.csv line 7 [horario] aviso: …" in the language asked for. */
  public String describe(String lang) {
    boolean en = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
    var label = isError() ? (en ? "error" : "error") : (en ? "warning" : "aviso");
    return file + (where.isEmpty() ? "" : " " + where) + (field.isEmpty() ? "" : " [" + field + "]") + " " + label
        + ": " + message.in(lang);
  }

  @Override
  public String toString() {
    return describe("en");
  }
}
