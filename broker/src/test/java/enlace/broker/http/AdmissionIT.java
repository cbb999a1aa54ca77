package enlace.broker.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.node.Node;
import enlace.broker.referral.Subscriptions;
import enlace.broker.security.Scope;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every door that does work spends from one budget per caller — its token's subject within its client, or
 * its address — HTTP routes and WebSocket operations alike; failed authentications are limited per address
 * and a caller's open sockets are bounded. A node with small budgets: 5 requests at once then 1 per
 * second, 3 failed authentications per minute, 2 sockets per caller.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdmissionIT {

  private static final int BURST = 5;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Node node;

  @BeforeAll
  static void strictNode() throws Exception {
    var config = TestNode.node().config().withPort(0).withDemoData(false)
        .withHttp(HttpApi.Settings.DEFAULTS.withRate(1, BURST).withAdmission(3, 2));
    node = Node.start(config, TestGraph.graph());
    node.ready().get(120, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static String officer(String name) {
    return TestNode.token("door-" + name, null, Scope.DIRECTORY_WRITE, Scope.REFERRAL_READ);
  }

  private static HttpResponse<String> send(String method, String path, String token) throws Exception {
    return HTTP.send(request(method, path, token), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String method, String path, String token) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
        .header("Content-Type", "application/json")
        .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString("{\"query\":\"{ ontologyVersion }\"}"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }

  /** The statuses of twice the burst of requests, sent all at once. */
  private static List<Integer> burst(String method, String path, String token) {
    var sent = IntStream.range(0, 2 * BURST)
        .mapToObj(i -> HTTP.sendAsync(request(method, path, token), HttpResponse.BodyHandlers.ofString()))
        .toList();
    return sent.stream().map(response -> response.join().statusCode()).toList();
  }

  @Test
  @Order(1)
  void shouldLimitEveryDoorThatDoesWork() throws Exception {
    var doors = List.of(List.of("POST", "/graphql"), List.of("GET", "/graphql?query=%7BontologyVersion%7D"),
        List.of("GET", "/ontology"), List.of("GET", "/sparql?query=ASK%7B%7D"), List.of("GET", "/hsds/services"),
        List.of("GET", "/hsds/organizations"), List.of("GET", "/gaps.csv?categories=enl:shelter"),
        List.of("GET", "/gaps.geojson?categories=enl:shelter"), List.of("POST", "/demo/coordinator-token"),
        List.of("GET", "/demo/organizations"), List.of("POST", "/federation/messages"));
    for (int i = 0; i < doors.size(); i++) {
      var door = doors.get(i);
      var statuses = burst(door.get(0), door.get(1), officer("door-" + i));
      long limited = statuses.stream().filter(s -> s == 429).count();
      assertTrue(limited >= 1 && limited <= BURST, door + " is limited: " + statuses);
    }
  }

  @Test
  @Order(2)
  void shouldGiveEachOfficerOfOneClientABudgetOfItsOwn() throws Exception {
    var first = burst("POST", "/graphql", officer("first"));
    assertTrue(first.contains(429), first::toString);
    var second = send("POST", "/graphql", officer("second"));
    assertEquals(200, second.statusCode(), "another officer of the same client: " + second.body());
    var limited = send("POST", "/graphql", officer("first"));
    assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    assertEquals("RATE_LIMITED", Api.errorCode(new JsonObject(limited.body())));
  }

  @Test
  @Order(3)
  void shouldSpendTheSameBudgetOnWebSocketOperations() throws Exception {
    try (var socket = initialised(officer("socket"))) {
      for (int i = 1; i <= BURST + 1; i++) {
        socket.send(subscribe(Integer.toString(i), "{ ontologyVersion }"));
      }
      var codes = new ArrayList<String>();
      while (codes.size() < BURST + 1) {
        var message = socket.message();
        if (message.getString("type").equals("next")) {
          var payload = message.getJsonObject("payload");
          codes.add(payload.containsKey("errors") ? Api.errorCode(payload) : "ok");
        }
      }
      assertTrue(codes.contains("RATE_LIMITED"), codes::toString);
    }
  }

  @Test
  @Order(4)
  void shouldApplyTheQueryLimitsToWebSocketOperations() throws Exception {
    var aliases = IntStream.range(0, 200).mapToObj(i -> "a" + i + ": ontologyVersion")
        .collect(Collectors.joining(" "));
    var deep = "{ service(id: \"x\") { " + "organization { services(first: 1) { ".repeat(10) + "id"
        + " } }".repeat(10) + " } }";
    var costly = "{ searchServices(municipality: \"07089\", radiusKm: 250, first: 100) { edges { node {"
        + " organization { services(first: 100) { id name } } } } } }";
    var hostile = List.of("query($x: Boolean!) { ontologyVersion ... @ include(if: $x) { " + aliases + " } }", deep,
        costly);
    try (var socket = initialised(officer("limits"))) {
      for (int i = 0; i < hostile.size(); i++) {
        var operation = subscribe(Integer.toString(i), hostile.get(i));
        operation.getJsonObject("payload").put("variables", new JsonObject().put("x", false));
        socket.send(operation);
        var answer = socket.message();
        var payload = answer.getString("type").equals("next") ? answer.getJsonObject("payload")
            : new JsonObject().put("errors", answer.getJsonArray("payload"));
        assertEquals("QUERY_TOO_COMPLEX", Api.errorCode(payload), answer::encode);
        if (answer.getString("type").equals("next")) {
          socket.expect("complete");
        }
      }
    }
  }

  @Test
  @Order(5)
  void shouldBoundTheSocketsOneCallerHoldsOpen() throws Exception {
    var token = officer("sockets");
    try (var first = initialised(token); var second = initialised(token);
         var third = Subscriptions.connect(node.port(), null, token)) {
      third.send(init(token));
      var refused = third.message();
      assertEquals("closed", refused.getString("type"), refused::encode);
      assertEquals(4401, refused.getInteger("code"), refused::encode);
    }
    try (var again = initialisedOnceFreed(token)) {
      again.send(subscribe("1", "{ ontologyVersion }"));
      assertEquals("next", again.message().getString("type"), "a closed socket gives its place back");
    }
  }

  @Test
  @Order(100)
  void shouldLimitFailedAuthenticationsByAddressBeforeLookingAtTheToken() throws Exception {
    var statuses = new ArrayList<Integer>();
    for (int i = 0; i < 3; i++) {
      statuses.add(send("POST", "/graphql", "not-a-token-" + i).statusCode());
    }
    assertEquals(List.of(401, 401, 401), statuses);
    var blocked = send("POST", "/graphql", officer("valid"));
    assertEquals(429, blocked.statusCode(), "even a valid token waits once its address failed too often");
    assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
    try (var socket = Subscriptions.connect(node.port(), null)) {
      socket.send(init(officer("valid")));
      assertEquals("closed", socket.message().getString("type"), "a socket's connection_init too");
    } catch (Exception refusedUpgrade) {
      // the upgrade itself may be refused with 429 already: the same rule
    }
  }

  private static Subscriptions initialised(String token) throws Exception {
    var socket = Subscriptions.connect(node.port(), null, token);
    socket.send(init(token));
    socket.expect("connection_ack");
    return socket;
  }

  /**
   * A socket initialised once the node has seen the caller's earlier sockets close (within 10 s); an attempt
   * before that is refused, and one over the caller's budget waits for it to refill.
   */
  private static Subscriptions initialisedOnceFreed(String token) throws Exception {
    for (long until = System.nanoTime() + 10_000_000_000L; System.nanoTime() < until; Thread.sleep(500)) {
      Subscriptions socket;
      try {
        socket = Subscriptions.connect(node.port(), null, token);
      } catch (ExecutionException e) {
        continue;
      }
      socket.send(init(token));
      if (socket.message().getString("type").equals("connection_ack")) {
        return socket;
      }
      socket.close();
    }
    throw new AssertionError("the closed sockets never gave their places back");
  }

  private static JsonObject init(String token) {
    return new JsonObject().put("type", "connection_init")
        .put("payload", new JsonObject().put("Authorization", "Bearer " + token));
  }

  private static JsonObject subscribe(String id, String query) {
    return new JsonObject().put("id", id).put("type", "subscribe")
        .put("payload", new JsonObject().put("query", query));
  }
}
