package enlace.connectors.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

/**
 * Reads the tabular form of HSDS 3.1: the CSV files of its datapackage (services.csv, organizations.csv,
 * service_at_location.csv, locations.csv, addresses.csv, schedules.csv, phones.csv, languages.csv,
 * required_documents.csv, service_capacity.csv, units.csv, attributes.csv, taxonomy_terms.csv) from a
 * folder or a zip. Each service row is joined with its rows in the other tables into the JSON shape and
 * read like the JSON form; problems name services.csv and the line.
 */
public final class HsdsTablesReader {

  private final HsdsReader reader;
  private final ObjectMapper json = new ObjectMapper();

  public HsdsTablesReader(HsdsReader reader) {
    this.reader = reader;
  }

  public Parsed read(Path path) throws IOException {
    return read(Files.isDirectory(path) ? folder(path) : zip(Files.newInputStream(path)));
  }

  /** The tables by file name (e.g. services.csv) and their CSV text. */
  public Parsed read(Map<String, String> files) {
    var tables = new HashMap<String, List<CsvRows.Row>>();
    files.forEach((name, text) -> tables.put(name.replaceAll(".*/", ""), CsvRows.read(text)));
    if (!tables.containsKey("services.csv")) {
      return new Parsed(List.of(), List.of(new Problem("services.csv", "", "", "the tabular form needs services.csv")));
    }
    var join = new Join(tables);
    var parsed = new Parsed(List.of(), List.of());
    for (var row : tables.get("services.csv")) {
      parsed = parsed.plus(reader.service("services.csv", "line " + row.line(), "", join.service(row)));
    }
    return parsed;
  }

  private static Map<String, String> folder(Path dir) throws IOException {
    var out = new HashMap<String, String>();
    try (Stream<Path> files = Files.list(dir)) {
      for (var file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        out.put(file.getFileName().toString(), OfficeText.read(file));
      }
    }
    return out;
  }

  private static Map<String, String> zip(InputStream in) throws IOException {
    var out = new HashMap<String, String>();
    try (var zip = new ZipInputStream(in)) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory() && entry.getName().endsWith(".csv")) {
          out.put(entry.getName(), OfficeText.decode(zip.readAllBytes()));
        }
      }
    }
    return out;
  }

  /** The other tables indexed by the column that links them, to assemble one service at a time. */
  private final class Join {
    private final Map<String, Map<String, List<CsvRows.Row>>> indexes = new HashMap<>();
    private final Map<String, List<CsvRows.Row>> tables;

    Join(Map<String, List<CsvRows.Row>> tables) {
      this.tables = tables;
    }

    List<CsvRows.Row> rows(String table, String column, String value) {
      var index = indexes.computeIfAbsent(table + "|" + column, k -> {
        var map = new HashMap<String, List<CsvRows.Row>>();
        for (var row : tables.getOrDefault(table, List.of())) {
          var key = row.get(column);
          if (key != null) {
            map.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
          }
        }
        return map;
      });
      return value == null ? List.of() : index.getOrDefault(value, List.of());
    }

    ObjectNode service(CsvRows.Row row) {
      var s = node(row);
      var id = row.get("id");
      rows("organizations.csv", "id", row.get("organization_id")).stream().findFirst().ifPresent(o -> {
        var org = node(o);
        rows("phones.csv", "organization_id", o.get("id")).forEach(p -> org.withArray("phones").add(node(p)));
        attributes(org, o.get("id"), "organization");
        s.set("organization", org);
      });
      for (var sal : rows("service_at_location.csv", "service_id", id)) {
        var link = node(sal);
        rows("locations.csv", "id", sal.get("location_id")).stream().findFirst().ifPresent(l -> {
          var location = node(l);
          rows("addresses.csv", "location_id", l.get("id")).forEach(a -> location.withArray("addresses").add(node(a)));
          link.set("location", location);
        });
        s.withArray("service_at_locations").add(link);
      }
      rows("schedules.csv", "service_id", id).forEach(r -> s.withArray("schedules").add(node(r)));
      rows("languages.csv", "service_id", id).forEach(r -> s.withArray("languages").add(node(r)));
      rows("required_documents.csv", "service_id", id).forEach(r -> s.withArray("required_documents").add(node(r)));
      for (var c : rows("service_capacity.csv", "service_id", id)) {
        var capacity = node(c);
        rows("units.csv", "id", c.get("unit_id")).stream().findFirst().ifPresent(u -> capacity.set("unit", node(u)));
        s.withArray("capacities").add(capacity);
      }
      attributes(s, id, "service");
      return s;
    }

    private void attributes(ObjectNode owner, String id, String entity) {
      for (var a : rows("attributes.csv", "link_id", id)) {
        var linked = a.get("link_entity");
        if (linked != null && !linked.equals(entity)) {
          continue;
        }
        var attribute = node(a);
        rows("taxonomy_terms.csv", "id", a.get("taxonomy_term_id")).stream().findFirst()
            .ifPresent(t -> attribute.set("taxonomy_term", node(t)));
        owner.withArray("attributes").add(attribute);
      }
    }

    private ObjectNode node(CsvRows.Row row) {
      var node = json.createObjectNode();
      row.cells().forEach((k, v) -> {
        if (v != null && !v.isBlank()) {
          node.put(k, v);
        }
      });
      return node;
    }
  }
}
