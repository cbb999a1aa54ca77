package enlace.connectors.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the problems of an import as CSV, errors first: file, where (line or JSON pointer), field, severity
 * (error or warning), kind, the value as written, the reason in English and in Spanish, and the suggestions
 * ("Salud mental (03.02) | Apoyo psicosocial (03.03)").
 */
public final class RejectFile {

  private RejectFile() {}

  public static void write(Path path, List<Problem> problems) throws IOException {
    try (var out = new CSVPrinter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder()
        .setHeader("file", "where", "field", "severity", "kind", "value", "reason", "motivo", "suggestions").get())) {
      for (var p : problems.stream().sorted(java.util.Comparator.comparing(p -> !p.isError())).toList()) {
        out.printRecord(p.file(), p.where(), p.field(), p.isError() ? "error" : "warning", p.kind().name(),
            p.value(), p.message().en(), p.message().es(), p.suggestions().stream()
                .map(s -> s.label().es() + (s.code() == null ? "" : " (" + s.code() + ")"))
                .collect(Collectors.joining(" | ")));
      }
    }
  }
}
