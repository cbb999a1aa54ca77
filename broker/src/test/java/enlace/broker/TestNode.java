package enlace.broker;

import enlace.broker.directory.DirectoryLimits;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.http.HttpApi;
import enlace.broker.node.Node;
import enlace.broker.node.NodeConfig;
import enlace.broker.referral.ReferralSettings;
import enlace.broker.security.DevelopmentIssuer;
import enlace.broker.security.Scope;
import enlace.broker.security.SecuritySettings;
import enlace.connectors.gazetteer.Regions;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One demo node per test JVM: the real HTTP server on a loopback port over the JVM's shared embedded
 * Neo4j, holding the gazetteer and the demo directory for the whole country (region "mx").
 * Tests read it and must not change it.
 */
public final class TestNode {

  /** The one inward address the test node's webhooks may reach: the receivers tests start on loopback. */
  public static final String WEBHOOK_RECEIVERS = "127.0.0.1/32";

  private static Node node;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestNode() {}

  public static synchronized Node node() {
    if (node == null) {
      TestGraph.clean();
      var regions = new ArrayList<>(Regions.defaults());
      regions.add(Regions.ALL);
      var config = new NodeConfig("mx", regions, "127.0.0.1", 0, TestGraph.graph().settings(),
          HttpApi.Settings.DEFAULTS.withRate(10_000, 10_000).withAdmission(10_000, 100), DirectoryApi.Settings.DEFAULTS,
          DirectoryLimits.DEFAULTS, true,
          List.of(southernTerms()), "mx", SecuritySettings.development(TestGraph.graph().settings().dataDir()))
          .withReferrals(ReferralSettings.DEFAULTS.withWebhookAllowedNetworks(List.of(WEBHOOK_RECEIVERS)));
      node = Node.start(config, TestGraph.graph());
      try {
        node.ready().get(120, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("the test node did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(node::close, "test-node-close"));
    }
    return node;
  }

  /** The bundled example of a region's local terms, as the file a node would be configured with. */
  private static Path southernTerms() {
    try (var in = TestNode.class.getResourceAsStream("/enlace/ontology/regional/example-south.ttl")) {
      var file = Files.createTempFile("example-south", ".ttl");
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A development access token of this node, acting for {@code organization} with the given scopes. */
  public static String token(String organization, String region, Scope... scopes) {
    node();
    return DevelopmentIssuer.open(TestGraph.graph().settings().dataDir(), Optional.empty(), Clock.systemUTC())
        .issue("test-" + organization, Optional.ofNullable(organization), Optional.ofNullable(region),
            Set.of(scopes), Duration.ofMinutes(10));
  }

  /** POSTs a GraphQL request with a bearer token. */
  public static JsonObject graphql(String token, String query, JsonObject variables) {
    var body = new JsonObject().put("query", query);
    if (variables != null) {
      body.put("variables", variables);
    }
    var response = send(HttpRequest.newBuilder(uri("/graphql"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build());
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body());
  }

  public static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + node().port() + path);
  }

  /** POSTs a query as application/json and returns the parsed body; fails on a non-200 status. */
  public static JsonObject graphql(String query, JsonObject variables) {
    var body = new JsonObject().put("query", query);
    if (variables != null) {
      body.put("variables", variables);
    }
    var response = post("/graphql", body.encode(), "application/json");
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body());
  }

  public static HttpResponse<String> post(String path, String body, String accept) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (Exception e) {
      throw new IllegalStateException("request to the test node failed", e);
    }
  }
}
