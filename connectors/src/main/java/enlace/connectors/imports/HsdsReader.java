package enlace.connectors.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import enlace.graph.geo.GeoPoint;
import enlace.graph.service.OpeningHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads Open Referral HSDS 3.1 services in the shapes of its API: one service object, a page
 * ({@code {"contents": [...], "total_items": ...}}), an array of services, or a folder of such files.
 * Each service carries its organization; problems name the file and the JSON pointer of the field.
 */
public final class HsdsReader {

  static final String INEGI = "inegi";
  private static final String DEFAULT_KIND = "https://w3id.org/enlace/ns#kind-civil-society";
  private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
      "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
      "SU", DayOfWeek.SUNDAY);

  private final Terms terms;
  private final Places places;
  private final ObjectMapper json = new ObjectMapper();

  public HsdsReader(Terms terms, Places places) {
    this.terms = terms;
    this.places = places;
  }

  /** A JSON file, or every .json file of a folder in name order. */
  public Parsed read(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return read(path.getFileName().toString(), Files.readString(path));
    }
    var parsed = new Parsed(List.of(), List.of());
    try (Stream<Path> files = Files.list(path)) {
      for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        parsed = parsed.plus(read(file));
      }
    }
    return parsed;
  }

  public Parsed read(String file, String content) {
    JsonNode root;
    try {
      root = json.readTree(content);
    } catch (IOException e) {
      return new Parsed(List.of(), List.of(new Problem(file, "", "", "not JSON: " + e.getMessage())));
    }
    return read(file, root);
  }

  public Parsed read(String file, JsonNode root) {
    var records = new ArrayList<ImportRecord>();
    var problems = new ArrayList<Problem>();
    for (var entry : services(root)) {
      var one = service(file, entry.getKey(), entry.getKey(), entry.getValue());
      records.addAll(one.records());
      problems.addAll(one.problems());
    }
    if (records.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(file, "", "", "no services: expected a service, an array of services or a page "
          + "with contents"));
    }
    return new Parsed(records, problems);
  }

  /** One service found at {@code where} in {@code file}; its fields are named by JSON pointers under {@code at}. */
  Parsed service(String file, String where, String at, JsonNode service) {
    var fields = new Fields(file, where);
    var record = service(service, fields, at);
    return fields.ok() ? new Parsed(List.of(record), List.of()) : new Parsed(List.of(), fields.problems());
  }

  private static List<Map.Entry<String, JsonNode>> services(JsonNode root) {
    JsonNode list = root.isObject() && root.has("contents") ? root.get("contents") : root;
    String prefix = list == root ? "" : "/contents";
    var out = new ArrayList<Map.Entry<String, JsonNode>>();
    if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        out.add(Map.entry(prefix + "/" + i, list.get(i)));
      }
    } else if (list.isObject()) {
      out.add(Map.entry("", list));
    }
    return out;
  }

  private ServiceRecord service(JsonNode s, Fields f, String at) {
    var id = f.required(at + "/id", Fields.text(s, "id"));
    if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}")) {
      f.problem(at + "/id", "must be 1-128 letters, digits and . _ : @ -, got '" + id + "'");
    }
    var name = f.required(at + "/name", Fields.text(s, "name"));
    var status = Fields.text(s, "status");
    try {
      Items.status(status);
    } catch (IllegalArgumentException e) {
      f.problem(at + "/status", e.getMessage());
    }
    var organization = organization(s.get("organization"), f, at + "/organization");
    var categories = new LinkedHashSet<String>();
    var local = new ArrayList<ImportRecord.LocalTerm>();
    taxonomy(s.get("attributes"), categories, local);
    if (categories.isEmpty()) {
      f.problem(at + "/attributes", "no taxonomy term maps to an Enlace service category"
          + (local.isEmpty() ? "" : " (unmapped: " + local.stream().map(ImportRecord.LocalTerm::name).toList() + ")"));
    }
    var documents = new ArrayList<String>();
    each(s.get("required_documents"), (d, i) -> {
      var term = Optional.ofNullable(Fields.text(d, "uri")).flatMap(terms::document)
          .or(() -> terms.document(Fields.text(d, "document")));
      term.ifPresentOrElse(documents::add, () -> f.problem(at + "/required_documents/" + i + "/document",
          "unknown document '" + Fields.text(d, "document") + "': name a document of the ontology (e.g. TVRH)"));
    });
    var languages = new ArrayList<String>();
    each(s.get("languages"), (l, i) -> {
      var code = terms.language(Optional.ofNullable(Fields.text(l, "code")).orElse(Fields.text(l, "name")));
      code.ifPresentOrElse(languages::add, () -> f.problem(at + "/languages/" + i,
          "not a language code or name: " + l));
    });
    var hours = new ArrayList<OpeningHours>();
    schedules(s.get("schedules"), f, at + "/schedules", hours);
    var locations = new ArrayList<ImportRecord.Place>();
    each(s.get("service_at_locations"), (sal, i) -> {
      var where = at + "/service_at_locations/" + i;
      schedules(sal.get("schedules"), f, where + "/schedules", hours);
      place(sal.get("location"), f, where + "/location").ifPresent(locations::add);
    });
    if (locations.isEmpty()) {
      f.problem(at + "/service_at_locations", "a service needs at least one location with latitude and longitude");
    }
    return new ServiceRecord(f.origin(), id, organization, id, name, Fields.text(s, "description"),
        status == null ? "active" : status.toLowerCase(Locale.ROOT), List.copyOf(categories), local, documents,
        List.copyOf(new LinkedHashSet<>(languages)), hours, capacity(s.get("capacities"), f, at + "/capacities"),
        Fields.text(s, "fees_description"), f.instant(at + "/assured_date", Fields.text(s, "assured_date")), locations);
  }

  private ImportRecord.Org organization(JsonNode o, Fields f, String at) {
    if (o == null || !o.isObject()) {
      f.problem(at, "a service needs its organization (an object with id and name)");
      return new ImportRecord.Org("unknown", "unknown", DEFAULT_KIND, null, null, null, null);
    }
    var kinds = new ArrayList<String>();
    each(o.get("attributes"), (a, i) -> {
      var term = a.get("taxonomy_term");
      Optional.ofNullable(Fields.text(term, "term_uri")).or(() -> Optional.ofNullable(Fields.text(term, "name")))
          .flatMap(terms::organizationKind).ifPresent(kinds::add);
    });
    var phone = o.has("phones") && o.get("phones").size() > 0 ? Fields.text(o.get("phones").get(0), "number") : null;
    return new ImportRecord.Org(f.required(at + "/id", Fields.text(o, "id")),
        f.required(at + "/name", Fields.text(o, "name")),
        kinds.isEmpty() ? DEFAULT_KIND : kinds.getFirst(), Fields.text(o, "description"), Fields.text(o, "website"),
        Fields.text(o, "email"), phone);
  }

  private void taxonomy(JsonNode attributes, LinkedHashSet<String> categories, List<ImportRecord.LocalTerm> local) {
    each(attributes, (a, i) -> {
      var term = a.get("taxonomy_term");
      if (term == null || !term.isObject()) {
        return;
      }
      var taxonomy = Fields.text(term, "taxonomy");
      var code = Fields.text(term, "code");
      var name = Fields.text(term, "name");
      var mapped = terms.hsdsCategory(taxonomy, code, name, Fields.text(term, "term_uri"));
      if (mapped.isPresent()) {
        categories.add(mapped.get());
      } else if (name != null) {
        local.add(new ImportRecord.LocalTerm(taxonomy, code, name));
      }
    });
  }

  private static void schedules(JsonNode list, Fields f, String at, List<OpeningHours> hours) {
    each(list, (s, i) -> {
      var where = at + "/" + i;
      var freq = Fields.text(s, "freq");
      var byday = Fields.text(s, "byday");
      var opens = Fields.text(s, "opens_at");
      var closes = Fields.text(s, "closes_at");
      if (byday == null || opens == null || closes == null || freq != null && !freq.equalsIgnoreCase("WEEKLY")) {
        f.problem(where, "only weekly schedules with byday, opens_at and closes_at are read");
        return;
      }
      for (var day : byday.split(",")) {
        var weekday = DAYS.get(day.strip().toUpperCase(Locale.ROOT));
        if (weekday == null) {
          f.problem(where + "/byday", "unknown day '" + day + "': use MO TU WE TH FR SA SU");
          continue;
        }
        try {
          hours.add(OpeningHours.of(weekday, clock(opens), clock(closes)));
        } catch (IllegalArgumentException e) {
          f.problem(where + "/opens_at", e.getMessage());
        }
      }
    });
  }

  /** HH:MM of an HSDS time such as 09:00, 09:00:00 or 09:00-06:00 (the service's own zone applies). */
  private static String clock(String time) {
    return time.length() >= 5 ? time.substring(0, 5) : time;
  }

  private Optional<ImportRecord.Place> place(JsonNode l, Fields f, String at) {
    if (l == null || !l.isObject()) {
      f.problem(at, "a service_at_location needs its location object");
      return Optional.empty();
    }
    var id = f.required(at + "/id", Fields.text(l, "id"));
    var lat = f.decimal(at + "/latitude", Fields.text(l, "latitude"));
    var lon = f.decimal(at + "/longitude", Fields.text(l, "longitude"));
    if (lat == null || lon == null) {
      f.problem(at + "/latitude", "a location needs latitude and longitude");
      return Optional.empty();
    }
    JsonNode address = l.has("addresses") && l.get("addresses").size() > 0 ? l.get("addresses").get(0) : null;
    var municipality = municipality(l, address, new GeoPoint(lat, lon));
    if (municipality.isEmpty()) {
      f.problem(at + "/external_identifier", "no Mexican municipality found: give the INEGI code in "
          + "external_identifier (type inegi), or city and state_province, or a point in Mexico");
      return Optional.empty();
    }
    var street = address == null ? null
        : Stream.of(Fields.text(address, "address_1"), Fields.text(address, "address_2"))
            .filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
    var postal = address == null ? null : Fields.text(address, "postal_code");
    if (postal != null && !postal.matches("\\d{5}")) {
      f.problem(at + "/addresses/0/postal_code", "a Mexican postal code has five digits, got " + postal);
    }
    f.placeAt(id, at + "/id");
    return Optional.of(new ImportRecord.Place(id, Fields.text(l, "name"), street, postal, municipality.get(), lat,
        lon));
  }

  private Optional<String> municipality(JsonNode l, JsonNode address, GeoPoint point) {
    var type = Fields.text(l, "external_identifier_type");
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith(INEGI)) {
      return places.byCode(Fields.text(l, "external_identifier")).map(m -> m.code().value());
    }
    if (address != null) {
      var named = places.byName(Fields.text(address, "city"), Fields.text(address, "state_province"));
      if (named.isPresent()) {
        return named.map(m -> m.code().value());
      }
    }
    return places.nearest(point, 60).map(m -> m.code().value());
  }

  private static ImportRecord.Capacity capacity(JsonNode list, Fields f, String at) {
    if (list == null || !list.isArray() || list.isEmpty()) {
      return null;
    }
    var c = list.get(0);
    var available = f.integer(at + "/0/available", Fields.text(c, "available"));
    var maximum = f.integer(at + "/0/maximum", Fields.text(c, "maximum"));
    var unit = Fields.text(c.get("unit"), "name");
    var updated = f.instant(at + "/0/updated", Fields.text(c, "updated"));
    if (available == null) {
      f.problem(at + "/0/available", "is required");
      return null;
    }
    int total = maximum == null ? available : maximum;
    if (available < 0 || available > total) {
      f.problem(at + "/0/available", "needs 0 <= available <= maximum, got " + available + " of " + total);
      return null;
    }
    return new ImportRecord.Capacity(total, available, unit, updated);
  }

  private static void each(JsonNode list, java.util.function.ObjIntConsumer<JsonNode> action) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      action.accept(list.get(i), i);
    }
  }
}
