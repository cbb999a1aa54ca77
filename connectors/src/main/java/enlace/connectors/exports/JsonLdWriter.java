package enlace.connectors.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import enlace.connectors.imports.ImportRecord;
import enlace.connectors.imports.ServiceRecord;
import enlace.connectors.imports.Terms;
import enlace.connectors.imports.VacancyRecord;
import enlace.graph.municipality.Municipality;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes organisations, services, places and vacancies as schema.org JSON-LD nodes: Organization (or
 * GovernmentOrganization), GovernmentService for public offices and Service otherwise, Place with
 * PostalAddress and GeoCoordinates, OpeningHoursSpecification, and JobPosting.
 */
public final class JsonLdWriter {

  public static final String CONTEXT = "https://schema.org/";
  private static final Set<String> PUBLIC_KINDS = Set.of("https://w3id.org/enlace/ns#kind-dam",
      "https://w3id.org/enlace/ns#kind-public-institution");

  private final Terms terms;
  private final Function<String, Municipality> municipalities;
  private final ObjectMapper json = new ObjectMapper();

  public JsonLdWriter(Terms terms, Function<String, Municipality> municipalities) {
    this.terms = terms;
    this.municipalities = municipalities;
  }

  public ObjectNode organization(ImportRecord.Org o) {
    var node = json.createObjectNode();
    node.put("@id", "urn:enlace:organization:" + o.id());
    node.put("@type", PUBLIC_KINDS.contains(o.kind()) ? "GovernmentOrganization" : "Organization");
    node.put("identifier", o.id());
    node.put("name", o.name());
    put(node, "description", o.description());
    put(node, "url", o.website());
    put(node, "email", o.email());
    put(node, "telephone", o.phone());
    node.put("additionalType", o.kind());
    return node;
  }

  public ObjectNode service(ServiceRecord s) {
    var node = json.createObjectNode();
    node.put("@id", "urn:enlace:service:" + s.id());
    node.put("@type", PUBLIC_KINDS.contains(s.organization().kind()) ? "GovernmentService" : "Service");
    node.put("identifier", s.id());
    node.put("name", s.name());
    put(node, "description", s.description());
    node.putObject("provider").put("@id", "urn:enlace:organization:" + s.organization().id());
    var types = node.putArray("serviceType");
    s.categories().forEach(c -> types.add(terms.label(c, HsdsWriter.LANG)));
    s.localTerms().stream().filter(t -> !t.isRequiredDocument()).forEach(t -> types.add(t.name()));
    var categories = node.putArray("category");
    s.categories().forEach(categories::add);
    var languages = node.putArray("availableLanguage");
    s.languages().forEach(languages::add);
    var channels = node.putArray("availableChannel");
    for (var place : s.locations()) {
      var channel = channels.addObject();
      channel.put("@type", "ServiceChannel");
      channel.set("serviceLocation", place(place));
    }
    var hours = node.putArray("hoursAvailable");
    for (var h : s.hours()) {
      var spec = hours.addObject();
      spec.put("@type", "OpeningHoursSpecification");
      spec.put("dayOfWeek", CONTEXT + day(h.day()));
      spec.put("opens", h.opens());
      spec.put("closes", h.closes());
    }
    put(node, "termsOfService", s.cost());
    return node;
  }

  public ObjectNode place(ImportRecord.Place p) {
    var node = json.createObjectNode();
    node.put("@id", "urn:enlace:location:" + p.id());
    node.put("@type", "Place");
    put(node, "name", p.name());
    node.set("address", address(p.address(), p.postalCode(), p.municipality()));
    var geo = node.putObject("geo");
    geo.put("@type", "GeoCoordinates");
    geo.put("latitude", p.latitude());
    geo.put("longitude", p.longitude());
    return node;
  }

  public ObjectNode vacancy(VacancyRecord v) {
    var node = json.createObjectNode();
    node.put("@id", "urn:enlace:vacancy:" + v.id());
    node.put("@type", "JobPosting");
    node.put("identifier", v.id());
    node.put("title", v.title());
    put(node, "description", v.description());
    node.putObject("hiringOrganization").put("@id", "urn:enlace:organization:" + v.organization().id());
    put(node, "occupationalCategory", v.occupation());
    put(node, "industry", v.sector());
    node.put("totalJobOpenings", v.positions());
    if (v.wage() != null) {
      var salary = node.putObject("baseSalary");
      salary.put("@type", "MonetaryAmount");
      salary.put("currency", "MXN");
      salary.putObject("value").put("@type", "QuantitativeValue").put("description", v.wage());
    }
    node.put("datePosted", v.postedAt().toString());
    if (v.expiresAt() != null) {
      node.put("validThrough", v.expiresAt().toString());
    }
    var location = node.putObject("jobLocation");
    location.put("@type", "Place");
    location.set("address", address(null, null, v.municipality()));
    return node;
  }

  private ObjectNode address(String street, String postalCode, String municipality) {
    var node = json.createObjectNode();
    node.put("@type", "PostalAddress");
    put(node, "streetAddress", street);
    put(node, "postalCode", postalCode);
    var m = municipalities.apply(municipality);
    if (m != null) {
      node.put("addressLocality", m.name());
      node.put("addressRegion", m.stateName());
    }
    node.put("addressCountry", "MX");
    return node;
  }

  private static String day(DayOfWeek day) {
    var name = day.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
