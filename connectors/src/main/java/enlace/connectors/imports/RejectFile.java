package enlace.connectors.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the problems of an import as CSV: file, where (line or JSON pointer), field, reason. */
public final class RejectFile {

  private RejectFile() {}

  public static void write(Path path, List<Problem> problems) throws IOException {
    try (var out = new CSVPrinter(Files.newBufferedWriter(path, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setHeader("file", "where", "field", "reason").get())) {
      for (var p : problems) {
        out.printRecord(p.file(), p.where(), p.field(), p.reason());
      }
    }
  }
}
