package enlace.connectors.imports;

import enlace.graph.provenance.Duplicates;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private static char delimiter(String headerLine) {
    return headerLine.chars().filter(c -> c == ';').count() > headerLine.chars().filter(c -> c == ',').count()
        ? ';' : ',';
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
