package enlace.broker.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.TestNode;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** referralEvents over graphql-transport-ws: the Origin and the token are checked on connect. */
class ReferralSubscriptionIT {

  @Test
  void shouldDeliverANewReferralToTheReceivingOfficeWithoutPolling() throws Exception {
    var offices = Ensenada.create();
    try (var inbox = Subscriptions.open(Referrals.receiver(offices.farShelterOrg()), "INBOX");
         var other = Subscriptions.open(Referrals.receiver(offices.nearShelterOrg()), "INBOX")) {
      var id = offices.refer(offices.farShelter());
      var event = inbox.next();
      assertEquals("REQUESTED", event.getString("to"));
      assertEquals(id, event.getString("referral"));
      other.send(new JsonObject().put("type", "ping"));
      assertEquals("pong", other.message().getString("type"), "another office hears nothing of it");
    }
  }

  @Test
  void shouldRefuseAForeignOrigin() {
    var refused = assertThrows(Exception.class, () -> Subscriptions.connect("https://evil.example"));
    assertTrue(String.valueOf(refused.getMessage()).contains("403")
        || String.valueOf(refused.getCause()).contains("403"), String.valueOf(refused));
  }

  @Test
  void shouldAcceptTheNodesOwnOriginAndCloseASocketWithoutAToken() throws Exception {
    try (var socket = Subscriptions.connect(TestNode.node().baseUrl().toString())) {
      socket.send(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()));
      var closed = socket.expect("closed");
      assertEquals(4401, closed.getInteger("code"), "graphql-transport-ws: Unauthorized");
    }
  }

  @Test
  void shouldRefuseASubscriptionWithoutReferralRead() throws Exception {
    var token = TestNode.token("t-no-referrals", null, Scope.DIRECTORY_WRITE);
    try (var socket = Subscriptions.connect(null)) {
      socket.send(new JsonObject().put("type", "connection_init")
          .put("payload", new JsonObject().put("Authorization", "Bearer " + token)));
      socket.expect("connection_ack");
      socket.send(new JsonObject().put("id", "1").put("type", "subscribe").put("payload",
          new JsonObject().put("query", "subscription { referralEvents { referral } }")));
      var error = socket.message();
      assertTrue(error.encode().contains("referral:read"), error.encode());
    }
  }
}
