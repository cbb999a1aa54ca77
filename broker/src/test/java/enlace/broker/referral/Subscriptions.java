package enlace.broker.referral;

import enlace.broker.TestNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real graphql-transport-ws client on the test node's /graphql socket, subscribed to referralEvents. */
public final class Subscriptions implements AutoCloseable {

  static final String PROTOCOL = "graphql-transport-ws";
  private static final Vertx VERTX = Vertx.vertx();

  private final WebSocketClient client;
  private final WebSocket socket;
  private final BlockingQueue<JsonObject> messages;

  private Subscriptions(WebSocketClient client, WebSocket socket, BlockingQueue<JsonObject> messages) {
    this.client = client;
    this.socket = socket;
    this.messages = messages;
  }

  /** Connects from the node's own origin, sends the token in connection_init and subscribes. */
  static Subscriptions open(String token, String box) throws Exception {
    return subscribe(token, "subscription { referralEvents(box: " + box + ") {"
        + " referral region sequence from to reason } }");
  }

  /** Connects from the node's own origin, sends the token in connection_init and runs this subscription. */
  public static Subscriptions subscribe(String token, String query) throws Exception {
    var subscriptions = connect(null);
    subscriptions.send(new JsonObject().put("type", "connection_init")
        .put("payload", new JsonObject().put("Authorization", "Bearer " + token)));
    subscriptions.expect("connection_ack");
    subscriptions.send(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject()
        .put("query", query)));
    subscriptions.send(new JsonObject().put("type", "ping"));
    subscriptions.expect("pong");
    return subscriptions;
  }

  /** A socket, not yet initialised, opened with this Origin header (none when null). */
  static Subscriptions connect(String origin) throws Exception {
    return connect(TestNode.node().port(), origin);
  }

  /** A socket to the node on {@code port}, not yet initialised, opened with this Origin header (none when null). */
  public static Subscriptions connect(int port, String origin) throws Exception {
    return connect(port, origin, null);
  }

  /** As {@link #connect(int, String)}, the upgrade request carrying this bearer token (none when null). */
  public static Subscriptions connect(int port, String origin, String token) throws Exception {
    var client = VERTX.createWebSocketClient();
    var options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
        .setURI("/graphql").addSubProtocol(PROTOCOL);
    if (origin != null) {
      options.addHeader("Origin", origin);
    }
    if (token != null) {
      options.addHeader("Authorization", "Bearer " + token);
    }
    var messages = new LinkedBlockingQueue<JsonObject>();
    Future<WebSocket> connected = client.connect(options).onSuccess(socket -> {
      socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
      socket.closeHandler(v -> messages.add(new JsonObject().put("type", "closed")
          .put("code", socket.closeStatusCode() == null ? -1 : (int) socket.closeStatusCode())));
    });
    try {
      return new Subscriptions(client, connected.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS),
          messages);
    } catch (Exception e) {
      client.close();
      throw e;
    }
  }

  public void send(JsonObject message) {
    socket.writeTextMessage(message.encode());
  }

  /** The next message; fails after 10 s without one. */
  public JsonObject message() throws InterruptedException {
    var message = messages.poll(10, TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("no message on the subscription socket within 10 s");
    }
    return message;
  }

  public JsonObject expect(String type) throws InterruptedException {
    var message = message();
    if (!type.equals(message.getString("type"))) {
      throw new AssertionError("expected " + type + ", got " + message.encode());
    }
    return message;
  }

  /** The next referral event the subscription delivers. */
  JsonObject next() throws InterruptedException {
    var message = expect("next");
    return message.getJsonObject("payload").getJsonObject("data").getJsonObject("referralEvents");
  }

  @Override
  public void close() {
    socket.close();
    client.close();
  }
}
