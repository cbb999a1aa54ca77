package enlace.broker.trusted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.http.HttpApi;
import enlace.broker.node.Node;
import enlace.broker.security.DevelopmentIssuer;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trusted documents as a partner's build registers them (an Apollo persisted-query manifest) and as Apollo
 * Client's persisted-query link sends them (the hash in extensions, over GET): registered on one instance, run on
 * another of the same store; a client configured for registered operations only runs nothing else.
 */
class TrustedDocumentsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TAPACHULA = "query Tapachula { municipality(code: \"07089\") { name } }";
  private static final String JUAREZ = "query Juarez($code: String!) { municipality(code: $code) { name stateName } }";
  private static Node strict;

  /** A second instance on the test store where the development client may run registered operations only. */
  @BeforeAll
  static void strictInstance() throws Exception {
    var config = TestNode.node().config().withPort(0).withDemoData(false).withHttp(TestNode.node().config().http()
        .withTrustedDocumentsOnly(Set.of(DevelopmentIssuer.CLIENT_ID)));
    strict = Node.start(config, TestGraph.graph());
    strict.ready().get(120, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    strict.close();
  }

  private static String token() {
    return TestNode.token("demo-org-tap-dam", null, Scope.REFERRAL_READ);
  }

  private static String manifest(String... bodies) {
    var operations = new JsonArray();
    for (var body : bodies) {
      operations.add(new JsonObject().put("id", TrustedDocuments.sha256(body)).put("body", body).put("type", "query")
          .put("name", body.split("[ ({]")[1]));
    }
    return new JsonObject().put("format", "apollo-persisted-query-manifest").put("version", 1)
        .put("operations", operations).encode();
  }

  private static HttpResponse<String> register(URI base, String token, String manifest) throws Exception {
    var request = HttpRequest.newBuilder(base.resolve(TrustedDocumentRoutes.PATH))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(manifest));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** As Apollo's link sends a hashed query over GET. */
  private static HttpResponse<String> byHash(String hash, JsonObject variables, String token) throws Exception {
    var extensions = new JsonObject().put("persistedQuery", new JsonObject().put("version", 1)
        .put("sha256Hash", hash));
    var uri = strictBase().resolve("/graphql?extensions=" + encode(extensions.encode())
        + (variables == null ? "" : "&variables=" + encode(variables.encode())));
    var request = HttpRequest.newBuilder(uri).header("Accept", "application/json").GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> byText(String query, String token) throws Exception {
    var request = HttpRequest.newBuilder(strictBase().resolve("/graphql")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI strictBase() {
    return URI.create("http://127.0.0.1:" + strict.port() + "/");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String code(HttpResponse<String> response) {
    return new JsonObject(response.body()).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
        .getString("code");
  }

  @Test
  void operationsRegisteredOnOneInstanceRunByTheirHashOnAnother() throws Exception {
    var first = register(TestNode.node().baseUrl(), token(), manifest(TAPACHULA, JUAREZ));
    assertEquals(200, first.statusCode(), first.body());
    var again = register(TestNode.node().baseUrl(), token(), manifest(TAPACHULA, JUAREZ));
    assertEquals(0, new JsonObject(again.body()).getInteger("registered"), "registering twice adds nothing");

    var tapachula = byHash(TrustedDocuments.sha256(TAPACHULA), null, token());
    assertEquals(200, tapachula.statusCode(), tapachula.body());
    assertTrue(tapachula.body().contains("Tapachula"), tapachula.body());
    var juarez = byHash(TrustedDocuments.sha256(JUAREZ), new JsonObject().put("code", "08037"), null);
    assertTrue(juarez.body().contains("Chihuahua"), "anyone may run a registered read by its hash: " + juarez.body());
    assertEquals("public, max-age=60", juarez.headers().firstValue("Cache-Control").orElse(null),
        "a hashed public read over GET is what a proxy can keep");

    var listed = HTTP.send(HttpRequest.newBuilder(strictBase().resolve(TrustedDocumentRoutes.PATH))
        .header("Authorization", "Bearer " + token()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(listed.body().contains("\"name\":\"Juarez\"") && listed.body().contains(TrustedDocuments.sha256(JUAREZ)),
        listed.body());
  }

  @Test
  void aClientForRegisteredOperationsOnlyRunsNothingElse() throws Exception {
    register(TestNode.node().baseUrl(), token(), manifest(TAPACHULA));
    var free = byText("{ municipality(code: \"07089\") { name } }", token());
    assertEquals(403, free.statusCode(), free.body());
    assertEquals("TRUSTED_DOCUMENTS_ONLY", code(free));
    assertTrue(free.body().contains("POST /graphql/operations"), "the refusal says what to do: " + free.body());
    var registeredText = byText(TAPACHULA, token());
    assertEquals(200, registeredText.statusCode(), "the text of a registered operation is that operation");
    var anonymous = byText("{ municipality(code: \"07089\") { name } }", null);
    assertEquals(200, anonymous.statusCode(), "other clients (the console, GraphiQL, anonymous) keep sending text");
  }

  @Test
  void anUnknownHashAsksForTheDocumentAndAWrongOneIsRefused() throws Exception {
    var unknown = byHash(TrustedDocuments.sha256("{ ontologyVersion }"), null, null);
    assertEquals(200, unknown.statusCode(), unknown.body());
    assertEquals("PERSISTED_QUERY_NOT_FOUND", code(unknown));
    assertTrue(unknown.body().contains(Refusal.NOT_FOUND_MESSAGE), "the message Apollo's link reads");
    var wrong = HTTP.send(HttpRequest.newBuilder(strictBase().resolve("/graphql")).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", TAPACHULA)
        .put("extensions", new JsonObject().put("persistedQuery", new JsonObject().put("version", 1)
            .put("sha256Hash", TrustedDocuments.sha256(JUAREZ)))).encode())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertEquals("PERSISTED_QUERY_HASH_MISMATCH", code(wrong));
    assertEquals("PERSISTED_QUERY_HASH_INVALID", code(byHash("../../etc", null, null)));
  }

  @Test
  void aManifestIsCheckedWholeBeforeAnythingIsStored() throws Exception {
    var forged = new JsonObject(manifest(TAPACHULA));
    forged.getJsonArray("operations").add(new JsonObject().put("id", TrustedDocuments.sha256("{ a }"))
        .put("body", "{ b }").put("type", "query"));
    var refused = register(strictBase(), token(), forged.encode());
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("operations[1].id"), "the refusal names the operation: " + refused.body());
    var broken = register(strictBase(), token(), manifest("query Broken { municipality(code: "));
    assertTrue(broken.body().contains("operations[0].body"), broken.body());
    assertEquals(401, register(strictBase(), null, manifest(TAPACHULA)).statusCode(), "anonymous callers register"
        + " nothing");
    assertEquals(HttpApi.Settings.DEFAULTS.trustedDocumentsOnly(), Set.of(), "no client is restricted by default");
  }
}
