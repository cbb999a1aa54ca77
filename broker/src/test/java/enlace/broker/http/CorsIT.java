package enlace.broker.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** CORS on /graphql: the node's own origin (and configured ones) answered, any other refused, no Origin untouched. */
class CorsIT {

  private static final String QUERY = "{\"query\":\"{ ontologyVersion }\"}";

  private static String ownOrigin() {
    var base = TestNode.node().baseUrl();
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  @Test
  void shouldAnswerThePreflightOfTheNodesOwnOrigin() {
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/graphql"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", ownOrigin()).header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type").build());
    assertEquals(204, response.statusCode());
    assertEquals(ownOrigin(), response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("Authorization"));
    assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
  }

  @Test
  void shouldNameTheOriginOnAnAllowedRequest() {
    var response = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/graphql"))
        .POST(HttpRequest.BodyPublishers.ofString(QUERY)).header("Content-Type", "application/json")
        .header("Origin", "http://localhost:" + TestNode.node().port()).build());
    assertEquals(200, response.statusCode());
    assertEquals("http://localhost:" + TestNode.node().port(),
        response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(response.body().contains("ontologyVersion"), response.body());
  }

  @Test
  void shouldRefuseAnotherOriginBeforeGraphQLRuns() {
    var preflight = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/graphql"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST").build());
    assertEquals(403, preflight.statusCode());
    assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    var post = TestNode.send(HttpRequest.newBuilder(TestNode.uri("/graphql"))
        .POST(HttpRequest.BodyPublishers.ofString(QUERY)).header("Content-Type", "application/json")
        .header("Origin", "https://evil.example.com").build());
    assertEquals(403, post.statusCode());
    assertFalse(post.body().contains("ontologyVersion"), post.body());
  }

  @Test
  void shouldLeaveRequestsWithoutAnOriginAlone() {
    var response = TestNode.post("/graphql", QUERY, "application/json");
    assertEquals(200, response.statusCode());
    assertFalse(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
  }
}
