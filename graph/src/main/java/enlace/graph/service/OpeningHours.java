package enlace.graph.service;

import java.time.DayOfWeek;
import java.util.Objects;

/** One opening: a weekday and a span of minutes after local midnight, [opens, closes). */
public record OpeningHours(DayOfWeek day, int opensMinute, int closesMinute) {

  public static final int END_OF_DAY = 24 * 60;

  public OpeningHours {
    Objects.requireNonNull(day, "day");
    if (opensMinute < 0 || closesMinute > END_OF_DAY || opensMinute >= closesMinute) {
      throw new IllegalArgumentException(
          "opening hours on " + day + " must open before they close within the day, got "
              + clock(opensMinute) + "-" + clock(closesMinute));
    }
  }

  public static OpeningHours of(DayOfWeek day, String opens, String closes) {
    return new OpeningHours(day, minuteOfDay(opens), minuteOfDay(closes));
  }

  public String opens() {
    return clock(opensMinute);
  }

  public String closes() {
    return clock(closesMinute);
  }

  /** The compact form kept on the service node: ISO weekday, then opening and closing minute. */
  String encode() {
    return "%d|%04d|%04d".formatted(day.getValue(), opensMinute, closesMinute);
  }

  static OpeningHours decode(String encoded) {
    var parts = encoded.split("\\|");
    return new OpeningHours(DayOfWeek.of(Integer.parseInt(parts[0])),
        Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  /** Minutes after midnight of a clock time written HH:MM (24:00 is the end of the day). */
  public static int minuteOfDay(String clock) {
    if (clock == null || !clock.matches("\\d{1,2}:\\d{2}")) {
      throw new IllegalArgumentException("a time of day is written HH:MM, got: " + clock);
    }
    var parts = clock.split(":");
    int hours = Integer.parseInt(parts[0]);
    int minutes = Integer.parseInt(parts[1]);
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0)) {
      throw new IllegalArgumentException("not a time of day: " + clock);
    }
    return hours * 60 + minutes;
  }

  private static String clock(int minute) {
    return "%02d:%02d".formatted(minute / 60, minute % 60);
  }
}
