package enlace.broker.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.graphql.Api;
import enlace.broker.referral.Subscriptions;
import enlace.broker.referral.Webhooks;
import enlace.broker.security.Scope;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The owner of a service hears of notes about it, live and at its webhook; the author hears of the answer. */
class FieldNoteEventsIT {

  private static final String SECRET = "secreto-del-banco-0123456789";

  record Delivery(String timestamp, String signature, Buffer body) {}

  @Test
  void shouldTellTheOwnerBySubscriptionAndWebhookAndTheAuthorOfTheAnswer() throws Exception {
    var vertx = Vertx.vertx();
    var deliveries = new LinkedBlockingQueue<Delivery>();
    HttpServer receiver = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      deliveries.add(new Delivery(request.getHeader(Webhooks.TIMESTAMP), request.getHeader(Webhooks.SIGNATURE), body));
      request.response().setStatusCode(204).end();
    })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    var owner = TestNode.token(Notes.BANK, null, Scope.DIRECTORY_WRITE, Scope.NOTES_WRITE);
    var subscription = "subscription { fieldNoteEvents { type id target organization at } }";
    try (var owners = Subscriptions.subscribe(owner, subscription);
        var authors = Subscriptions.subscribe(Notes.partner(Notes.DAM), subscription)) {
      Api.data(TestNode.graphql(owner, "mutation($url: String!, $secret: String!) { setReferralWebhook(url: $url,"
          + " secret: $secret) }", new JsonObject().put("url", "http://127.0.0.1:" + receiver.actualPort() + "/notas")
          .put("secret", SECRET)));
      var note = Notes.written(Notes.partner(Notes.DAM), "la sucursal ya no abre cuentas los sábados");

      var live = event(owners);
      assertEquals("note.written", live.getString("type"));
      assertEquals(note.getString("id"), live.getString("id"));
      assertEquals(Notes.serviceId(Notes.BANK_ACCOUNT), live.getString("target"));
      assertEquals(Notes.DAM, live.getString("organization"));

      var delivery = deliveries.poll(20, TimeUnit.SECONDS);
      assertTrue(delivery != null, "the webhook was called");
      assertEquals("sha256=" + Webhooks.sign(SECRET, delivery.timestamp(), delivery.body()), delivery.signature());
      var posted = delivery.body().toJsonObject();
      assertEquals("note.written", posted.getString("type"));
      assertEquals(note.getString("id"), posted.getString("id"));
      assertTrue(!posted.encode().contains("sábados"), "events carry ids, not the note's text");

      Api.data(Notes.call(owner, "answerFieldNote", note.getString("id"), "text: \"abrimos sábados de 9 a 13\""));
      var answered = event(authors);
      assertEquals("note.answered", answered.getString("type"));
      assertEquals(Notes.BANK, answered.getString("organization"));
    } finally {
      TestNode.graphql(owner, "mutation { removeReferralWebhook }", null);
      vertx.close();
    }
  }

  private static JsonObject event(Subscriptions subscription) throws InterruptedException {
    return subscription.expect("next").getJsonObject("payload").getJsonObject("data").getJsonObject("fieldNoteEvents");
  }
}
