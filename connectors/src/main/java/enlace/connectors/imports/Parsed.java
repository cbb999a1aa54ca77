package enlace.connectors.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader made of its input: the records it could read (with their warnings among the problems), and the
 * errors of those it could not.
 */
public record Parsed(List<ImportRecord> records, List<Problem> problems) {

  public Parsed {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /** Records read: those kept, and those refused for errors of their own. */
  public int read() {
    return records.size() + (int) problems.stream().filter(Problem::isError).map(Problem::origin).distinct().count();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** What reading alone says: every record refused when any has an error, else nothing written yet. */
  public ImportSummary refusedWhole(boolean dryRun) {
    return new ImportSummary(read(), 0, 0, 0, 0, read(), 0, problems, dryRun, false);
  }

  public Parsed plus(Parsed other) {
    var r = new ArrayList<>(records);
    r.addAll(other.records);
    var p = new ArrayList<>(problems);
    p.addAll(other.problems);
    return new Parsed(r, p);
  }
}
