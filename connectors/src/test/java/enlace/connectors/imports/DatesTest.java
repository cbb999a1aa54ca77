package enlace.connectors.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final Optional<Instant> NOV_1 = Optional.of(Instant.parse("2026-11-01T00:00:00Z"));

  @Test
  void readsDayFirstAsMexicoWritesIt() {
    assertEquals(NOV_1, Dates.read("01/11/2026"));
    assertEquals(NOV_1, Dates.read("1/11/26"));
    assertEquals(NOV_1, Dates.read("1-11-2026"));
    assertEquals(NOV_1, Dates.read("01.11.2026"));
  }

  @Test
  void readsIsoDatesAndDateTimes() {
    assertEquals(NOV_1, Dates.read("2026-11-01"));
    assertEquals(Optional.of(Instant.parse("2026-11-01T15:00:00Z")), Dates.read("2026-11-01T09:00:00-06:00"));
  }

  @Test
  void readsMonthsInWords() {
    assertEquals(NOV_1, Dates.read("1 de noviembre de 2026"));
    assertEquals(NOV_1, Dates.read("1 nov. 2026"));
    assertEquals(NOV_1, Dates.read("November 1, 2026"));
  }

  @Test
  void readsNothingFromWhatIsNoDate() {
    assertEquals(Optional.empty(), Dates.read("31/02/2026"));
    assertEquals(Optional.empty(), Dates.read("ayer"));
    assertEquals(Optional.empty(), Dates.read("11/2026"));
  }
}
