package enlace.broker.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.node.Node;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One client sending too fast is slowed down; the others are not. */
class RateLimitIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Node node;

  @BeforeAll
  static void strictNode() throws Exception {
    var config = TestNode.node().config().withPort(0).withDemoData(false)
        .withHttp(HttpApi.Settings.DEFAULTS.withRate(2, 3));
    node = Node.start(config, TestGraph.graph());
    node.ready().get(120, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static HttpResponse<String> ask(String token) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/graphql"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ ontologyVersion }\"}"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldAnswer429WithRetryAfterToAClientOverItsRateOnly() throws Exception {
    var statuses = new ArrayList<Integer>();
    HttpResponse<String> limited = null;
    for (int i = 0; i < 8; i++) {
      var response = ask(null);
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        limited = response;
      }
    }
    assertTrue(statuses.subList(0, 3).stream().allMatch(s -> s == 200), statuses::toString);
    assertTrue(limited != null, "a burst of 8 over a limit of 3 is slowed down: " + statuses);
    assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    assertEquals("3", limited.headers().firstValue("RateLimit-Limit").orElse(null), "the budget: a burst of 3");
    assertEquals("0", limited.headers().firstValue("RateLimit-Remaining").orElse(null), "nothing left");
    assertTrue(Long.parseLong(limited.headers().firstValue("RateLimit-Reset").orElseThrow()) >= 1);
    assertTrue(limited.body().contains("RATE_LIMITED"), limited.body());
    var other = TestNode.token("demo-org-tap-dam", null, Scope.REFERRAL_READ);
    assertEquals(200, ask(other).statusCode(), "another client is not slowed down");
    Thread.sleep(1_600);
    assertEquals(200, ask(null).statusCode(), "the bucket refills");
  }
}
