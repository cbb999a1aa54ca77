package enlace.broker.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OntologyEndpointIT {

  private static HttpResponse<String> get(String accept) {
    var request = HttpRequest.newBuilder(TestNode.uri("/ontology")).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return TestNode.send(request.build());
  }

  @Test
  void shouldServeTurtleByDefaultWithTheVersion() {
    var response = get(null);
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    assertEquals("1.1.0", response.headers().firstValue("Enlace-Ontology-Version").orElse(""));
    assertTrue(response.body().contains("shelter-family"));
  }

  @Test
  void shouldServeJsonLdWhenAsked() {
    var response = get("application/ld+json");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    assertTrue(response.body().contains("@context") || response.body().contains("@graph"));
  }

  @Test
  void rejectsMediaTypesItCannotWrite() {
    assertEquals(406, get("text/html").statusCode());
  }
}
