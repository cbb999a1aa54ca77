package enlace.broker.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SparqlEndpointIT {

  private static final String PREFIXES = """
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX enl: <https://w3id.org/enlace/ns#>
      """;

  private static HttpResponse<String> get(String query) {
    var uri = TestNode.uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return TestNode.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").GET().build());
  }

  @Test
  void shouldAnswerASelectOverTheOntology() {
    var response = get(PREFIXES + "SELECT ?c WHERE { ?c skos:broader enl:shelter }");
    assertEquals(200, response.statusCode(), response.body());
    var bindings = new JsonObject(response.body()).getJsonObject("results").getJsonArray("bindings");
    assertTrue(bindings.encode().contains("shelter-family"), bindings.encode());
  }

  @Test
  void shouldAnswerAskSentAsAPostedQuery() {
    var request = HttpRequest.newBuilder(TestNode.uri("/sparql"))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + "ASK { enl:doc-tvrh enl:grants enl:right-work }"))
        .build();
    var response = TestNode.send(request);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(true, new JsonObject(response.body()).getBoolean("boolean"));
  }

  @Test
  void refusesUpdates() {
    var posted = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/sparql"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + "INSERT DATA { enl:x enl:y enl:z }"))
        .build());
    assertEquals(400, posted.statusCode());
    assertTrue(posted.body().contains("read-only"), posted.body());
    var smuggled = get(PREFIXES + "INSERT DATA { enl:x enl:y enl:z }");
    assertTrue(smuggled.statusCode() == 400 || smuggled.statusCode() == 403, smuggled.body());
  }

  @Test
  void rejectsAMalformedQueryWithAClearMessage() {
    var response = get("SELEKT ?x WHERE { }");
    assertEquals(400, response.statusCode());
    assertTrue(new JsonObject(response.body()).getString("error").length() > 0);
  }
}
