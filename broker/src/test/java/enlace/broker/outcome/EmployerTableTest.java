package enlace.broker.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.graph.outcome.EmploymentOutcome;
import enlace.graph.outcome.OutcomeCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmployerTableTest {

  @Test
  void suppressesEveryCellUnderFiveReferralsButKeepsTheWholeWindowWhenItReachesFive() {
    var rows = EmployerTable.of(List.of(
        new OutcomeCounts("e1", "Empresa", "2026-10", 3, Map.of(EmploymentOutcome.HIRED, 2L)),
        new OutcomeCounts("e1", "Empresa", "2026-11", 2, Map.of(EmploymentOutcome.HIRED, 1L))));
    var row = rows.getFirst();

    assertTrue(row.months().stream().allMatch(EmployerTable.Cell::suppressed), "3 and 2 referrals a month");
    assertTrue(row.months().stream().flatMap(c -> c.outcomes().stream()).allMatch(c -> c.count() == null));
    assertFalse(row.total().suppressed(), "5 referrals in the window");
    var hired = row.total().outcomes().stream().filter(c -> c.outcome() == EmploymentOutcome.HIRED).findFirst()
        .orElseThrow();
    assertEquals(3L, hired.count());
    assertEquals(0.6, hired.rate(), 1e-9);
  }

  @Test
  void flagsTwoReportsOfUnpaidWagesOrDifferedOffersButNotOneOrUnsafeConditionsAlone() {
    var flagged = EmployerTable.of(List.of(new OutcomeCounts("e1", "A", "2026-11", 1,
        Map.of(EmploymentOutcome.WAGES_UNPAID_OR_LATE, 1L, EmploymentOutcome.OFFER_DIFFERED, 1L)))).getFirst();
    var once = EmployerTable.of(List.of(new OutcomeCounts("e2", "B", "2026-11", 9,
        Map.of(EmploymentOutcome.WAGES_UNPAID_OR_LATE, 1L, EmploymentOutcome.UNSAFE_CONDITIONS, 3L)))).getFirst();

    assertTrue(flagged.flagged());
    assertNull(flagged.total().referrals(), "flagged, yet its counts stay suppressed");
    assertFalse(once.flagged());
  }
}
