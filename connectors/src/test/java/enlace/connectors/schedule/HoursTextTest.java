package enlace.connectors.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.service.OpeningHours;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HoursTextTest {

  /** The reading as "MO 09:00-17:00, TU …", sorted, for compact assertions. */
  private static String hours(String text) {
    return HoursText.read(text).hours().stream()
        .sorted(java.util.Comparator.comparing(OpeningHours::day).thenComparingInt(OpeningHours::opensMinute))
        .map(h -> h.day().name().substring(0, 2) + " " + h.opens() + "-" + h.closes())
        .collect(Collectors.joining(", "));
  }

  private static final String WEEKDAYS_9_17 =
      "MO 09:00-17:00, TU 09:00-17:00, WE 09:00-17:00, TH 09:00-17:00, FR 09:00-17:00";

  @Test
  void readsSpanishDayRangesWithTwentyFourHourTimes() {
    assertEquals(WEEKDAYS_9_17, hours("Lunes a Viernes de 9 a 17 hrs"));
    assertEquals(WEEKDAYS_9_17, hours("lunes a viernes 09:00-17:00"));
    assertEquals(WEEKDAYS_9_17, hours("De lunes a viernes, de 9:00 a 17:00 horas."));
  }

  @Test
  void readsInitialsAndAbbreviations() {
    assertEquals(WEEKDAYS_9_17, hours("L-V 9-17"));
    assertEquals(WEEKDAYS_9_17, hours("L a V 9 a 17h"));
    assertEquals("MO 09:00-14:00, TU 09:00-14:00, WE 09:00-14:00, TH 09:00-14:00, FR 09:00-14:00, SA 09:00-14:00",
        hours("lun. a sáb. 9 a 14"));
    assertEquals("MO 08:00-12:00, WE 08:00-12:00, FR 08:00-12:00", hours("L, X, V 8-12"));
  }

  @Test
  void readsTwelveHourTimesWithOrWithoutMinutes() {
    assertEquals(WEEKDAYS_9_17, hours("Mon-Fri 9:00 a.m. – 5 p.m."));
    assertEquals(WEEKDAYS_9_17, hours("lunes a viernes 9 am a 5 pm"));
    assertEquals("SA 14:00-18:00", hours("sábado 2 a 6 pm"));
    assertEquals("SU 10:00-12:00", hours("domingo 10 a 12 pm"));
  }

  @Test
  void readsAnAfternoonEndWrittenWithoutPmAndSaysSo() {
    var reading = HoursText.read("lunes a viernes 9 a 5");
    assertEquals(5, reading.hours().size());
    assertEquals("17:00", reading.hours().getFirst().closes());
    assertTrue(reading.assumedAfternoon());
    assertFalse(HoursText.read("lunes a viernes 9 a 17").assumedAfternoon());
  }

  @Test
  void readsSeveralGroupsAndSeveralSpansADay() {
    assertEquals("MO 09:00-14:00, MO 16:00-19:00, TU 09:00-14:00, TU 16:00-19:00, SA 10:00-13:00",
        hours("lunes y martes de 9 a 14 y de 16 a 19; sábados 10 a 13"));
    assertEquals("SA 10:00-14:00, SU 10:00-14:00", hours("fines de semana 10-14"));
    assertEquals(WEEKDAYS_9_17 + ", SA 09:00-13:00", hours("L-V 9-17 S 9-13"));
  }

  @Test
  void readsEveryDayAndAroundTheClock() {
    assertEquals(7, HoursText.read("todos los días 8 a 20").hours().size());
    var always = hours("24 horas");
    assertTrue(always.startsWith("MO 00:00-24:00") && always.endsWith("FR 00:00-24:00"), always);
    assertEquals(7, HoursText.read("Abierto las 24 hrs todos los dias").hours().size());
    assertEquals("SU 00:00-24:00", hours("domingo 24/7"));
  }

  @Test
  void splitsANightSpanAtMidnight() {
    assertEquals("FR 22:00-24:00, SA 00:00-06:00", hours("viernes 22:00-06:00"));
  }

  @Test
  void takesWeekdaysWhenNoDayIsWrittenAndSaysSo() {
    var reading = HoursText.read("9 a 17 hrs");
    assertEquals(5, reading.hours().size());
    assertTrue(reading.assumedWeekdays());
  }

  @Test
  void readsDaysWrittenAfterTheTimes() {
    assertEquals(WEEKDAYS_9_17, hours("9:00 a 17:00 de lunes a viernes"));
  }

  @Test
  void returnsWhatItCannotReadWordForWord() {
    var reading = HoursText.read("lunes a viernes 9 a 17, previa cita");
    assertEquals(5, reading.hours().size());
    assertEquals(List.of("previa cita"), reading.unreadable());
    assertEquals(List.of("cuando hay personal"), HoursText.read("cuando hay personal").unreadable());
    assertTrue(HoursText.read("cuando hay personal").hours().isEmpty());
    assertEquals(List.of("de 25 a 30"), HoursText.read("lunes de 25 a 30").unreadable());
  }

  @Test
  void leavesClosedDaysWithoutHours() {
    assertEquals(WEEKDAYS_9_17, hours("lunes a viernes 9-17, domingo cerrado"));
  }
}
