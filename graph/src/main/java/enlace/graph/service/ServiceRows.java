package enlace.graph.service;

import enlace.graph.Records;
import enlace.graph.municipality.MunicipalityCode;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** How services, locations and their listings are laid out as Neo4j properties. */
final class ServiceRows {

  private ServiceRows() {}

  static Map<String, Object> service(ListedService listed) {
    var s = listed.service();
    var props = new HashMap<String, Object>();
    props.put("id", s.id());
    props.put("region", s.region());
    props.put("organization", s.organizationId());
    props.put("name", s.name());
    props.put("description", s.description());
    props.put("categories", s.categories());
    props.put("acceptedDocuments", s.acceptedDocuments());
    props.put("languages", s.languages());
    props.put("audience", s.audience());
    props.put("hours", s.hours().stream().map(OpeningHours::encode).toList());
    props.put("timezone", s.timezone().getId());
    props.put("cost", s.cost());
    props.put("status", s.status().name());
    props.put("lastVerifiedAt", Records.toStore(s.lastVerifiedAt()));
    props.put("source", s.source());
    props.put("confidential", s.confidential());
    var capacity = s.capacity();
    props.put("capacityTotal", capacity == null ? null : capacity.total());
    props.put("capacityAvailable", capacity == null ? null : capacity.available());
    props.put("capacityUnit", capacity == null ? null : capacity.unit());
    props.put("capacityUpdatedAt", capacity == null ? null : Records.toStore(capacity.updatedAt()));
    var row = new HashMap<String, Object>();
    row.put("props", props);
    row.put("locations", listed.locations().stream().map(ServiceRows::location).toList());
    return row;
  }

  /**
   * A location as a writer gives it. Where it is shown and ranked, and whether it is confidential, is
   * {@link PlaceListings}' to settle.
   */
  static Map<String, Object> location(Location l) {
    var props = new HashMap<String, Object>();
    props.put("id", l.id());
    props.put("name", l.name());
    props.put("address", l.address());
    props.put("postalCode", l.postalCode());
    props.put("municipality", l.municipality().value());
    props.put("exactPoint", Records.toStore(l.point()));
    return props;
  }

  static Service service(Value value, List<String> locationIds) {
    var n = value.asNode();
    Capacity capacity = n.get("capacityTotal").isNull() ? null : new Capacity(
        n.get("capacityTotal").asInt(), n.get("capacityAvailable").asInt(),
        n.get("capacityUnit").asString(null), Records.instant(n.get("capacityUpdatedAt")));
    return Service.builder(n.get("id").asString())
        .region(n.get("region").asString())
        .organization(n.get("organization").asString())
        .name(n.get("name").asString())
        .description(n.get("description").asString(null))
        .categories(Records.strings(n.get("categories")))
        .acceptedDocuments(Records.strings(n.get("acceptedDocuments")))
        .languages(Records.strings(n.get("languages")))
        .audience(Records.strings(n.get("audience")))
        .capacity(capacity)
        .hours(Records.strings(n.get("hours")).stream().map(OpeningHours::decode).toList())
        .timezone(ZoneId.of(n.get("timezone").asString("America/Mexico_City")))
        .cost(n.get("cost").asString(null))
        .status(ServiceStatus.valueOf(n.get("status").asString("ACTIVE")))
        .lastVerifiedAt(Records.instant(n.get("lastVerifiedAt")))
        .source(n.get("source").asString(null))
        .confidential(n.get("confidential").asBoolean(false))
        .locations(locationIds)
        .build();
  }

  static Location location(Value value) {
    var n = value.asNode();
    return new Location(
        n.get("id").asString(),
        n.get("name").asString(null),
        n.get("address").asString(null),
        n.get("postalCode").asString(null),
        new MunicipalityCode(n.get("municipality").asString()),
        Records.point(n.get("exactPoint").isNull() ? n.get("point") : n.get("exactPoint")),
        n.get("confidential").asBoolean(false));
  }
}
