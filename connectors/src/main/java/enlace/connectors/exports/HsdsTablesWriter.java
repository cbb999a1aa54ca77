package enlace.connectors.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes services (in the JSON shape {@link HsdsWriter} makes) as the tabular form of HSDS 3.1: one CSV file
 * per table with the columns the shipped datapackage.json lists, and that datapackage.json beside them.
 * The datapackage lists only the link columns of service_capacity and none for units; those two tables
 * take their columns from the JSON schemas.
 */
public final class HsdsTablesWriter implements Closeable {

  static final String BASE = "/enlace/connectors/hsds/";
  private static final Map<String, List<String>> EXTRA = Map.of(
      "service_capacity.csv", List.of("id", "service_id", "unit_id", "available", "maximum", "description", "updated"),
      "units.csv", List.of("id", "name", "scheme", "identifier", "uri"));

  private final Map<String, List<String>> columns;
  private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
  private final Set<String> written = new HashSet<>();
  private final Path dir;

  public HsdsTablesWriter(Path dir) throws IOException {
    this.dir = dir;
    this.columns = columns();
    Files.createDirectories(dir);
    try (InputStream in = HsdsTablesWriter.class.getResourceAsStream(BASE + "datapackage.json")) {
      Files.write(dir.resolve("datapackage.json"), in.readAllBytes());
    }
    for (var table : columns.keySet()) {
      var out = Files.newBufferedWriter(dir.resolve(table), StandardCharsets.UTF_8);
      printers.put(table, new CSVPrinter(out, CSVFormat.DEFAULT.builder()
          .setHeader(columns.get(table).toArray(String[]::new)).get()));
    }
  }

  public Path dir() {
    return dir;
  }

  public void add(JsonNode s) throws IOException {
    var id = s.get("id").asText();
    var org = s.get("organization");
    if (org != null) {
      row("organizations.csv", org);
      for (var phone : org.path("phones")) {
        row("phones.csv", phone);
      }
      attributes(org);
    }
    row("services.csv", s);
    for (var sal : s.path("service_at_locations")) {
      row("service_at_location.csv", sal);
      var location = sal.get("location");
      row("locations.csv", location);
      for (var address : location.path("addresses")) {
        row("addresses.csv", address);
      }
    }
    for (var table : List.of("schedules", "languages", "required_documents")) {
      for (var item : s.path(table)) {
        row(table + ".csv", item);
      }
    }
    for (var capacity : s.path("capacities")) {
      var unit = capacity.get("unit");
      var flat = ((com.fasterxml.jackson.databind.node.ObjectNode) capacity.deepCopy()).put("unit_id",
          unit.get("id").asText());
      row("service_capacity.csv", flat);
      row("units.csv", unit);
    }
    attributes(s);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a service without id");
    }
  }

  private void attributes(JsonNode owner) throws IOException {
    for (var attribute : owner.path("attributes")) {
      row("attributes.csv", attribute);
      row("taxonomy_terms.csv", attribute.get("taxonomy_term"));
    }
  }

  private void row(String table, JsonNode node) throws IOException {
    if (node == null || !written.add(table + "|" + node.path("id").asText())) {
      return;
    }
    var values = new ArrayList<String>();
    for (var column : columns.get(table)) {
      var value = node.get(column);
      values.add(value == null || value.isNull() || value.isContainerNode() ? "" : value.asText());
    }
    printers.get(table).printRecord(values);
  }

  private static Map<String, List<String>> columns() {
    try (InputStream in = HsdsTablesWriter.class.getResourceAsStream(BASE + "datapackage.json")) {
      var root = new ObjectMapper().readTree(in);
      var out = new LinkedHashMap<String, List<String>>();
      for (var resource : root.get("resources")) {
        var path = resource.get("path").asText();
        var names = new ArrayList<String>();
        resource.path("schema").path("fields").forEach(f -> names.add(f.get("name").asText()));
        out.put(path, EXTRA.getOrDefault(path, names));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    for (var printer : printers.values()) {
      printer.close();
    }
  }
}
