package enlace.broker.privacy;

import enlace.broker.TestNode;
import enlace.broker.directory.GlobalId;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import enlace.graph.geo.GeoPoint;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/**
 * A refuge for women escaping violence, written through the API by its own organization in Campeche (04002),
 * where no other test looks: one place, its confidential shelter, and a public service of the same
 * organization at the same place brought by an HSDS import (so it has a source and is exported).
 */
record Refuge(String organization, String location, String shelter, String publicService) {

  static final String CAMPECHE = "04002";
  /** Digits that appear nowhere else: finding them in an answer means the exact place leaked. */
  static final String LATITUDE = "19.84312";
  static final String LONGITUDE = "-90.53187";
  static final String ADDRESS = "Calle Reservada 7";
  static final String PLACE_NAME = "Casa Violeta";

  static Refuge create() {
    TestNode.node();
    var run = UUID.randomUUID().toString().substring(0, 8);
    var refuge = new Refuge("t-refugio-" + run, "t-refugio-sede-" + run, "t-refugio-hospedaje-" + run,
        "t-refugio-orientacion-" + run);
    var owner = refuge.ownerToken();
    Api.data(call(owner, "mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }",
        new JsonObject().put("id", refuge.organization).put("name", "Refugio " + run).put("kind", "enl:kind-shelter")));
    Api.data(call(owner, "mutation($input: LocationInput!) { upsertLocation(input: $input) { id } }",
        new JsonObject().put("id", refuge.location).put("name", PLACE_NAME).put("address", ADDRESS)
            .put("postalCode", "24000").put("municipalityCode", CAMPECHE)
            .put("latitude", Double.parseDouble(LATITUDE)).put("longitude", Double.parseDouble(LONGITUDE))));
    Api.data(call(owner, "mutation($input: ServiceInput!) { upsertService(input: $input) { id } }",
        new JsonObject().put("id", refuge.shelter).put("name", "Refugio temporal " + run).put("confidential", true)
            .put("categories", new JsonArray().add("enl:shelter-women-children"))
            .put("audience", new JsonArray().add("family").add("adult-women"))
            .put("capacity", new JsonObject().put("total", 10).put("available", 5).put("unit", "bed-night"))
            .put("locationIds", new JsonArray().add(refuge.location))));
    var imported = Api.data(TestNode.graphql(owner, """
        mutation($content: String!, $source: String!) {
          importBatch(format: HSDS, source: $source, content: $content) { created problems { field reason } } }""",
        new JsonObject().put("content", refuge.publicServiceHsds()).put("source", "t-refugio-" + run)))
        .getJsonObject("importBatch");
    if (imported.getInteger("created") != 1) {
      throw new AssertionError("the public service was not imported: " + imported.encodePrettily());
    }
    return refuge;
  }

  String ownerToken() {
    return TestNode.token(organization, null, Scope.DIRECTORY_WRITE);
  }

  static String globalId(String localId) {
    return new GlobalId("Service", "mx", localId).encode();
  }

  /**
   * The public service at the refuge's own place, as its organization's HSDS feed would bring it; named after
   * its id, so that no other test's refuge nearby is taken for the same service.
   */
  String publicServiceHsds() {
    return """
        {"id": "%1$s", "name": "Orientación psicológica %1$s", "status": "active",
         "organization": {"id": "%2$s", "name": "Refugio"},
         "attributes": [{"id": "a1", "taxonomy_term": {"id": "t1", "name": "Apoyo psicosocial", "taxonomy": "Enlace",
           "term_uri": "https://w3id.org/enlace/ns#psychosocial-support"}}],
         "service_at_locations": [{"id": "sal-1", "location": {"id": "%3$s", "name": "%4$s",
           "latitude": %5$s, "longitude": %6$s, "external_identifier": "%7$s", "external_identifier_type": "inegi",
           "addresses": [{"id": "ad-1", "address_1": "%8$s", "city": "Campeche", "state_province": "Campeche",
             "postal_code": "24000", "country": "MX", "address_type": "physical"}]}}]}
        """.formatted(publicService, organization, location, PLACE_NAME, LATITUDE, LONGITUDE, CAMPECHE, ADDRESS);
  }

  /** The refuge's place as the store holds it, read with Cypher: its exact point and the one it is shown at. */
  Map<String, GeoPoint> stored() {
    var row = TestGraph.graph().read(tx -> tx.runAsync("""
            MATCH (l:Location {id: $id})
            RETURN l.exactPoint.y AS exactLat, l.exactPoint.x AS exactLon, l.point.y AS lat, l.point.x AS lon""",
            Map.of("id", location)).thenCompose(c -> c.singleAsync())).toCompletableFuture().join();
    return Map.of("exact", new GeoPoint(row.get("exactLat").asDouble(), row.get("exactLon").asDouble()),
        "shown", new GeoPoint(row.get("lat").asDouble(), row.get("lon").asDouble()));
  }

  static JsonObject call(String token, String mutation, JsonObject input) {
    return TestNode.graphql(token, mutation, new JsonObject().put("input", input));
  }
}
