package enlace.broker.outcome;

import enlace.graph.outcome.EmploymentOutcome;
import enlace.graph.outcome.OutcomeCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per employer, what coordinators may see of its employment outcomes: counts by month and in all, with every
 * cell of fewer than {@link #MIN_REFERRALS} referrals suppressed (no count, no rate), so that nobody can be
 * re-identified; and the flag of an employer with repeated reports of unpaid wages or offers that differed
 * from the ad, which coordinators see whatever the counts.
 */
public final class EmployerTable {

  /** Fewer referrals than this in a cell: no counts and no rates. */
  public static final int MIN_REFERRALS = 5;
  /** Reports of unpaid or late wages and offers that differed, together, that flag an employer. */
  public static final int REPEATED = 2;

  /** One outcome in one cell; null count and rate when the cell is suppressed. */
  public record Count(EmploymentOutcome outcome, Long count, Double rate) {}

  /** A month (yyyy-MM) or the whole window of one employer. */
  public record Cell(String month, Long referrals, boolean suppressed, List<Count> outcomes) {}

  public record Row(String employer, String employerName, Cell total, List<Cell> months, boolean flagged,
      List<EmploymentOutcome> flaggedFor) {}

  private EmployerTable() {}

  public static List<Row> of(List<OutcomeCounts> counts) {
    var byEmployer = new LinkedHashMap<String, List<OutcomeCounts>>();
    counts.forEach(c -> byEmployer.computeIfAbsent(c.employer(), k -> new ArrayList<>()).add(c));
    var rows = new ArrayList<Row>();
    byEmployer.forEach((employer, months) -> {
      long referrals = months.stream().mapToLong(OutcomeCounts::referrals).sum();
      var total = new EnumMap<EmploymentOutcome, Long>(EmploymentOutcome.class);
      months.forEach(m -> m.outcomes().forEach((k, v) -> total.merge(k, v, Long::sum)));
      var warnings = total.entrySet().stream().filter(e -> e.getKey().isWarning()).toList();
      boolean flagged = warnings.stream().mapToLong(Map.Entry::getValue).sum() >= REPEATED;
      rows.add(new Row(employer, months.getFirst().employerName(), cell(null, referrals, total),
          months.stream().map(m -> cell(m.month(), m.referrals(), m.outcomes())).toList(), flagged,
          flagged ? warnings.stream().map(Map.Entry::getKey).toList() : List.of()));
    });
    rows.sort(java.util.Comparator.comparing(Row::flagged).reversed().thenComparing(Row::employerName));
    return rows;
  }

  static Cell cell(String month, long referrals, Map<EmploymentOutcome, Long> outcomes) {
    boolean suppressed = referrals < MIN_REFERRALS;
    var list = Arrays.stream(EmploymentOutcome.values()).map(o -> suppressed ? new Count(o, null, null)
        : new Count(o, outcomes.getOrDefault(o, 0L), (double) outcomes.getOrDefault(o, 0L) / referrals)).toList();
    return new Cell(month, suppressed ? null : referrals, suppressed, list);
  }
}
