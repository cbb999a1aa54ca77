package enlace.connectors.imports;

import java.util.ArrayList;
import java.util.List;

/** What a reader made of its input: the records it could read, and a problem for each it could not. */
public record Parsed(List<ImportRecord> records, List<Problem> problems) {

  public Parsed {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  public Parsed plus(Parsed other) {
    var r = new ArrayList<>(records);
    r.addAll(other.records);
    var p = new ArrayList<>(problems);
    p.addAll(other.problems);
    return new Parsed(r, p);
  }
}
