package enlace.broker.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.federation.NodeDescription;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.graphql.PublishedSchema;
import enlace.broker.node.Node;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a partner's app builds on, on a node configured as production is (introspection off): the published SDL
 * and its hash, the budget in every answer, and public reads a proxy may keep and revalidate.
 */
class PartnerApiIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String QUERY = "{ municipality(code: \"07089\") { name } }";
  private static Node node;

  @BeforeAll
  static void productionLikeNode() throws Exception {
    var config = TestNode.node().config().withPort(0).withDemoData(false)
        .withApi(new DirectoryApi.Settings(12, 2_000, 30, false))
        .withHttp(HttpApi.Settings.DEFAULTS.withRate(100, 200).withPublicMaxAge(Duration.ofSeconds(30)));
    node = Node.start(config, TestGraph.graph());
    node.ready().get(120, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path)).GET();
  }

  private static HttpRequest.Builder getQuery(String query) {
    return get("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
        .header("Accept", "application/json");
  }

  @Test
  void publishesTheSchemaWithIntrospectionOffAndNamesItsHash() throws Exception {
    var introspection = send(getQuery("{ __schema { types { name } } }"));
    assertTrue(introspection.body().contains("errors"), "introspection is off here: " + introspection.body());
    var schema = send(get(HttpApi.SCHEMA_PATH));
    assertEquals(200, schema.statusCode());
    assertTrue(schema.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertEquals(PublishedSchema.sdl(), schema.body());
    assertTrue(schema.body().contains("searchServices(") && schema.body().contains("\"Opaque global id"),
        "the SDL with its descriptions");
    var description = new JsonObject(send(get(NodeDescription.PATH)).body());
    assertEquals(NodeDescription.API_VERSION, description.getString("apiVersion"));
    var named = description.getJsonObject("schema");
    assertEquals(sha256(schema.body()), named.getString("sha256"), "the hash names the SDL served");
    assertTrue(named.getString("url").endsWith(HttpApi.SCHEMA_PATH), named.encode());
  }

  @Test
  void everyAdmittedAnswerCarriesTheCallersBudget() throws Exception {
    var first = send(getQuery(QUERY));
    var second = send(getQuery(QUERY));
    assertEquals("200", first.headers().firstValue("RateLimit-Limit").orElse(null), "the burst is the limit");
    long before = Long.parseLong(first.headers().firstValue("RateLimit-Remaining").orElseThrow());
    long after = Long.parseLong(second.headers().firstValue("RateLimit-Remaining").orElseThrow());
    assertTrue(after < before || after >= 198, "each request spends one: " + before + " then " + after);
    long reset = Long.parseLong(second.headers().firstValue("RateLimit-Reset").orElseThrow());
    assertTrue(reset >= 0 && reset <= 2, "at 100/s the bucket is full again within 2 s: " + reset);
  }

  @Test
  void aPublicReadMayBeKeptAndRevalidated() throws Exception {
    var first = send(getQuery(QUERY));
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("public, max-age=30", first.headers().firstValue("Cache-Control").orElse(null));
    var etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(first.headers().allValues("Vary").toString().contains("Accept-Language"), first.headers().toString());
    var again = send(getQuery(QUERY).header("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
    var otherQuery = send(getQuery("{ municipality(code: \"08037\") { name } }").header("If-None-Match", etag));
    assertEquals(200, otherQuery.statusCode(), "another read has another tag");

    var hsds = send(get("/hsds/organizations?per_page=2"));
    assertEquals(200, hsds.statusCode());
    assertTrue(hsds.headers().firstValue("ETag").isPresent(), "HSDS reads are public too");
    var schema = send(get(HttpApi.SCHEMA_PATH));
    assertEquals(304, send(get(HttpApi.SCHEMA_PATH).header("If-None-Match",
        schema.headers().firstValue("ETag").orElseThrow())).statusCode());
  }

  @Test
  void anythingAskedWithATokenOrByPostIsNotKept() throws Exception {
    var token = TestNode.token("demo-org-tap-dam", null, Scope.REFERRAL_READ);
    var withToken = send(getQuery(QUERY).header("Authorization", "Bearer " + token));
    assertEquals(200, withToken.statusCode(), withToken.body());
    assertEquals("private, no-store", withToken.headers().firstValue("Cache-Control").orElse(null));
    assertTrue(withToken.headers().firstValue("ETag").isEmpty());
    var post = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/graphql"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", QUERY).encode())));
    assertEquals("no-store", post.headers().firstValue("Cache-Control").orElse(null));
    var failed = send(getQuery("{ municipality(code: \"99999\") { name nope } }"));
    assertEquals("no-store", failed.headers().firstValue("Cache-Control").orElse(null), "errors are not kept");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
