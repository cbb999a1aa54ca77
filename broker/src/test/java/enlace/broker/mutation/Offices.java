package enlace.broker.mutation;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Offices of the write-path tests: each test makes its own organization, places and services in
 * Ensenada, Baja California (02001), where no other test searches, under ids no other test uses.
 */
final class Offices {

  static final String ENSENADA = "02001";
  static final double LATITUDE = 31.8667;
  static final double LONGITUDE = -116.5964;

  static final String UPSERT_ORGANIZATION = """
      mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id localId name kind } }
      """;
  static final String UPSERT_LOCATION = """
      mutation($input: LocationInput!) { upsertLocation(input: $input) {
        id name postalCode approximate point { latitude longitude } municipality { code name } } }
      """;
  static final String UPSERT_SERVICE = """
      mutation($input: ServiceInput!) { upsertService(input: $input) {
        id localId name timezone status categories { iri } acceptedDocuments { iri } languages
        capacity { total available unit stale } organization { localId } locations { id } } }
      """;

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Offices() {}

  /** An id no other test, nor an earlier run on the same store, has used. */
  static String unique(String prefix) {
    return "t-" + prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
  }

  static String writer(String organization) {
    return TestNode.token(organization, null, Scope.DIRECTORY_WRITE);
  }

  static JsonObject call(String token, String mutation, JsonObject input) {
    return TestNode.graphql(token, mutation, new JsonObject().put("input", input));
  }

  static JsonObject organizationInput(String id) {
    return new JsonObject().put("id", id).put("name", "Casa de prueba " + id).put("kind", "enl:kind-shelter")
        .put("email", "casa@example.org").put("website", "https://example.org/casa");
  }

  static JsonObject locationInput(String id, double latitude, double longitude) {
    return new JsonObject().put("id", id).put("name", "Sede " + id).put("address", "Calle Primera 1")
        .put("postalCode", "22800").put("municipalityCode", ENSENADA).put("latitude", latitude)
        .put("longitude", longitude);
  }

  static JsonObject serviceInput(String id, String locationId, String... categories) {
    return new JsonObject().put("id", id).put("name", "Albergue " + id).put("categories", new JsonArray(List.of(categories)))
        .put("acceptedDocuments", new JsonArray().add("enl:doc-tvrh")).put("languages", new JsonArray().add("es").add("ht"))
        .put("capacity", new JsonObject().put("total", 20).put("available", 5).put("unit", "bed-night"))
        .put("hours", new JsonArray().add(new JsonObject().put("weekday", "MONDAY").put("opens", "08:00")
            .put("closes", "20:00")))
        .put("locationIds", new JsonArray().add(locationId));
  }

  /** An organization with one place in Ensenada, both written through the API; returns the location id. */
  static String organizationWithPlace(String organization) {
    var token = writer(organization);
    Api.data(call(token, UPSERT_ORGANIZATION, organizationInput(organization)));
    var location = unique("loc");
    Api.data(call(token, UPSERT_LOCATION, locationInput(location, LATITUDE, LONGITUDE)));
    return location;
  }

  /** The services of a search around a point in Ensenada, by local id. */
  static List<String> foundNear(double latitude, double longitude, String category) {
    return Api.localIds(Api.search(new JsonObject().put("near", Api.point(latitude, longitude)).put("radiusKm", 5)
        .put("categories", new JsonArray().add(category))));
  }

  /** The extensions.argument of every error, in order. */
  static List<String> arguments(JsonObject body) {
    assertNotNull(body.getJsonArray("errors"), body::encodePrettily);
    return body.getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getJsonObject("extensions").getString("argument")).toList();
  }
}
