package enlace.connectors.imports;

import enlace.graph.provenance.Duplicates;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;

/**
 * The rows of a CSV text with a header line, comma- or semicolon-separated (spreadsheets set to Spanish
 * write semicolons), each with its line number and its cells by normalised header
 * ("Código postal" → "codigo_postal"), a byte-order mark ignored.
 */
final class CsvRows {

  record Row(int line, Map<String, String> cells) {
    String get(String... names) {
      for (var name : names) {
        var value = cells.get(name);
        if (value != null && !value.isBlank()) {
          return value.strip();
        }
      }
      return null;
    }
  }

  private CsvRows() {}

  static List<Row> read(String content) {
    var text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    var first = text.lines().findFirst().orElse("");
    return rows(text, delimiter(first));
  }

  /** The separator the header line uses most: a semicolon (Excel in Spanish), a tab, or a comma. */
  private static char delimiter(String headerLine) {
    char best = ',';
    long most = headerLine.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = headerLine.chars().filter(c -> c == candidate).count();
      if (count > most) {
        best = candidate;
        most = count;
      }
    }
    return best;
  }

  /**
   * The rows of a table read from a workbook: the header is the first of the top rows that names at least two of
   * {@code marks} (title rows above it are skipped), the rows below it are numbered as the workbook numbers them.
   */
  static List<Row> fromTable(List<List<String>> table, Set<String> marks) {
    int header = -1;
    for (int i = 0; i < Math.min(table.size(), 30) && header < 0; i++) {
      if (table.get(i).stream().filter(c -> c != null && marks.contains(column(c))).count() >= 2) {
        header = i;
      }
    }
    if (header < 0) {
      throw new IllegalArgumentException("no header row among the first 30 rows (expected columns such as "
          + String.join(", ", new TreeSet<>(marks)) + ")");
    }
    var names = table.get(header).stream().map(c -> c == null ? "" : column(c)).toList();
    var out = new ArrayList<Row>();
    for (int i = header + 1; i < table.size(); i++) {
      var cells = new HashMap<String, String>();
      var values = table.get(i);
      for (int c = 0; c < names.size() && c < values.size(); c++) {
        if (!names.get(c).isEmpty() && values.get(c) != null) {
          cells.putIfAbsent(names.get(c), values.get(c).strip());
        }
      }
      out.add(new Row(i + 1, cells));
    }
    return out;
  }

  private static List<Row> rows(String text, char delimiter) {
    var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(false).setTrim(true).setAllowMissingColumnNames(true).get();
    var out = new ArrayList<Row>();
    try (var parser = format.parse(new StringReader(text))) {
      var names = parser.getHeaderNames().stream().map(CsvRows::column).toList();
      for (var record : parser) {
        var cells = new HashMap<String, String>();
        for (int i = 0; i < names.size() && i < record.size(); i++) {
          cells.putIfAbsent(names.get(i), record.get(i));
        }
        out.add(new Row((int) record.getRecordNumber() + 1, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("not a CSV file with a header line: " + e.getMessage(), e);
    }
    return out;
  }

  static String column(String header) {
    return Duplicates.normalise(header).replace(' ', '_');
  }
}
