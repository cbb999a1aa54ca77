package enlace.connectors.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekdaysTest {

  @Test
  void shouldReadEnglishAndSpanishRanges() {
    assertEquals(Weekdays.parse("mon-fri"), Weekdays.parse("lun-vie"));
    assertEquals(5, Weekdays.parse("lun-vie").size());
    assertEquals(List.of(DayOfWeek.SATURDAY), Weekdays.parse("sáb"));
    assertEquals(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY), Weekdays.parse("sat-mon"));
  }

  @Test
  void shouldSplitASpanPastMidnight() {
    var hours = Weekdays.hours("fri", "22:00", "06:00");
    assertEquals(2, hours.size());
    assertEquals(DayOfWeek.SATURDAY, hours.get(1).day());
    assertEquals("06:00", hours.get(1).closes());
  }

  @Test
  void shouldTreatMidnightClosingAsTheEndOfTheDay() {
    assertEquals("24:00", Weekdays.hours("mon-sun", "00:00", "24:00").getFirst().closes());
    assertEquals(7, Weekdays.hours("mon-sun", "00:00", "24:00").size());
  }

  @Test
  void shouldNameTheUnknownDay() {
    var error = assertThrows(IllegalArgumentException.class, () -> Weekdays.parse("mon-fry"));
    assertTrue(error.getMessage().contains("'fry'"), error.getMessage());
  }
}
