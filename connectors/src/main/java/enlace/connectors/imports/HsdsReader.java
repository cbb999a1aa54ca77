package enlace.connectors.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import enlace.connectors.imports.Problem.Kind;
import enlace.connectors.imports.Problem.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads Open Referral HSDS 3.1 JSON in the shapes of its API and its published examples: a service, an
 * organization (with its locations and services), a location, or a service_at_location (with its service and
 * location), each alone, in an array, or in a page ({@code {"contents": [...], "total_items": ...}}); or a folder
 * of such files. Problems name the file and the JSON pointer of the field. Fields HSDS leaves free (required
 * documents, taxonomies other than Enlace's, phones, postal codes) are read as far as they can be, and what is
 * left over is a warning kept with the record.
 */
public final class HsdsReader {

  static final String INEGI = "inegi";
  private static final String DEFAULT_KIND = "https://w3id.org/enlace/ns#kind-civil-society";

  private final Terms terms;
  private final Locator locator;
  private final HsdsParts parts;
  private final ObjectMapper json = new ObjectMapper();

  HsdsReader(Terms terms, Locator locator) {
    this.terms = terms;
    this.locator = locator;
    this.parts = new HsdsParts(terms);
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
      var why = e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
      return new Parsed(List.of(), List.of(Problem.error(Kind.FORMAT, file, "", "", null,
          new Message("no es JSON: " + why, "not JSON: " + why))));
    }
    return read(file, root);
  }

  public Parsed read(String file, JsonNode root) {
    var parsed = new Parsed(List.of(), List.of());
    JsonNode list = root != null && root.isObject() && root.has("contents") ? root.get("contents") : root;
    String prefix = list == root ? "" : "/contents";
    if (list != null && list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        parsed = parsed.plus(entity(file, prefix + "/" + i, list.get(i)));
      }
    } else if (list != null && list.isObject()) {
      parsed = parsed.plus(entity(file, prefix, list));
    }
    if (parsed.records().isEmpty() && parsed.problems().isEmpty()) {
      return new Parsed(List.of(), List.of(Problem.error(Kind.FORMAT, file, "", "", null, new Message(
          "sin registros: se esperaba un servicio, una organización, un lugar o un service_at_location (solo, en "
              + "una lista o en una página con contents)", "no records: expected a service, an organization, a "
              + "location or a service_at_location (alone, in an array or in a page with contents)"))));
    }
    return parsed;
  }

  /** One HSDS object of any of the four kinds, found at {@code at}. */
  private Parsed entity(String file, String at, JsonNode node) {
    if (node == null || !node.isObject()) {
      return new Parsed(List.of(), List.of(Problem.error(Kind.FORMAT, file, at, "", null,
          new Message("se esperaba un objeto JSON", "expected a JSON object"))));
    }
    if (node.has("service") || node.has("location") && !node.has("location_type")) {
      return serviceAtLocation(file, at, node);
    }
    if (node.has("location_type") || !node.has("status") && node.has("latitude")) {
      return location(file, at, node, null);
    }
    if (node.has("status") || node.has("organization") || node.has("service_at_locations")) {
      return service(file, at, at, node, null);
    }
    return organization(file, at, node);
  }

  /** One service found at {@code where} in {@code file}; its fields are named by JSON pointers under {@code at}. */
  Parsed service(String file, String where, String at, JsonNode service) {
    return service(file, where, at, service, null);
  }

  private Parsed service(String file, String where, String at, JsonNode s, ImportRecord.Org parent) {
    var f = new Fields(file, where);
    var organization = parent != null && !(s.get("organization") instanceof JsonNode o && o.isObject())
        ? parent : organization(s.get("organization"), f, at + "/organization");
    var locations = new ArrayList<ImportRecord.Place>();
    var hours = new ArrayList<enlace.graph.service.OpeningHours>();
    parts.schedules(s.get("schedules"), f, at + "/schedules", hours);
    HsdsParts.each(s.get("service_at_locations"), (sal, i) -> {
      var link = at + "/service_at_locations/" + i;
      parts.schedules(sal.get("schedules"), f, link + "/schedules", hours);
      if (sal.get("location") instanceof JsonNode l && l.isObject()) {
        place(l, f, link + "/location").ifPresent(locations::add);
      } else {
        f.warning(Kind.NO_LOCATION, link + "/location", Fields.text(sal, "location_id"), "este service_at_location "
            + "no trae su lugar; impórtelo con el lugar", "this service_at_location does not carry its location; "
            + "import it with the location");
      }
    });
    return finish(f, serviceRecord(s, f, at, organization, locations, hours));
  }

  private ServiceRecord serviceRecord(JsonNode s, Fields f, String at, ImportRecord.Org organization,
      List<ImportRecord.Place> locations, List<enlace.graph.service.OpeningHours> hours) {
    var id = parts.id(f, at + "/id", Fields.text(s, "id"));
    var name = f.required(at + "/name", Fields.text(s, "name"));
    var status = parts.status(f, at + "/status", Fields.text(s, "status"));
    var categories = new LinkedHashSet<String>();
    var local = new ArrayList<ImportRecord.LocalTerm>();
    parts.taxonomy(s.get("attributes"), f, at + "/attributes", categories, local);
    if (categories.isEmpty() && local.isEmpty()) {
      f.warning(Kind.CATEGORY, at + "/attributes", null, "sin categoría: el servicio se guarda sin categoría y se "
          + "encuentra por texto", "no category: the service is stored uncategorised and found by text");
    }
    var documents = new ArrayList<String>();
    parts.documents(s.get("required_documents"), f, at + "/required_documents", documents, local);
    var languages = parts.languages(s.get("languages"), f, at + "/languages");
    if (locations.isEmpty() && f.ok()) {
      f.warning(Kind.NO_LOCATION, at + "/service_at_locations", null, "el servicio no tiene lugar: se guarda, pero "
          + "no aparece en búsquedas por cercanía hasta que se le dé uno", "the service has no location: it is "
          + "stored, but searches by distance do not find it until it is given one");
    }
    return new ServiceRecord(f.origin(), id, organization, id, name, Fields.text(s, "description"), status,
        List.copyOf(categories), local, documents, languages, hours,
        parts.capacity(s.get("capacities"), f, at + "/capacities"), Fields.text(s, "fees_description"),
        f.instant(at + "/assured_date", Fields.text(s, "assured_date")), locations);
  }

  /** A service_at_location: its service delivered at its location, with the schedules of both. */
  private Parsed serviceAtLocation(String file, String at, JsonNode sal) {
    if (!(sal.get("service") instanceof JsonNode service && service.isObject())) {
      if (sal.get("location") instanceof JsonNode l && l.isObject()) {
        var parsed = location(file, at + "/location", l, null);
        var f = new Fields(file, at);
        f.warning(Kind.NO_LOCATION, at + "/service", Fields.text(sal, "service_id"), "este service_at_location no "
            + "trae su servicio; se guarda solo el lugar", "this service_at_location does not carry its service; "
            + "only the location is kept");
        return new Parsed(parsed.records(), concat(parsed.problems(), f.problems()));
      }
      return new Parsed(List.of(), List.of(Problem.error(Kind.REQUIRED, file, at, at + "/service", null, new Message(
          "un service_at_location necesita su servicio o su lugar", "a service_at_location needs its service or "
              + "its location"))));
    }
    var f = new Fields(file, at);
    var organization = organization(service.get("organization"), f, at + "/service/organization");
    var hours = new ArrayList<enlace.graph.service.OpeningHours>();
    parts.schedules(service.get("schedules"), f, at + "/service/schedules", hours);
    parts.schedules(sal.get("schedules"), f, at + "/schedules", hours);
    var locations = new ArrayList<ImportRecord.Place>();
    if (sal.get("location") instanceof JsonNode l && l.isObject()) {
      place(l, f, at + "/location").ifPresent(locations::add);
    }
    return finish(f, serviceRecord(service, f, at + "/service", organization, locations, hours));
  }

  /** An organization alone, with the locations and services it lists. */
  private Parsed organization(String file, String at, JsonNode o) {
    var f = new Fields(file, at);
    var org = organization(o, f, at);
    var parsed = finish(f, new OrganizationRecord(f.origin(), org.id(), org));
    var known = f.ok() ? org : null;
    var locations = o.get("locations");
    for (int i = 0; locations != null && locations.isArray() && i < locations.size(); i++) {
      parsed = parsed.plus(location(file, at + "/locations/" + i, locations.get(i), known));
    }
    var services = o.get("services");
    for (int i = 0; services != null && services.isArray() && i < services.size(); i++) {
      var where = at + "/services/" + i;
      parsed = parsed.plus(known == null ? new Parsed(List.of(), List.of()) : service(file, where, where,
          services.get(i), known));
    }
    return parsed;
  }

  private Parsed location(String file, String at, JsonNode l, ImportRecord.Org organization) {
    var f = new Fields(file, at);
    var place = place(l, f, at);
    if (place.isEmpty()) {
      return new Parsed(List.of(), f.problems());
    }
    return finish(f, new LocationRecord(f.origin(), place.get().id(), organization, place.get()));
  }

  private static Parsed finish(Fields f, ImportRecord record) {
    return f.ok() ? new Parsed(List.of(record), f.problems()) : new Parsed(List.of(), f.problems());
  }

  private ImportRecord.Org organization(JsonNode o, Fields f, String at) {
    if (o == null || !o.isObject()) {
      f.error(Kind.REQUIRED, at, null, "un servicio necesita su organización (un objeto con id y name)",
          "a service needs its organization (an object with id and name)");
      return new ImportRecord.Org("unknown", "unknown", DEFAULT_KIND, null, null, null, null);
    }
    var kinds = new ArrayList<String>();
    HsdsParts.each(o.get("attributes"), (a, i) -> {
      var term = a.get("taxonomy_term");
      var written = Optional.ofNullable(Fields.text(term, "term_uri")).filter(u -> terms.organizationKind(u).isPresent())
          .or(() -> Optional.ofNullable(Fields.text(term, "name")));
      written.flatMap(w -> f.concept(Kind.ORGANIZATION_KIND, at + "/attributes/" + i + "/taxonomy_term", terms.kindMatch(w),
          new Message("no se toma como tipo de la organización", "not taken as the organisation's kind")))
          .ifPresent(kinds::add);
    });
    var phones = o.get("phones");
    var phone = phones != null && phones.isArray() && !phones.isEmpty()
        ? f.phone(at + "/phones/0/number", Fields.text(phones.get(0), "number")) : null;
    return new ImportRecord.Org(parts.id(f, at + "/id", Fields.text(o, "id")),
        f.required(at + "/name", Fields.text(o, "name")), kinds.isEmpty() ? DEFAULT_KIND : kinds.getFirst(),
        Fields.text(o, "description"), f.website(at + "/website", Fields.text(o, "website")),
        f.email(at + "/email", Fields.text(o, "email")), phone);
  }

  private Optional<ImportRecord.Place> place(JsonNode l, Fields f, String at) {
    var id = parts.id(f, at + "/id", Fields.text(l, "id"));
    JsonNode address = l.get("addresses") instanceof JsonNode list && list.isArray() && !list.isEmpty()
        ? list.get(0) : null;
    var type = Fields.text(l, "external_identifier_type");
    var code = type != null && type.toLowerCase(Locale.ROOT).startsWith(INEGI) ? Fields.text(l, "external_identifier")
        : null;
    var columns = new Locator.Columns(at + "/external_identifier", at + "/addresses/0/city",
        at + "/addresses/0/state_province", at + "/latitude");
    var located = locator.locate(f, columns, code, Fields.text(address, "city"), Fields.text(address, "state_province"),
        Fields.text(l, "latitude"), Fields.text(l, "longitude"));
    if (located.isEmpty() || id == null) {
      return Optional.empty();
    }
    var street = address == null ? null
        : Stream.of(Fields.text(address, "address_1"), Fields.text(address, "address_2"))
            .filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
    var postal = address == null ? null : f.postalCode(at + "/addresses/0/postal_code",
        Fields.text(address, "postal_code"));
    var spot = located.get();
    f.placeAt(id, at + "/id");
    return Optional.of(new ImportRecord.Place(id, Fields.text(l, "name"), street, postal,
        spot.municipality().code().value(), spot.latitude(), spot.longitude()));
  }

  private static List<Problem> concat(List<Problem> a, List<Problem> b) {
    var out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
