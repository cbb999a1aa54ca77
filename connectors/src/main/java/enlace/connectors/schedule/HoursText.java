package enlace.connectors.schedule;

import enlace.graph.service.OpeningHours;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads opening hours as offices write them, in Spanish or English: day names, abbreviations and initials
 * with ranges and lists ("lunes a viernes", "L-V", "lun. a sáb.", "mon-fri", "sábados y domingos", "fines de
 * semana", "todos los días"), then 12- or 24-hour times with or without minutes ("9 a 17 hrs", "9:00 a.m. –
 * 5 p.m.", "de 8 a 2", "22:00-06:00"), several spans a day ("9 a 14 y 16 a 19"), "24 horas". What cannot be
 * read is returned word for word, never guessed.
 */
public final class HoursText {

  /**
   * What was read: the openings, the parts that could not be read, whether days were missing (then Monday to
   * Friday was taken) and whether an hour without a.m./p.m. was read as afternoon ("9 a 5" as 9:00-17:00).
   */
  public record Reading(List<OpeningHours> hours, List<String> unreadable, boolean assumedWeekdays,
      boolean assumedAfternoon) {
    public Reading {
      hours = List.copyOf(hours);
      unreadable = List.copyOf(unreadable);
    }
  }

  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("lunes", DayOfWeek.MONDAY), Map.entry("lun", DayOfWeek.MONDAY), Map.entry("lu", DayOfWeek.MONDAY),
      Map.entry("martes", DayOfWeek.TUESDAY), Map.entry("mar", DayOfWeek.TUESDAY), Map.entry("ma", DayOfWeek.TUESDAY),
      Map.entry("miercoles", DayOfWeek.WEDNESDAY), Map.entry("mier", DayOfWeek.WEDNESDAY),
      Map.entry("mie", DayOfWeek.WEDNESDAY), Map.entry("mi", DayOfWeek.WEDNESDAY),
      Map.entry("jueves", DayOfWeek.THURSDAY), Map.entry("jue", DayOfWeek.THURSDAY), Map.entry("ju", DayOfWeek.THURSDAY),
      Map.entry("viernes", DayOfWeek.FRIDAY), Map.entry("vie", DayOfWeek.FRIDAY), Map.entry("vi", DayOfWeek.FRIDAY),
      Map.entry("sabado", DayOfWeek.SATURDAY), Map.entry("sabados", DayOfWeek.SATURDAY),
      Map.entry("sab", DayOfWeek.SATURDAY), Map.entry("sa", DayOfWeek.SATURDAY),
      Map.entry("domingo", DayOfWeek.SUNDAY), Map.entry("domingos", DayOfWeek.SUNDAY),
      Map.entry("dom", DayOfWeek.SUNDAY), Map.entry("do", DayOfWeek.SUNDAY),
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY), Map.entry("mo", DayOfWeek.MONDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
      Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tu", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
      Map.entry("we", DayOfWeek.WEDNESDAY),
      Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
      Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("th", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("fr", DayOfWeek.FRIDAY),
      Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("saturdays", DayOfWeek.SATURDAY),
      Map.entry("sat", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sundays", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY),
      Map.entry("su", DayOfWeek.SUNDAY));
  private static final Map<String, DayOfWeek> INITIALS = Map.of("l", DayOfWeek.MONDAY, "m", DayOfWeek.TUESDAY,
      "x", DayOfWeek.WEDNESDAY, "j", DayOfWeek.THURSDAY, "v", DayOfWeek.FRIDAY, "s", DayOfWeek.SATURDAY,
      "d", DayOfWeek.SUNDAY);

  private static final String DAY = "\\b(?:lunes|lun|martes|mar|miercoles|mier|mie|jueves|jue|viernes|vie|sabados?|sab"
      + "|domingos?|dom|monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturdays?|sat"
      + "|sundays?|sun|lu|ma|mi|ju|vi|sa|do|mo|tu|we|th|fr|su)\\b\\.?";
  private static final String THROUGH = "\\s*(?:-|\\ba\\b|\\bal\\b|\\bhasta\\b|\\bto\\b|\\bthru\\b|\\bthrough\\b)\\s*";
  private static final String AND = "\\s*(?:,|/|&|\\by\\b|\\be\\b|\\band\\b)\\s*";
  private static final String TIME = "(?:\\b\\d{4}\\b|\\d{1,2}(?:\\s*[:.]\\s*\\d{2})?\\s*(?:am|pm)?|mediodia|medianoche"
      + "|noon|midnight)";
  private static final Pattern TOKEN = Pattern.compile(
      "(?<all>todos los dias|todo los dias|diario|diariamente|toda la semana|los siete dias|7 dias|daily|every day"
          + "|everyday|seven days)"
          + "|(?<weekdays>entre semana|dias habiles|dias laborales|weekdays)"
          + "|(?<weekend>fines? de semana|weekends?)"
          + "|(?<allday>24\\s*/\\s*7|todo el dia|all day|round the clock)"
          + "|(?<closed>cerrado|closed)"
          + "|(?<dayrange>" + DAY + THROUGH + DAY + ")"
          + "|(?<daylist>" + DAY + "(?:" + AND + DAY + ")*)"
          + "|(?<initials>\\b[lmxjvsd]\\b(?:" + THROUGH + "|" + AND + ")\\b[lmxjvsd]\\b(?:(?:" + AND + ")\\b[lmxjvsd]\\b)*)"
          + "|(?<initial>\\b[lmxjvsd]\\b)"
          + "|(?<span>(?:\\bde\\s+|\\bdesde\\s+|\\bfrom\\s+)?(?<from>" + TIME + ")\\s*(?:h|hrs?|horas)?" + THROUGH
          + "(?:las\\s+)?(?<to>" + TIME + ")(?:\\s*(?:h|hrs?|horas|hours)\\b\\.?)?)");
  private static final Pattern FILLER = Pattern.compile(
      "(?:\\s|[,;:.()|/\\-–]|\\b(?:de|del|y|e|a|al|las|los|el|la|en|horario|horarios|atencion|abierto|abre|open|opens"
          + "|hrs?|horas|hours|h|from|and|por|hasta|desde|dias|days|solo|only|excepto)\\b)*");

  private HoursText() {}

  /** Reads {@code text}; blank text reads as no hours. */
  public static Reading read(String text) {
    if (text == null || text.isBlank()) {
      return new Reading(List.of(), List.of(), false, false);
    }
    var plain = normalise(text);
    var state = new State();
    Matcher m = TOKEN.matcher(plain);
    int last = 0;
    while (m.find()) {
      state.gap(plain.substring(last, m.start()));
      last = m.end();
      state.token(m);
    }
    state.gap(plain.substring(last));
    state.finish();
    return new Reading(state.hours, state.unreadable, state.assumedWeekdays, state.assumedAfternoon);
  }

  static String normalise(String text) {
    var folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return folded.replaceAll("[–—−]", "-")
        .replaceAll("\\b(?:las\\s+)?24\\s*(?:hrs?|h|horas|hours)\\b\\.?", " todo el dia ")
        .replaceAll("\\ba\\.?\\s?m\\.?(?=\\W|$)", "am")
        .replaceAll("\\bp\\.?\\s?m\\.?(?=\\W|$)", "pm")
        .replaceAll("(\\d)\\s*(hrs?|h)\\.?(?=\\W|$)", "$1 ")
        .replaceAll("\\s+", " ").strip();
  }

  /** Days read so far waiting for their spans, and spans waiting for their days. */
  private static final class State {
    final List<OpeningHours> hours = new ArrayList<>();
    final List<String> unreadable = new ArrayList<>();
    boolean assumedWeekdays;
    boolean assumedAfternoon;
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    private Set<DayOfWeek> lastDays = EnumSet.noneOf(DayOfWeek.class);
    private final List<int[]> pendingSpans = new ArrayList<>();
    private boolean spansSinceDays;

    void gap(String between) {
      if (!FILLER.matcher(between).matches()) {
        unreadable.add(between.replaceAll("^[\\s,;:.|/-]+|[\\s,;:.|/-]+$", ""));
      }
    }

    void token(Matcher m) {
      if (m.group("span") != null) {
        span(m.group("from"), m.group("to"), m.group());
        return;
      }
      if (m.group("allday") != null) {
        spanOf(0, OpeningHours.END_OF_DAY);
        return;
      }
      if (m.group("closed") != null) {
        days = EnumSet.noneOf(DayOfWeek.class);
        spansSinceDays = true;
        return;
      }
      addDays(m.group("all") != null ? EnumSet.allOf(DayOfWeek.class)
          : m.group("weekdays") != null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
          : m.group("weekend") != null ? EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
          : m.group("dayrange") != null ? range(m.group("dayrange"), DAYS)
          : m.group("initials") != null ? initials(m.group("initials"))
          : m.group("initial") != null ? EnumSet.of(day(m.group("initial"), INITIALS))
          : list(m.group("daylist")));
    }

    private void addDays(Set<DayOfWeek> more) {
      if (spansSinceDays) {
        days = EnumSet.noneOf(DayOfWeek.class);
        spansSinceDays = false;
      }
      days.addAll(more);
      if (!pendingSpans.isEmpty()) {
        pendingSpans.forEach(s -> open(days, s[0], s[1]));
        pendingSpans.clear();
        spansSinceDays = true;
      }
    }

    private void span(String from, String to, String whole) {
      try {
        var times = times(from, to);
        spanOf(times[0], times[1]);
      } catch (IllegalArgumentException e) {
        unreadable.add(whole.strip());
      }
    }

    private void spanOf(int opens, int closes) {
      Set<DayOfWeek> target = !days.isEmpty() ? days : spansSinceDays ? lastDays : null;
      if (target == null || target.isEmpty()) {
        pendingSpans.add(new int[] {opens, closes});
        return;
      }
      open(target, opens, closes);
      lastDays = target;
      spansSinceDays = true;
    }

    private void open(Set<DayOfWeek> on, int opens, int closes) {
      for (var day : on) {
        if (closes > opens) {
          hours.add(new OpeningHours(day, opens, closes));
        } else {
          hours.add(new OpeningHours(day, opens, OpeningHours.END_OF_DAY));
          if (closes > 0) {
            hours.add(new OpeningHours(day.plus(1), 0, closes));
          }
        }
      }
    }

    void finish() {
      if (!pendingSpans.isEmpty()) {
        assumedWeekdays = true;
        pendingSpans.forEach(s -> open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), s[0], s[1]));
      }
    }

    /**
     * Minutes of the day of a span. A start without a.m./p.m. takes the half of the end that gives the shorter
     * span ("2 a 6 pm" is 14:00-18:00, "9 a 5 pm" 9:00-17:00); an end without one that would close before it
     * opens is read as afternoon ("9 a 5" is 9:00-17:00), unless it reads as a night span ("22 a 6").
     */
    private int[] times(String from, String to) {
      var start = Clock.of(from);
      var end = Clock.of(to);
      int closes = end.minute();
      if (start.half() == null && end.half() != null) {
        var am = start.withHalf("am").minute();
        var pm = start.withHalf("pm").minute();
        boolean pmFits = pm < closes;
        start = start.withHalf(pmFits && (am >= closes || closes - pm < closes - am) ? "pm" : "am");
      }
      int opens = start.minute();
      if (end.half() == null && closes <= opens && end.hour() < 12 && closes + 12 * 60 > opens) {
        closes += 12 * 60;
        assumedAfternoon |= start.half() == null;
      }
      if (opens >= OpeningHours.END_OF_DAY || closes > OpeningHours.END_OF_DAY || opens == closes) {
        throw new IllegalArgumentException("not a span of the day");
      }
      return new int[] {opens, closes == 0 ? OpeningHours.END_OF_DAY : closes};
    }
  }

  /** One end of a span: hour, minute and a.m./p.m. as written. */
  private record Clock(int hour, int minutes, String half) {
    static Clock of(String text) {
      var t = text.strip().replace(" ", "");
      switch (t) {
        case "mediodia", "noon" -> { return new Clock(12, 0, null); }
        case "medianoche", "midnight" -> { return new Clock(24, 0, null); }
        default -> { }
      }
      if (t.matches("\\d{4}")) {
        t = t.substring(0, 2) + ":" + t.substring(2);
      }
      String half = t.endsWith("am") ? "am" : t.endsWith("pm") ? "pm" : null;
      var digits = (half == null ? t : t.substring(0, t.length() - 2)).strip().split("\\s*[:.]\\s*");
      int hour = Integer.parseInt(digits[0]);
      int minutes = digits.length > 1 ? Integer.parseInt(digits[1]) : 0;
      if (minutes > 59 || hour > 24 || half != null && (hour < 1 || hour > 12)) {
        throw new IllegalArgumentException("not a time: " + text);
      }
      return new Clock(hour, minutes, half);
    }

    Clock withHalf(String value) {
      return new Clock(hour, minutes, value);
    }

    int minute() {
      int h = half == null ? hour : half.equals("am") ? hour % 12 : hour % 12 + 12;
      return h * 60 + minutes;
    }
  }

  private static Set<DayOfWeek> range(String text, Map<String, DayOfWeek> names) {
    var ends = text.split(THROUGH);
    var first = day(ends[0], names);
    var last = day(ends[ends.length - 1], names);
    var out = new LinkedHashSet<DayOfWeek>();
    for (var d = first; ; d = d.plus(1)) {
      out.add(d);
      if (d == last) {
        break;
      }
    }
    return out;
  }

  private static Set<DayOfWeek> list(String text) {
    var out = EnumSet.noneOf(DayOfWeek.class);
    for (var name : text.split(AND)) {
      out.add(day(name, DAYS));
    }
    return out;
  }

  private static Set<DayOfWeek> initials(String text) {
    if (text.matches(".*" + THROUGH + ".*") && !text.matches(".*(,|/|&|\\by\\b).*")) {
      return range(text, INITIALS);
    }
    var out = EnumSet.noneOf(DayOfWeek.class);
    for (var name : text.split(AND)) {
      out.add(day(name, INITIALS));
    }
    return out;
  }

  private static DayOfWeek day(String name, Map<String, DayOfWeek> names) {
    var key = name.strip().replace(".", "");
    var day = names.get(key);
    if (day == null) {
      throw new IllegalArgumentException("not a day: " + name);
    }
    return day;
  }
}
