package enlace.broker.federation;

import enlace.broker.directory.Cursors;
import enlace.graph.geo.GeoPoint;
import enlace.graph.municipality.MunicipalityCode;
import enlace.graph.organization.Organization;
import enlace.graph.service.Capacity;
import enlace.graph.service.Location;
import enlace.graph.service.OpeningHours;
import enlace.graph.service.Service;
import enlace.graph.service.ServiceStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A peer's answer to {@link #QUERY} read back into the directory's own records. A peer's organization and
 * location are filed under keys of their own ({@link #key}), so they never meet a local record with the
 * same local id; their ids, regions and global ids stay the peer's.
 */
public final class RemoteHits {

  /** The location of a peer's result, as a node asks for it. */
  public static final String LOCATION_FIELDS =
      "{ id name address postalCode approximate point { latitude longitude } municipality { code } }";

  /** A peer's service, with everything the origin's API can show of it. */
  public static final String SERVICE_FIELDS = """
      {
        localId region name description languages audience timezone cost status lastVerifiedAt source
        confidential
        categories { iri sharedIris }
        acceptedDocuments { iri sharedIris }
        capacity { total available unit updatedAt }
        openingHours { weekday opens closes }
        organization { localId region name kind description website email phone verifiedAt source }
      }""";

  /** What a node asks a peer: its local search. */
  public static final String QUERY = """
      query FederatedSearch($near: GeoPointInput!, $radiusKm: Float!, $categories: [ID!], $documents: [ID!],
          $languages: [String!], $openAt: DateTime, $hasCapacity: Boolean!, $text: String, $first: Int!,
          $after: String) {
        searchServices(near: $near, radiusKm: $radiusKm, categories: $categories, documents: $documents,
            languages: $languages, openAt: $openAt, hasCapacity: $hasCapacity, text: $text, first: $first,
            after: $after, scope: LOCAL) {
          edges { cursor location %s node %s }
          pageInfo { hasNextPage }
        }
      }
      """.formatted(LOCATION_FIELDS, SERVICE_FIELDS);

  /** A peer's service read back, with its location and organization filed under this request's keys. */
  public record RemoteService(Service service, Location location, Organization organization) {}

  private RemoteHits() {}

  /** The hits of one peer's answer; {@link IllegalArgumentException} when it is not shaped like one. */
  static FederatedSearch.Source read(String peerId, JsonObject body) {
    var data = body.getJsonObject("data");
    var search = data == null ? null : data.getJsonObject("searchServices");
    if (search == null) {
      var errors = body.getJsonArray("errors", new JsonArray());
      throw new IllegalArgumentException("peer " + peerId + " answered without results: " + errors.encode());
    }
    var hits = new ArrayList<FederatedSearch.Hit>();
    for (var edge : search.getJsonArray("edges", new JsonArray())) {
      hits.add(hit(peerId, (JsonObject) edge));
    }
    return new FederatedSearch.Source(peerId, hits, search.getJsonObject("pageInfo").getBoolean("hasNextPage"));
  }

  /** The key a peer's organization or location is filed under in this request. */
  static String key(String peerId, String localId) {
    return REMOTE + peerId + ":" + localId;
  }

  /** True for a key {@link #key} made: the record is a peer's, not this node's. */
  public static boolean isRemote(String key) {
    return key.startsWith(REMOTE);
  }

  private static final String REMOTE = "federated:";

  private static FederatedSearch.Hit hit(String peerId, JsonObject edge) {
    var position = FederatedCursor.of(peerId, Cursors.decodeSearch(edge.getString("cursor")));
    var remote = service(peerId, edge.getJsonObject("location"), edge.getJsonObject("node"));
    return new FederatedSearch.Hit(position, remote.service(), remote.location(), Optional.of(remote.organization()));
  }

  /** A service as {@link #SERVICE_FIELDS} and its location as {@link #LOCATION_FIELDS} bring it from a peer. */
  public static RemoteService service(String peerId, JsonObject locationJson, JsonObject node) {
    var location = location(locationJson);
    var organization = organization(node.getJsonObject("organization"));
    var service = Service.builder(node.getString("localId"))
        .region(node.getString("region"))
        .organization(key(peerId, organization.id()))
        .name(node.getString("name"))
        .description(node.getString("description"))
        .categories(shared(node.getJsonArray("categories")))
        .acceptedDocuments(shared(node.getJsonArray("acceptedDocuments")))
        .languages(strings(node.getJsonArray("languages")))
        .audience(strings(node.getJsonArray("audience")))
        .capacity(capacity(node.getJsonObject("capacity")))
        .hours(hours(node.getJsonArray("openingHours")))
        .timezone(ZoneId.of(node.getString("timezone")))
        .cost(node.getString("cost"))
        .status(ServiceStatus.valueOf(node.getString("status")))
        .lastVerifiedAt(instant(node.getString("lastVerifiedAt")))
        .source(node.getString("source"))
        .confidential(node.getBoolean("confidential", false))
        .locations(List.of(key(peerId, location.id())))
        .build();
    return new RemoteService(service, location, organization);
  }

  /** Categories and documents as the shared concepts they are or map to: a peer's local terms mean nothing here. */
  private static List<String> shared(JsonArray concepts) {
    var iris = new LinkedHashSet<String>();
    for (var c : concepts) {
      var concept = (JsonObject) c;
      var mapped = strings(concept.getJsonArray("sharedIris", new JsonArray()));
      iris.addAll(mapped.isEmpty() ? List.of(concept.getString("iri")) : mapped);
    }
    return List.copyOf(iris);
  }

  /** A peer's location; one it shows only approximately stays confidential here, whoever asks. */
  private static Location location(JsonObject json) {
    var point = json.getJsonObject("point");
    return new Location(json.getString("id"), json.getString("name"), json.getString("address"),
        json.getString("postalCode"), new MunicipalityCode(json.getJsonObject("municipality").getString("code")),
        new GeoPoint(point.getDouble("latitude"), point.getDouble("longitude")), json.getBoolean("approximate", true));
  }

  private static Organization organization(JsonObject json) {
    return new Organization(json.getString("localId"), json.getString("region"), json.getString("name"),
        json.getString("kind"), json.getString("description"), json.getString("website"), json.getString("email"),
        json.getString("phone"), instant(json.getString("verifiedAt")), json.getString("source"));
  }

  private static Capacity capacity(JsonObject json) {
    return json == null ? null : new Capacity(json.getInteger("total"), json.getInteger("available"),
        json.getString("unit"), instant(json.getString("updatedAt")));
  }

  private static List<OpeningHours> hours(JsonArray json) {
    var hours = new ArrayList<OpeningHours>();
    for (var h : json) {
      var entry = (JsonObject) h;
      hours.add(OpeningHours.of(DayOfWeek.valueOf(entry.getString("weekday")), entry.getString("opens"),
          entry.getString("closes")));
    }
    return hours;
  }

  private static List<String> strings(JsonArray json) {
    return json == null ? List.of() : json.stream().map(String::valueOf).toList();
  }

  private static Instant instant(String value) {
    return value == null ? null : OffsetDateTime.parse(value).toInstant();
  }
}
