package enlace.broker.security;

import enlace.broker.TestNode;
import enlace.broker.node.Node;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A second node in the test JVM, on the shared store but without demo data, that trusts three
 * issuers of a real OAuth2 server (mock-oauth2-server), found through their discovery documents:
 * "partners" (the forged-token matrix and client credentials), "rotating" (key rotation) and, on a
 * server of its own that a test may stop, "flaky" (JWKS outage, keys cached for 2 s). Its development
 * issuer keeps its key in a folder of its own.
 */
final class SecurityTestNode {

  static final String PARTNERS = "partners";
  static final String ROTATING = "rotating";
  static final String FLAKY = "flaky";
  static final String CLIENT = "partner-app";
  static final String ORGANIZATION = "org-partners";
  static final Audience AUDIENCE = Audience.ofNode("security-test");

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static SecurityTestNode instance;

  final TestKeys keys = new TestKeys();
  final MockOAuth2Server server = mockServer(keys, PARTNERS, ROTATING);
  final MockOAuth2Server flakyServer = mockServer(keys, FLAKY);
  final Path developmentKeys;
  final Node node;
  private volatile boolean flakyRunning = true;

  private SecurityTestNode() throws Exception {
    TestNode.node();
    server.start();
    flakyServer.start();
    developmentKeys = Files.createTempDirectory("enlace-dev-issuer");
    var settings = new SecuritySettings(Optional.of(developmentKeys), List.of(
        discovered(server, PARTNERS), discovered(server, ROTATING),
        discovered(flakyServer, FLAKY).withJwksCacheTtl(Duration.ofSeconds(2))));
    var config = TestNode.node().config().withPort(0).withDemoData(false).withNodeId("security-test")
        .withSecurity(settings);
    node = Node.start(config, TestGraph.graph());
    node.ready().get(120, TimeUnit.SECONDS);
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "security-test-node-close"));
  }

  static synchronized SecurityTestNode get() {
    if (instance == null) {
      try {
        instance = new SecurityTestNode();
      } catch (Exception e) {
        throw new IllegalStateException("the security test node did not start", e);
      }
    }
    return instance;
  }

  String issuer(String issuerId) {
    return (issuerId.equals(FLAKY) ? flakyServer : server).issuerUrl(issuerId).toString();
  }

  /** A client-credentials token from the mock server's token endpoint, as a partner's client gets it. */
  String clientCredentials(String issuerId, String scope) {
    var tokenEndpoint = (issuerId.equals(FLAKY) ? flakyServer : server).tokenEndpointUrl(issuerId).uri();
    var form = Map.of("grant_type", "client_credentials", "client_id", CLIENT, "client_secret", "secret",
        "scope", scope).entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .reduce((a, b) -> a + "&" + b).orElseThrow();
    var response = send(HttpRequest.newBuilder(tokenEndpoint)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    if (response.statusCode() != 200) {
      throw new AssertionError("token endpoint: HTTP " + response.statusCode() + " " + response.body());
    }
    return new JsonObject(response.body()).getString("access_token");
  }

  /** {@code { whoami {...} }} over HTTP with the token as a bearer token. */
  HttpResponse<String> whoami(String token) {
    var body = new JsonObject().put("query", "{ whoami { subject clientId organization region scopes issuer } }");
    var request = HttpRequest.newBuilder(uri("/graphql"))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + node.port() + path);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static IssuerSettings discovered(MockOAuth2Server server, String issuerId) {
    return IssuerSettings.discovered(server.issuerUrl(issuerId).toString(), server.wellKnownUrl(issuerId).uri());
  }

  /** Access tokens as RFC 9068 shapes them: typ at+jwt, this node as audience, scope and organization claims. */
  private static MockOAuth2Server mockServer(TestKeys keys, String... issuerIds) {
    var callbacks = new HashSet<OAuth2TokenCallback>();
    for (var id : issuerIds) {
      callbacks.add(new DefaultOAuth2TokenCallback(id, CLIENT, "at+jwt", List.of(AUDIENCE.value()),
          Map.of("client_id", CLIENT, "enlace_org", ORGANIZATION, "scope", "directory:write"), 3600));
    }
    return new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys),
        Set.copyOf(callbacks), new MockWebServerWrapper()));
  }

  /** Stops the flaky issuer's server: its JWKS endpoint is gone from then on. */
  void stopFlakyIssuer() {
    if (flakyRunning) {
      flakyServer.shutdown();
      flakyRunning = false;
    }
  }

  private void close() {
    node.close();
    server.shutdown();
    stopFlakyIssuer();
  }
}
