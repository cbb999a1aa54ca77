package enlace.connectors.imports;

import java.util.List;

/**
 * What an import did with the records it read: created, updated, left unchanged, merged into another source's
 * service, or refused, which add up to {@code read}; and how many of those stored carry warnings. A file with
 * an error is refused whole (every record counts as refused) unless invalid records are skipped. {@code
 * written} is false when nothing was written: a dry run, or a refused file.
 */
public record ImportSummary(int read, int created, int updated, int unchanged, int merged, int refused,
    int withWarnings, List<Problem> problems, boolean dryRun, boolean written, List<Row> rows) {

  public ImportSummary {
    problems = List.copyOf(problems);
    rows = List.copyOf(rows);
  }

  /** Counts and problems, without what became of each record. */
  public ImportSummary(int read, int created, int updated, int unchanged, int merged, int refused, int withWarnings,
      List<Problem> problems, boolean dryRun, boolean written) {
    this(read, created, updated, unchanged, merged, refused, withWarnings, problems, dryRun, written, List.of());
  }

  /**
   * What became (or, in a dry run, would become) of one record of the file: where it was read, its id, and
   * CREATE, UPDATE, UNCHANGED, MERGE (with the service it joins: {@code target}, {@code targetName}) or REFUSE.
   */
  public record Row(String file, String where, String id, String outcome, String target, String targetName) {}

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** How many records have errors of their own (the others of a refused file are refused with them). */
  public int withErrors() {
    return (int) errors().stream().map(Problem::origin).distinct().count();
  }

  /** The summary in one line, in Spanish or English. */
  public String line(String lang) {
    boolean en = lang != null && lang.startsWith("en");
    var counts = en
        ? "read %d: created %d, updated %d, unchanged %d, merged duplicates %d, refused %d; %d with warnings"
        : "leídos %d: creados %d, actualizados %d, sin cambios %d, duplicados fusionados %d, rechazados %d; %d con avisos";
    var note = dryRun ? (en ? " (dry run: nothing written)" : " (simulación: no se escribió nada)")
        : written ? "" : (en ? " (nothing written)" : " (no se escribió nada)");
    var whole = !dryRun && !written && refused == read && withErrors() < refused
        ? (en ? "; the file was refused whole because %d record(s) have errors: fix them or skip invalid records"
            : "; el archivo se rechazó entero porque %d registro(s) tienen errores: corríjalos u omita los inválidos")
            .formatted(withErrors()) : "";
    return counts.formatted(read, created, updated, unchanged, merged, refused, withWarnings) + whole + note;
  }

  public String line() {
    return line("en");
  }
}
