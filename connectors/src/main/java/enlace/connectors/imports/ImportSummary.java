package enlace.connectors.imports;

import java.util.List;

/**
 * What an import did: records read, created, updated, left unchanged, merged into another source's
 * service, and rejected (with every problem). {@code written} is false when nothing was written: a dry
 * run, or a file refused whole because some record in it was invalid.
 */
public record ImportSummary(int read, int created, int updated, int unchanged, int merged, int rejected,
    List<Problem> problems, boolean dryRun, boolean written) {

  public ImportSummary {
    problems = List.copyOf(problems);
  }

  /** This summary with rejected counted from its problems: one per record that has any. */
  public ImportSummary withRejected() {
    int records = (int) problems.stream().map(p -> p.file() + "|" + p.where()).distinct().count();
    return new ImportSummary(read, created, updated, unchanged, merged, records, problems, dryRun, written);
  }

  public String line() {
    return "created %d, updated %d, unchanged %d, merged duplicates %d, rejected %d%s".formatted(created, updated,
        unchanged, merged, rejected, dryRun ? " (dry run: nothing written)" : written ? "" : " (nothing written)");
  }
}
