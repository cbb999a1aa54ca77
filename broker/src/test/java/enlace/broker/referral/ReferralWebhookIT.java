package enlace.broker.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.security.Scope;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An organization's webhook, against a real HTTP receiver on a loopback port. */
class ReferralWebhookIT {

  private static final String SECRET = "s3cret-of-the-shelter-0123";

  record Delivery(String timestamp, String signature, Buffer body) {}

  @Test
  void shouldPostSignedEventsAndRetryUntilTheReceiverAnswers() throws Exception {
    var vertx = Vertx.vertx();
    var deliveries = new LinkedBlockingQueue<Delivery>();
    var attempts = new AtomicInteger();
    HttpServer receiver = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      deliveries.add(new Delivery(request.getHeader("X-Enlace-Timestamp"), request.getHeader("X-Enlace-Signature"),
          body));
      request.response().setStatusCode(attempts.incrementAndGet() == 1 ? 503 : 204).end();
    })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    try {
      var offices = Ensenada.create();
      var writer = TestNode.token(offices.farShelterOrg(), null, Scope.DIRECTORY_WRITE);
      var set = TestNode.graphql(writer, "mutation($url: String!, $secret: String!) { setReferralWebhook(url: $url,"
          + " secret: $secret) }", new JsonObject().put("url", "http://127.0.0.1:" + receiver.actualPort() + "/hook")
          .put("secret", SECRET));
      assertTrue(Api.data(set).getBoolean("setReferralWebhook"));
      var id = offices.refer(offices.farShelter());

      var first = next(deliveries);
      var retried = next(deliveries);
      assertEquals(first.body(), retried.body(), "the 503 was retried with the same event");
      var event = retried.body().toJsonObject();
      assertEquals(id, event.getString("id"), "the id as the API gives it");
      assertEquals("referral.requested", event.getString("type"));
      assertEquals("sha256=" + Webhooks.sign(SECRET, retried.timestamp(), retried.body()), retried.signature());
      assertTrue(!event.encode().contains("TAP-") && !event.encode().contains("+52"), "no person data in events");

      var bad = TestNode.graphql(writer, "mutation { setReferralWebhook(url: \"ftp://x\", secret: \"short\") }", null);
      assertEquals("BAD_USER_INPUT", Api.errorCode(bad));
    } finally {
      vertx.close();
    }
  }

  @Test
  void refusesWebhooksThatPointInwardNamingTheAddress() {
    var writer = TestNode.token(Ensenada.create().farShelterOrg(), null, Scope.DIRECTORY_WRITE);
    for (var url : List.of("http://127.0.0.2:9/hook", "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/hook", "http://192.168.1.1/", "http://172.16.0.1/", "http://100.64.0.1/",
        "http://[::1]:8080/", "http://[fd00::1]/", "http://[::ffff:169.254.169.254]/", "http://0.0.0.0:9/",
        "http://224.0.0.1/", "http://metadata.google.internal/computeMetadata/v1/")) {
      var answer = setWebhook(writer, url);
      assertEquals("BAD_USER_INPUT", Api.errorCode(answer), url + ": " + answer.encode());
      assertEquals("url", answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
          .getString("argument"), answer::encode);
    }
  }

  @Test
  void shouldNotDeliverToANameThatNowPointsInwardNorFollowARedirect() throws Exception {
    var vertx = Vertx.vertx();
    var inward = new LinkedBlockingQueue<String>();
    var outward = new LinkedBlockingQueue<String>();
    HttpServer second = vertx.createHttpServer().requestHandler(r -> {
      inward.add(r.path());
      r.response().end();
    }).listen(0, "127.0.0.2").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    HttpServer first = vertx.createHttpServer().requestHandler(r -> {
      outward.add(r.path());
      r.response().setStatusCode(307).putHeader("Location", "http://127.0.0.2:" + second.actualPort() + "/moved")
          .end();
    }).listen(second.actualPort(), "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    try {
      var offices = Ensenada.create();
      var writer = TestNode.token(offices.farShelterOrg(), null, Scope.DIRECTORY_WRITE);
      TestNames.point("hooks.rebind.test", "127.0.0.1");
      var set = setWebhook(writer, "http://hooks.rebind.test:" + second.actualPort() + "/hook");
      assertTrue(Api.data(set).getBoolean("setReferralWebhook"), set::encode);
      offices.refer(offices.farShelter());
      assertEquals("/hook", outward.poll(20, TimeUnit.SECONDS), "delivered while the name points outward");
      TestNames.point("hooks.rebind.test", "127.0.0.2");
      offices.refer(offices.farShelter());
      assertEquals(null, inward.poll(3, TimeUnit.SECONDS), "neither the redirect nor the rebound name reached it");
      assertEquals(null, outward.poll(1, TimeUnit.SECONDS), "nothing delivered to the name that now points inward");
    } finally {
      vertx.close();
    }
  }

  private static JsonObject setWebhook(String token, String url) {
    return TestNode.graphql(token, "mutation($url: String!, $secret: String!) { setReferralWebhook(url: $url,"
        + " secret: $secret) }", new JsonObject().put("url", url).put("secret", SECRET));
  }

  private static Delivery next(BlockingQueue<Delivery> deliveries) throws InterruptedException {
    var delivery = deliveries.poll(20, TimeUnit.SECONDS);
    if (delivery == null) {
      throw new AssertionError("no webhook delivery within 20 s");
    }
    return delivery;
  }
}
