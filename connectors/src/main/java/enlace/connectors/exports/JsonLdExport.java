package enlace.connectors.exports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.databind.ObjectMapper;
import enlace.connectors.imports.ImportRecord;
import enlace.connectors.imports.ServiceRecord;
import enlace.connectors.imports.VacancyRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exports the directory as one schema.org JSON-LD document, {@code directory.jsonld}, with an @graph. */
public final class JsonLdExport {

  private final DirectoryReader directory;
  private final JsonLdWriter writer;

  public JsonLdExport(DirectoryReader directory, JsonLdWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Writes directory.jsonld into {@code dir}; returns how many nodes its graph holds. */
  public int write(Path dir) throws IOException {
    Files.createDirectories(dir);
    var mapper = new ObjectMapper();
    int count = 0;
    try (var out = mapper.getFactory().createGenerator(dir.resolve("directory.jsonld").toFile(), JsonEncoding.UTF8)) {
      out.useDefaultPrettyPrinter();
      out.writeStartObject();
      out.writeStringField("@context", JsonLdWriter.CONTEXT);
      out.writeArrayFieldStart("@graph");
      count += Pages.each(directory::organizations, ImportRecord.Org::id,
          o -> mapper.writeTree(out, writer.organization(o)));
      count += Pages.each(directory::services, ServiceRecord::id, s -> mapper.writeTree(out, writer.service(s)));
      count += Pages.each(directory::vacancies, VacancyRecord::id, v -> mapper.writeTree(out, writer.vacancy(v)));
      out.writeEndArray();
      out.writeEndObject();
    }
    return count;
  }
}
