package enlace.broker.http;

import static enlace.broker.graphql.Api.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** /graphql as the GraphQL over HTTP specification has it. */
class GraphQLOverHttpIT {

  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  private static final String JSON = "application/json";
  private static final String GOOD = "{ municipality(code: \"07089\") { name } }";

  private static HttpResponse<String> get(String query) {
    var uri = TestNode.uri("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return TestNode.send(HttpRequest.newBuilder(uri).header("Accept", JSON).GET().build());
  }

  private static HttpResponse<String> post(String query, String accept) {
    return TestNode.post("/graphql", new JsonObject().put("query", query).encode(), accept);
  }

  private static HttpResponse<String> postRaw(String body, String contentType) {
    return TestNode.send(HttpRequest.newBuilder(TestNode.uri("/graphql"))
        .header("Content-Type", contentType).header("Accept", JSON)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String code(HttpResponse<String> response) {
    var body = new JsonObject(response.body());
    return body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
  }

  private static void assertAnswersNormally(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    var data = new JsonObject(response.body()).getJsonObject("data");
    assertEquals("Tapachula", data.getJsonObject("municipality").getString("name"), response.body());
  }

  @Test
  void shouldAnswerQueryOverGet() {
    assertAnswersNormally(get(GOOD));
  }

  @Test
  void rejectsMutationOverGet() {
    var response = get("mutation { x }");
    assertEquals(405, response.statusCode(), response.body());
    assertEquals("POST", response.headers().firstValue("Allow").orElse(null));
  }

  @Test
  void rejectsSyntaxErrorWith400UnderGraphqlResponseJson() {
    var response = post("{ municipality(code: ", GRAPHQL_RESPONSE);
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("GRAPHQL_PARSE_FAILED", code(response));
    assertNoInternals(response.body());
  }

  @Test
  void rejectsUnknownFieldWith400UnderGraphqlResponseJson() {
    var response = post("{ municipality(code: \"07089\") { shoeSize } }", GRAPHQL_RESPONSE);
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("GRAPHQL_VALIDATION_FAILED", code(response));
  }

  @Test
  void shouldAnswerGoodQueryInGraphqlResponseJson() {
    var response = post(GOOD, GRAPHQL_RESPONSE);
    assertAnswersNormally(response);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(GRAPHQL_RESPONSE));
  }

  @Test
  void shouldReportSyntaxErrorWith200UnderPlainJson() {
    var response = post("{ municipality(code: ", JSON);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("GRAPHQL_PARSE_FAILED", code(response));
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON));
  }

  @Test
  void rejectsBodyThatIsNotJson() {
    assertEquals(415, postRaw(new JsonObject().put("query", GOOD).encode(), "text/plain").statusCode());
  }

  @Test
  void rejectsClientThatAcceptsOnlyHtml() {
    assertEquals(406, post(GOOD, "text/html").statusCode());
  }

  @Test
  void rejectsMalformedJson() {
    var response = postRaw("{\"query\": ", JSON);
    assertEquals(400, response.statusCode(), response.body());
    assertNoInternals(response.body());
  }

  @Test
  void rejectsBodyWithoutQuery() {
    assertEquals(400, postRaw("{\"variables\": {}}", JSON).statusCode());
    assertEquals(400, postRaw("[]", JSON).statusCode());
  }

  @Test
  void rejectsVariablesThatAreNotAnObject() {
    var body = new JsonObject().put("query", GOOD).put("variables", "[1, 2]");
    assertEquals(400, postRaw(body.encode(), JSON).statusCode());
    body.put("variables", new JsonArray().add(1));
    assertEquals(400, postRaw(body.encode(), JSON).statusCode());
  }

  @Test
  void rejectsBodyAbove100KilobytesAndKeepsServing() {
    var padding = "#".repeat(101 * 1024);
    var response = postRaw(new JsonObject().put("query", GOOD + "\n" + padding).encode(), JSON);
    assertEquals(413, response.statusCode());
    assertAnswersNormally(post(GOOD, JSON));
  }
}
