package enlace.broker.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A region's local terms find the services filed under the shared concepts they map to. */
class RegionalTermsIT {

  private static final String SOUP_KITCHEN_LOCALLY = "https://w3id.org/enlace/region/south#comedor-parroquial";

  private static JsonObject search(String category) {
    var body = TestNode.graphql("""
        query($c: [ID!]) { searchServices(municipality: "07089", radiusKm: 25, categories: $c, first: 50) {
          edges { node { localId categories { iri } } } } }
        """, new JsonObject().put("c", new io.vertx.core.json.JsonArray().add(category)));
    assertTrue(body.getJsonArray("errors") == null, body::encodePrettily);
    return body.getJsonObject("data").getJsonObject("searchServices");
  }

  @Test
  void shouldFindSharedServicesThroughALocalTerm() {
    var local = search(SOUP_KITCHEN_LOCALLY).getJsonArray("edges");
    var shared = search("enl:food-soup-kitchen").getJsonArray("edges");
    assertFalse(shared.isEmpty(), "the demo has soup kitchens near Tapachula");
    assertEquals(shared, local);
  }

  @Test
  void shouldDescribeALocalTermAsAConcept() {
    var concept = TestNode.graphql("{ concept(iri: \"" + SOUP_KITCHEN_LOCALLY + "\") { label curie scheme } }", null)
        .getJsonObject("data").getJsonObject("concept");
    assertEquals("Comedor parroquial", concept.getString("label"));
    assertEquals(null, concept.getString("curie"));
    assertEquals("SERVICE_CATEGORIES", concept.getString("scheme"));
  }
}
