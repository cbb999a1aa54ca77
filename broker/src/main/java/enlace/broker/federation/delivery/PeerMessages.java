package enlace.broker.federation.delivery;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import enlace.broker.security.Caller;
import enlace.broker.security.NodeKey;
import enlace.broker.security.PeerEncryption;
import enlace.graph.Graph;
import enlace.graph.outbox.MessageHandler;
import enlace.graph.outbox.MessageRefused;
import enlace.graph.outbox.Outbox;
import enlace.graph.outbox.PeerMessage;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages between nodes, end to end: {@link #send} puts one in the outbox (or a caller appends it in its
 * own transaction with {@link Outbox#append}), the {@link DeliveryWorker} posts it to the peer's
 * {@value #PATH} with a node token and the payload encrypted to the peer's key, and the peer's
 * {@link #endpoint} opens it, drops a message id it already has, and runs the handler registered for its
 * kind in the same transaction as the receipt.
 */
public final class PeerMessages implements DeliveryWorker.Transport, AutoCloseable {

  public static final String PATH = "/federation/messages";
  private static final Logger LOG = LoggerFactory.getLogger(PeerMessages.class);
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final NodeKey key;
  private final Function<String, Optional<URI>> peers;
  private final WebClient client;
  private final Clock clock;
  private final Map<String, MessageHandler> handlers = new ConcurrentHashMap<>();
  private final Map<String, java.util.function.Consumer<String>> committed = new ConcurrentHashMap<>();
  private final Map<String, ECKey> peerKeys = new ConcurrentHashMap<>();
  private final DeliveryWorker worker;
  private final Outbox outbox;

  /** {@code peers} gives a peer's base URL by id. */
  public PeerMessages(Vertx vertx, Graph graph, NodeKey key, Function<String, Optional<URI>> peers, Backoff backoff,
      Duration poll, Clock clock) {
    this.key = key;
    this.peers = peers;
    this.client = WebClient.create(vertx);
    this.clock = clock;
    this.outbox = new Outbox(graph);
    this.worker = DeliveryWorker.start(vertx, outbox, this, backoff, poll, 50, clock);
  }

  /** Registers what to do once a first receipt of a message of {@code kind} has committed (say, publish). */
  public void onCommitted(String kind, java.util.function.Consumer<String> listener) {
    committed.put(kind, listener);
  }

  /** The peer's public encryption key (fetched once from its key set, then kept). */
  public Future<ECKey> encryptionKey(String peer) {
    return peers.apply(peer).map(base -> encryptionKey(peer, base))
        .orElseGet(() -> Future.failedFuture("no peer " + peer + " is configured"));
  }

  /** Registers what to do with messages of {@code kind} from peers. */
  public void on(String kind, MessageHandler handler) {
    handlers.put(kind, handler);
  }

  /** Puts a message for {@code peer} in the outbox in a transaction of its own; its id. */
  public CompletionStage<String> send(String peer, String kind, String payload) {
    var now = clock.instant();
    var message = PeerMessage.due(UUID.randomUUID().toString(), peer, kind, payload, Optional.empty(), now);
    return outbox.append(message).thenApply(v -> message.id());
  }

  /** This node's outbox. */
  public Outbox outbox() {
    return outbox;
  }

  /** Runs a delivery pass now rather than at the next poll. */
  public Future<Integer> deliverNow() {
    return worker.pass();
  }

  @Override
  public Future<String> deliver(PeerMessage message) {
    var base = peers.apply(message.peer());
    if (base.isEmpty()) {
      return Future.failedFuture("no peer " + message.peer() + " is configured");
    }
    return encryptionKey(message.peer(), base.get()).compose(peerKey -> client.postAbs(base.get() + PATH)
            .timeout(TIMEOUT.toMillis())
            .putHeader("Authorization", "Bearer " + key.tokenFor(message.peer()))
            .sendJsonObject(new JsonObject().put("id", message.id()).put("kind", message.kind())
                .put("payload", PeerEncryption.encrypt(message.payload(), peerKey))))
        .compose(response -> response.statusCode() == 200 ? Future.succeededFuture(receipt(response.bodyAsString()))
            : Future.failedFuture("peer " + message.peer() + " answered HTTP " + response.statusCode()));
  }

  /** The status the peer answered (accepted or duplicate), as the outbox keeps it. */
  private static String receipt(String body) {
    try {
      return new JsonObject(body).getString("status", "accepted");
    } catch (RuntimeException e) {
      return "accepted";
    }
  }

  private Future<ECKey> encryptionKey(String peer, URI base) {
    var known = peerKeys.get(peer);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    return client.getAbs(base + "/.well-known/jwks.json").timeout(TIMEOUT.toMillis()).send().compose(response -> {
      try {
        var found = PeerEncryption.encryptionKey(JWKSet.parse(response.bodyAsString()));
        found.ifPresent(k -> peerKeys.put(peer, k));
        return found.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture("peer " + peer + " publishes no encryption key"));
      } catch (java.text.ParseException | RuntimeException e) {
        return Future.failedFuture("peer " + peer + " publishes no readable key set");
      }
    });
  }

  /**
   * {@code POST /federation/messages} from a peer (a node token, authenticated before): 200 with
   * {@code accepted} or {@code duplicate}; 403 for a caller that is not a peer, and for a message about what is
   * not the peer's to change (logged, nothing written); 400 for a message it cannot open or has no handler for.
   */
  public Handler<RoutingContext> endpoint(Function<RoutingContext, Caller> callers) {
    return rc -> {
      var caller = callers.apply(rc);
      if (caller == null || !NodeKey.isNode(caller) || peers.apply(caller.clientId()).isEmpty()) {
        rc.response().setStatusCode(403).end();
        return;
      }
      JsonObject body;
      String payload;
      MessageHandler handler;
      try {
        body = rc.body().asJsonObject();
        handler = handlers.get(body.getString("kind"));
        payload = key.decrypt(body.getString("payload"));
      } catch (RuntimeException e) {
        rc.response().setStatusCode(400).end();
        return;
      }
      if (handler == null || body.getString("id") == null) {
        rc.response().setStatusCode(400).end();
        return;
      }
      var peer = caller.clientId();
      var receipt = peer + ":" + body.getString("id");
      Future.fromCompletionStage(outbox.receive(receipt, peer, payload, clock.instant(), handler)
              .thenApply(first -> first ? "accepted" : "duplicate"), rc.vertx().getOrCreateContext())
          .onSuccess(status -> {
            var listener = committed.get(body.getString("kind"));
            if (listener != null && status.equals("accepted")) {
              listener.accept(payload);
            }
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("status", status).encode());
          })
          .onFailure(e -> refused(e).ifPresentOrElse(why -> {
            LOG.warn("refused message {} ({}) from peer {}: {}", body.getString("id"), body.getString("kind"), peer,
                why.getMessage());
            rc.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("status", "refused").encode());
          }, () -> rc.response().setStatusCode(503).end()));
    };
  }

  private static Optional<MessageRefused> refused(Throwable error) {
    for (var link = error; link != null; link = link.getCause()) {
      if (link instanceof MessageRefused refused) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    worker.close();
    client.close();
  }
}
