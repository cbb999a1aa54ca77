package enlace.connectors.imports;

import enlace.graph.provenance.Duplicates;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as people write them in Mexico: day first ("01/11/2026", "1-11-26", "1.11.2026"), with the month
 * in words ("1 de noviembre de 2026", "1 nov 2026", "November 1, 2026"), or ISO 8601 ("2026-11-01", a
 * date-time with offset). A date means the start of that day in UTC.
 */
final class Dates {

  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2}) (?:de )?([a-z]+)\\.? (?:de |del )?(\\d{4})");
  private static final Pattern ENGLISH = Pattern.compile("([a-z]+)\\.? (\\d{1,2}),? (\\d{4})");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("enero", 1), Map.entry("ene", 1), Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("febrero", 2), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("marzo", 3), Map.entry("mar", 3), Map.entry("march", 3),
      Map.entry("abril", 4), Map.entry("abr", 4), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("mayo", 5), Map.entry("may", 5),
      Map.entry("junio", 6), Map.entry("jun", 6), Map.entry("june", 6),
      Map.entry("julio", 7), Map.entry("jul", 7), Map.entry("july", 7),
      Map.entry("agosto", 8), Map.entry("ago", 8), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("september", 9),
      Map.entry("octubre", 10), Map.entry("oct", 10), Map.entry("october", 10),
      Map.entry("noviembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
      Map.entry("diciembre", 12), Map.entry("dic", 12), Map.entry("december", 12), Map.entry("dec", 12));

  private Dates() {}

  /** The instant {@code text} names, if it is a date written in one of the ways above. */
  static Optional<Instant> read(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    var t = text.strip();
    try {
      if (t.length() > 10 && t.contains("T")) {
        return Optional.of(OffsetDateTime.parse(t).toInstant());
      }
      return date(t).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String text) throws DateTimeParseException {
    if (ISO.matcher(text).matches()) {
      var p = text.split("-");
      return Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
    var m = DAY_FIRST.matcher(text);
    if (m.matches()) {
      return Optional.of(LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    }
    var words = Duplicates.normalise(text);
    m = WORDS.matcher(words);
    if (m.matches() && MONTHS.containsKey(m.group(2))) {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)),
          Integer.parseInt(m.group(1))));
    }
    m = ENGLISH.matcher(words);
    if (m.matches() && MONTHS.containsKey(m.group(1))) {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1)),
          Integer.parseInt(m.group(2))));
    }
    return Optional.empty();
  }

  private static int year(String digits) {
    return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
  }
}
