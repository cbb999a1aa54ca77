package enlace.connectors.schedule;

import enlace.graph.service.OpeningHours;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the way offices write opening days: "mon-fri", "lun-vie", "sat", "sáb", "mon-sun". */
public final class Weekdays {

  private static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
      Map.entry("mon", DayOfWeek.MONDAY), Map.entry("lun", DayOfWeek.MONDAY),
      Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("mar", DayOfWeek.TUESDAY),
      Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("mie", DayOfWeek.WEDNESDAY),
      Map.entry("mié", DayOfWeek.WEDNESDAY),
      Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("jue", DayOfWeek.THURSDAY),
      Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("vie", DayOfWeek.FRIDAY),
      Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sab", DayOfWeek.SATURDAY),
      Map.entry("sáb", DayOfWeek.SATURDAY),
      Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("dom", DayOfWeek.SUNDAY));

  private Weekdays() {}

  /** The days of a single day or a range such as "mon-fri" (ranges may wrap: "sat-mon"). */
  public static List<DayOfWeek> parse(String days) {
    var text = days == null ? "" : days.strip().toLowerCase(Locale.ROOT);
    var ends = text.split("\\s*-\\s*");
    if (ends.length == 1) {
      return List.of(day(ends[0], days));
    }
    if (ends.length != 2) {
      throw new IllegalArgumentException("days are one day or a range like mon-fri / lun-vie, got: " + days);
    }
    var out = new ArrayList<DayOfWeek>();
    var day = day(ends[0], days);
    var last = day(ends[1], days);
    out.add(day);
    while (day != last) {
      day = day.plus(1);
      out.add(day);
    }
    return out;
  }

  /** One opening per day of the range; a span past midnight ("22:00-06:00") becomes two. */
  public static List<OpeningHours> hours(String days, String opens, String closes) {
    var out = new ArrayList<OpeningHours>();
    for (var day : parse(days)) {
      int open = OpeningHours.minuteOfDay(opens);
      int close = OpeningHours.minuteOfDay(closes);
      if (close <= open && close != 0) {
        out.add(OpeningHours.of(day, opens, "24:00"));
        out.add(OpeningHours.of(day.plus(1), "00:00", closes));
      } else {
        out.add(OpeningHours.of(day, opens, close == 0 ? "24:00" : closes));
      }
    }
    return out;
  }

  private static DayOfWeek day(String name, String whole) {
    var day = NAMES.get(name);
    if (day == null) {
      throw new IllegalArgumentException("unknown day '" + name + "' in '" + whole
          + "': use mon tue wed thu fri sat sun or lun mar mié jue vie sáb dom");
    }
    return day;
  }
}
