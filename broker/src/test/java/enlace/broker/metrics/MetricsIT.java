package enlace.broker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.http.HttpApi;
import enlace.broker.node.Node;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Prometheus scrapes /metrics with its own token and finds the series an operator watches. */
class MetricsIT {

  private static final String TOKEN = "scrape-token-0123456789abcdef";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Node node;

  @BeforeAll
  static void nodeWithMetrics() throws Exception {
    var config = TestNode.node().config().withPort(0).withDemoData(false)
        .withHttp(HttpApi.Settings.DEFAULTS.withRate(2, 3).withMetricsToken(TOKEN));
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

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + node.port() + path);
  }

  @Test
  void theScrapeCarriesRequestsOperationsStoreQueuesRefusalsAndTheJvm() throws Exception {
    for (int i = 0; i < 6; i++) {
      send(HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("operationName", "Tapachula")
              .put("query", "query Tapachula { municipality(code: \"07089\") { name } }").encode())));
    }
    assertEquals(401, send(HttpRequest.newBuilder(uri(MetricsRoute.PATH))).statusCode(), "no token, no metrics");
    assertEquals(401, send(HttpRequest.newBuilder(uri(MetricsRoute.PATH))
        .header("Authorization", "Bearer " + TestNode.token("demo-org-tap-dam", null))).statusCode(),
        "a user's access token is not the scrape token");
    var scrape = send(HttpRequest.newBuilder(uri(MetricsRoute.PATH)).header("Authorization", "Bearer " + TOKEN));
    assertEquals(200, scrape.statusCode());
    assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    var body = scrape.body();
    for (var series : new String[] {"vertx_http_server_requests_total", "vertx_http_server_response_time_seconds",
        "enlace_graphql_operations_seconds_count", "operation=\"Tapachula\"", "enlace_neo4j_transactions_seconds",
        "enlace_ratelimit_refusals_total", "door=\"http\"", "enlace_subscriptions_sockets",
        "enlace_federation_outbox_messages", "jvm_memory_used_bytes", "jvm_gc_", "process_uptime_seconds"}) {
      assertTrue(body.contains(series), "the scrape has " + series);
    }
    assertTrue(body.contains("route=\"/graphql"), "requests are counted by the routes that served them (Vert.x"
        + " joins them with '>')");
    assertTrue(body.contains("code=\"429\""), "the refusals show as 429s too");
  }

  @Test
  void operationNamesClientsChooseCannotFloodTheSeries() {
    assertEquals("invalid", NodeMetrics.operationName("x\"} 1\nfake_metric{"));
    assertEquals("anonymous", NodeMetrics.operationName(null));
    assertEquals("Shelters", NodeMetrics.operationName("Shelters"));
  }
}
