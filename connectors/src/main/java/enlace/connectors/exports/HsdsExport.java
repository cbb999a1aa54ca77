package enlace.connectors.exports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import enlace.connectors.imports.ServiceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports the whole directory as HSDS 3.1: {@code services.json} (one page holding every service, the
 * shape of the API's {@code /services}) or the tabular form (CSV files and datapackage.json).
 */
public final class HsdsExport {

  private final DirectoryReader directory;
  private final HsdsWriter writer;

  public HsdsExport(DirectoryReader directory, HsdsWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Writes services.json into {@code dir}; returns how many services it holds. */
  public int json(Path dir) throws IOException {
    Files.createDirectories(dir);
    long total = directory.provenances().count("Service").toCompletableFuture().join();
    var mapper = new ObjectMapper();
    try (var out = mapper.getFactory().createGenerator(dir.resolve("services.json").toFile(), JsonEncoding.UTF8)) {
      out.useDefaultPrettyPrinter();
      out.writeStartObject();
      out.writeNumberField("total_items", total);
      out.writeNumberField("total_pages", 1);
      out.writeNumberField("page_number", 1);
      out.writeNumberField("size", total);
      out.writeBooleanField("first_page", true);
      out.writeBooleanField("last_page", true);
      out.writeBooleanField("empty", total == 0);
      out.writeArrayFieldStart("contents");
      int written = each(node -> mapper.writeTree(out, node));
      out.writeEndArray();
      out.writeEndObject();
      return written;
    }
  }

  /** Writes the tabular form into {@code dir}; returns how many services it holds. */
  public int tables(Path dir) throws IOException {
    try (var tables = new HsdsTablesWriter(dir)) {
      return each(tables::add);
    }
  }

  private int each(Pages.Sink<ObjectNode> sink) throws IOException {
    return Pages.each(directory::services, ServiceRecord::id, record -> sink.accept(writer.service(record)));
  }
}
