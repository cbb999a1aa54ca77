package enlace.connectors.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import enlace.connectors.imports.ImportRecord;
import enlace.connectors.imports.ServiceRecord;
import enlace.connectors.imports.Terms;
import enlace.graph.municipality.Municipality;
import enlace.graph.service.OpeningHours;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes services in Open Referral HSDS 3.1 JSON, the shape of its API's {@code /services/{id}}: the
 * organization (its kind as an "Enlace" taxonomy attribute), locations with their INEGI municipality as
 * external identifier, weekly schedules, languages, required documents, capacity and the categories as
 * "Enlace" taxonomy terms (local terms under their own taxonomy). Ids of the parts are name-based UUIDs of
 * the service id, so the same service always exports the same way.
 */
public final class HsdsWriter {

  public static final String LANG = "es";
  private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  private final Terms terms;
  private final Function<String, Municipality> municipalities;
  private final ObjectMapper json = new ObjectMapper();

  public HsdsWriter(Terms terms, Function<String, Municipality> municipalities) {
    this.terms = terms;
    this.municipalities = municipalities;
  }

  public ObjectNode service(ServiceRecord r) {
    var s = json.createObjectNode();
    s.put("id", r.id());
    s.put("organization_id", r.organization().id());
    s.put("name", r.name());
    put(s, "description", r.description());
    s.put("status", r.status());
    put(s, "fees_description", r.cost());
    if (r.assuredAt() != null) {
      s.put("assured_date", r.assuredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }
    s.set("organization", organization(r.organization()));
    var places = s.putArray("service_at_locations");
    for (var place : r.locations()) {
      var sal = places.addObject();
      sal.put("id", uuid(r.id(), "sal", place.id()));
      sal.put("service_id", r.id());
      sal.put("location_id", place.id());
      sal.set("location", location(place));
    }
    schedules(r, s.putArray("schedules"));
    var languages = s.putArray("languages");
    for (var code : r.languages()) {
      var l = languages.addObject();
      l.put("id", uuid(r.id(), "language", code));
      l.put("service_id", r.id());
      l.put("code", code);
    }
    var documents = s.putArray("required_documents");
    for (var iri : r.documents()) {
      var d = documents.addObject();
      d.put("id", uuid(r.id(), "document", iri));
      d.put("service_id", r.id());
      d.put("document", terms.label(iri, LANG));
      d.put("uri", iri);
    }
    var capacities = s.putArray("capacities");
    if (r.capacity() != null) {
      var c = capacities.addObject();
      c.put("id", uuid(r.id(), "capacity", ""));
      c.put("service_id", r.id());
      var unit = c.putObject("unit");
      unit.put("id", uuid("unit", r.capacity().unit(), ""));
      unit.put("name", r.capacity().unit());
      c.put("available", r.capacity().available());
      c.put("maximum", r.capacity().total());
      if (r.capacity().updatedAt() != null) {
        // a sheet's row says no time; the node that stores it stamps it, and what it exports then carries one
        c.put("updated", r.capacity().updatedAt().toString());
      }
    }
    var attributes = s.putArray("attributes");
    for (var iri : r.categories()) {
      attribute(attributes, r.id(), "service", "service_category", Terms.ENLACE_TAXONOMY,
          terms.notation(iri).orElse(null), terms.label(iri, LANG), iri);
    }
    for (var local : r.localTerms()) {
      if (local.isRequiredDocument()) {
        var d = documents.addObject();
        d.put("id", uuid(r.id(), "document", local.name()));
        d.put("service_id", r.id());
        d.put("document", local.name());
      } else {
        attribute(attributes, r.id(), "service", "service_category", local.taxonomy(), local.code(), local.name(),
            null);
      }
    }
    return s;
  }

  public ObjectNode organization(ImportRecord.Org o) {
    var node = json.createObjectNode();
    node.put("id", o.id());
    node.put("name", o.name());
    node.put("description", o.description() == null ? "" : o.description());
    put(node, "email", o.email());
    put(node, "website", o.website());
    var phones = node.putArray("phones");
    if (o.phone() != null) {
      var p = phones.addObject();
      p.put("id", uuid(o.id(), "phone", o.phone()));
      p.put("organization_id", o.id());
      p.put("number", o.phone());
    }
    var attributes = node.putArray("attributes");
    attribute(attributes, o.id(), "organization", "organization_kind", Terms.ENLACE_TAXONOMY, null,
        terms.label(o.kind(), LANG), o.kind());
    return node;
  }

  /** A place as an HSDS location, its municipality as an INEGI external identifier. */
  public ObjectNode location(ImportRecord.Place place) {
    var l = json.createObjectNode();
    l.put("id", place.id());
    l.put("location_type", "physical");
    put(l, "name", place.name());
    l.put("latitude", place.latitude());
    l.put("longitude", place.longitude());
    l.put("external_identifier", place.municipality());
    l.put("external_identifier_type", "inegi");
    var municipality = municipalities.apply(place.municipality());
    var a = l.putArray("addresses").addObject();
    a.put("id", uuid(place.id(), "address", ""));
    a.put("location_id", place.id());
    a.put("address_1", place.address() == null ? "" : place.address());
    a.put("city", municipality == null ? "" : municipality.name());
    a.put("state_province", municipality == null ? "" : municipality.stateName());
    a.put("postal_code", place.postalCode() == null ? "" : place.postalCode());
    a.put("country", "MX");
    a.put("address_type", "physical");
    return l;
  }

  /** One weekly schedule per opening span, listing the days it applies to. */
  private static void schedules(ServiceRecord r, ArrayNode out) {
    var bySpan = new LinkedHashMap<String, List<DayOfWeek>>();
    for (OpeningHours h : r.hours()) {
      bySpan.computeIfAbsent(h.opens() + "-" + h.closes(), k -> new ArrayList<>()).add(h.day());
    }
    for (Map.Entry<String, List<DayOfWeek>> span : bySpan.entrySet()) {
      var times = span.getKey().split("-");
      var s = out.addObject();
      s.put("id", uuid(r.id(), "schedule", span.getKey()));
      s.put("service_id", r.id());
      s.put("freq", "WEEKLY");
      s.put("byday", String.join(",", span.getValue().stream().map(d -> DAYS.get(d.getValue() - 1)).toList()));
      s.put("opens_at", times[0]);
      s.put("closes_at", times[1]);
    }
  }

  private static void attribute(ArrayNode out, String linkId, String entity, String type, String taxonomy, String code,
      String name, String uri) {
    var a = out.addObject();
    var termId = uuid("term", String.valueOf(taxonomy), uri != null ? uri : code + "|" + name);
    a.put("id", uuid(linkId, "attribute", termId));
    a.put("link_id", linkId);
    a.put("taxonomy_term_id", termId);
    a.put("link_type", type);
    a.put("link_entity", entity);
    var t = a.putObject("taxonomy_term");
    t.put("id", termId);
    put(t, "code", code);
    t.put("name", name);
    t.put("description", name);
    put(t, "taxonomy", taxonomy);
    put(t, "term_uri", uri);
  }

  static String uuid(String owner, String kind, String key) {
    return UUID.nameUUIDFromBytes((owner + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
