package enlace.broker.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.http.HttpApi;
import enlace.broker.node.Node;
import enlace.broker.referral.Subscriptions;
import enlace.graph.StorePassword;
import enlace.graph.TestGraph;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * A request past its time (here 1.5 s) gets 504 over HTTP, TIMEOUT over the WebSocket, and its store
 * transaction is terminated rather than left to finish: another transaction holds the lock the mutation
 * waits for, and after the answer the mutation's transaction is gone from {@code SHOW TRANSACTIONS} and
 * its write never lands, even once the lock is released.
 */
class RequestTimeoutIT {

  private static final Duration TIMEOUT = Duration.ofMillis(1_500);
  private static final String LOCK_HOLDER = "test-lock-holder";
  private static final String UPDATE = """
      mutation($id: ID!) { updateCapacity(serviceId: $id, available: 1) { capacity { available } } }""";

  private static Node node;
  private static Driver store;
  private static String organization;
  private static String service;
  private static String serviceId;

  @BeforeAll
  static void nodeWithAShortTimeout() throws Exception {
    var config = TestNode.node().config().withPort(0).withDemoData(false)
        .withHttp(HttpApi.Settings.DEFAULTS.withRate(10_000, 10_000).withRequestTimeout(TIMEOUT));
    node = Node.start(config, TestGraph.graph());
    node.ready().get(120, TimeUnit.SECONDS);
    store = GraphDatabase.driver(TestGraph.graph().uri(), AuthTokens.basic(StorePassword.USER,
        StorePassword.read(TestGraph.graph().settings().dataDir()).orElseThrow()));
    organization = Offices.unique("org-timeout");
    var location = Offices.organizationWithPlace(organization);
    service = Offices.unique("svc-timeout");
    serviceId = Api.data(Offices.call(Offices.writer(organization), Offices.UPSERT_SERVICE,
        Offices.serviceInput(service, location, "enl:shelter"))).getJsonObject("upsertService").getString("id");
  }

  @AfterAll
  static void stop() {
    node.close();
    store.close();
  }

  @Test
  void shouldTerminateTheTransactionOfAnHttpRequestPastItsTime() throws Exception {
    try (var session = store.session(); var lock = holdLock(session.beginTransaction(lockConfig()))) {
      long started = System.nanoTime();
      var response = TestNode.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/graphql"))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + Offices.writer(organization))
          .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", UPDATE)
              .put("variables", new JsonObject().put("id", serviceId)).encode())).build());
      assertEquals(504, response.statusCode(), response.body());
      assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
      assertTransactionsEnd();
      lock.rollback();
    }
    assertEquals(5, available(), "the timed-out write never landed");
  }

  @Test
  void shouldTerminateTheTransactionOfAWebSocketOperationPastItsTime() throws Exception {
    try (var session = store.session(); var lock = holdLock(session.beginTransaction(lockConfig()));
         var socket = Subscriptions.connect(node.port(), null)) {
      socket.send(new JsonObject().put("type", "connection_init")
          .put("payload", new JsonObject().put("Authorization", "Bearer " + Offices.writer(organization))));
      socket.expect("connection_ack");
      socket.send(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
          .put("query", UPDATE).put("variables", new JsonObject().put("id", serviceId))));
      var answer = socket.message();
      assertEquals("next", answer.getString("type"), answer::encode);
      assertEquals("TIMEOUT", Api.errorCode(answer.getJsonObject("payload")), answer::encode);
      assertTransactionsEnd();
      lock.rollback();
    }
    assertEquals(5, available(), "the timed-out write never landed");
  }

  private static TransactionConfig lockConfig() {
    return TransactionConfig.builder().withMetadata(Map.of("test", LOCK_HOLDER)).build();
  }

  /** Takes the write lock on the service and keeps it until the transaction ends. */
  private static Transaction holdLock(Transaction tx) {
    tx.run("MATCH (s:Service {id: $id}) SET s.capacityAvailable = s.capacityAvailable", Map.of("id", service))
        .consume();
    return tx;
  }

  /** Waits (at most 3 s) until no transaction but the lock holder's is writing to a service. */
  private static void assertTransactionsEnd() throws InterruptedException {
    List<String> running = List.of();
    for (long until = System.nanoTime() + Duration.ofSeconds(3).toNanos(); System.nanoTime() < until; ) {
      try (var session = store.session()) {
        running = session.run("""
                SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery
                WHERE coalesce(metaData.test, '') <> $holder AND currentQuery CONTAINS $write
                RETURN transactionId + ' ' + currentQuery AS tx""", Map.of("holder", LOCK_HOLDER,
                "write", "SET s += $set"))
            .list(r -> r.get("tx").asString());
      }
      if (running.isEmpty()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the request's transaction still runs after its time: " + running);
  }

  private static long available() {
    try (var session = store.session()) {
      return session.run("MATCH (s:Service {id: $id}) RETURN s.capacityAvailable AS n", Map.of("id", service))
          .single().get("n").asLong();
    }
  }
}
