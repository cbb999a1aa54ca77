package enlace.connectors.exports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exports the directory as one schema.org JSON-LD document, {@code directory.jsonld}, with an @graph. */
public final class JsonLdExport {

  private static final int PAGE = 500;

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
      for (String after = null; ; ) {
        var page = directory.organizations(after, PAGE).toCompletableFuture().join();
        if (page.isEmpty()) {
          break;
        }
        for (var o : page) {
          mapper.writeTree(out, writer.organization(o));
          count++;
        }
        after = page.getLast().id();
      }
      for (String after = null; ; ) {
        var page = directory.services(after, PAGE).toCompletableFuture().join();
        if (page.isEmpty()) {
          break;
        }
        for (var s : page) {
          mapper.writeTree(out, writer.service(s));
          count++;
        }
        after = page.getLast().id();
      }
      for (String after = null; ; ) {
        var page = directory.vacancies(after, PAGE).toCompletableFuture().join();
        if (page.isEmpty()) {
          break;
        }
        for (var v : page) {
          mapper.writeTree(out, writer.vacancy(v));
          count++;
        }
        after = page.getLast().id();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return count;
  }
}
