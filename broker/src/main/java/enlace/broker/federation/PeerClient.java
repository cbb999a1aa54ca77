package enlace.broker.federation;

import enlace.broker.security.NodeKey;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * Calls a peer's {@code /graphql} as this node: a fresh node token per call, the hop header that stops
 * the peer from forwarding the query again, and the trace id the search travels under.
 */
final class PeerClient implements AutoCloseable {

  /** Set on every call between nodes; a node never forwards a request that carries it. */
  static final String HOP_HEADER = "Enlace-Hop";
  static final String TRACE_HEADER = "traceparent";

  private final WebClient client;
  private final NodeKey key;

  PeerClient(Vertx vertx, NodeKey key) {
    this.client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("enlace-node/" + key.nodeId())
        .setKeepAlive(true)
        .setConnectTimeout(500)
        .setDecompressionSupported(true));
    this.key = key;
  }

  /** The peer's answer as JSON; fails on anything but a 200. */
  Future<JsonObject> graphql(Peer peer, String query, JsonObject variables, String traceparent, long timeoutMs) {
    return client.postAbs(peer.graphql().toString())
        .timeout(timeoutMs)
        .putHeader("Authorization", "Bearer " + key.tokenFor(peer.id()))
        .putHeader("Accept", "application/json")
        .putHeader(HOP_HEADER, "1")
        .putHeader(TRACE_HEADER, traceparent)
        .sendJsonObject(new JsonObject().put("query", query).put("variables", variables))
        .compose(response -> response.statusCode() == 200
            ? Future.succeededFuture(response.bodyAsJsonObject())
            : Future.failedFuture("peer " + peer.id() + " answered HTTP " + response.statusCode()));
  }

  /** The peer's {@code /.well-known/enlace-node}. */
  Future<JsonObject> description(Peer peer, long timeoutMs) {
    return client.getAbs(peer.description().toString()).timeout(timeoutMs).send()
        .compose(response -> response.statusCode() == 200
            ? Future.succeededFuture(response.bodyAsJsonObject())
            : Future.failedFuture("peer " + peer.id() + " answered HTTP " + response.statusCode()));
  }

  @Override
  public void close() {
    client.close();
  }
}
