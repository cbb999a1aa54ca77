package enlace.broker.federation;

import enlace.broker.security.NodeKey;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.concurrent.TimeoutException;

/**
 * Calls a peer's {@code /graphql} as this node: a fresh node token per call, the hop header that stops
 * the peer from forwarding the query again, and the trace id the search travels under. An answer is read
 * as it streams in and cut off at {@code maxAnswerBytes} (counted after decompression), at the time limit,
 * or when it is not JSON; one connection pool per node serves every peer, kept alive between calls.
 */
final class PeerClient implements AutoCloseable {

  /** Set on every call between nodes; a node never forwards a request that carries it. */
  static final String HOP_HEADER = "Enlace-Hop";
  static final String TRACE_HEADER = "traceparent";

  private final Vertx vertx;
  private final HttpClient http;
  private final WebClient client;
  private final NodeKey key;
  private final long maxAnswerBytes;

  PeerClient(Vertx vertx, NodeKey key, long maxAnswerBytes) {
    this.vertx = vertx;
    this.http = vertx.createHttpClient(new HttpClientOptions()
        .setKeepAlive(true)
        .setConnectTimeout(500)
        .setDecompressionSupported(true), new PoolOptions().setHttp1MaxSize(8));
    this.client = WebClient.wrap(http, new WebClientOptions().setUserAgent("enlace-node/" + key.nodeId()));
    this.key = key;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  /** The peer's answer as JSON; fails on anything but a 200 with a JSON object within the size cap. */
  Future<JsonObject> graphql(Peer peer, String query, JsonObject variables, String traceparent, long timeoutMs) {
    var body = new JsonObject().put("query", query).put("variables", variables).toBuffer();
    var options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(peer.graphql().toString())
        .setIdleTimeout(timeoutMs)
        .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key.tokenFor(peer.id()))
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.ACCEPT, "application/json")
        .putHeader(HttpHeaders.USER_AGENT, "enlace-node/" + key.nodeId())
        .putHeader(HOP_HEADER, "1")
        .putHeader(TRACE_HEADER, traceparent);
    return http.request(options).compose(request -> {
      long timer = vertx.setTimer(timeoutMs, id -> request.reset(0, new TimeoutException(
          "peer " + peer.id() + " did not finish answering within " + timeoutMs + " ms")));
      return request.send(body).compose(response -> read(peer, response))
          .onComplete(done -> vertx.cancelTimer(timer));
    });
  }

  private Future<JsonObject> read(Peer peer, HttpClientResponse response) {
    if (response.statusCode() != 200) {
      response.request().reset();
      return Future.failedFuture("peer " + peer.id() + " answered HTTP " + response.statusCode());
    }
    var declared = response.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxAnswerBytes) {
      response.request().reset();
      return Future.failedFuture(tooLarge(peer));
    }
    var answer = Promise.<JsonObject>promise();
    var buffer = Buffer.buffer();
    response.handler(chunk -> {
      if (buffer.length() + (long) chunk.length() > maxAnswerBytes) {
        answer.tryFail(tooLarge(peer));
        response.request().reset();
      } else {
        buffer.appendBuffer(chunk);
      }
    });
    response.exceptionHandler(answer::tryFail);
    response.endHandler(end -> {
      try {
        answer.tryComplete(new JsonObject(buffer));
      } catch (DecodeException | ClassCastException e) {
        answer.tryFail(RefusedAnswer.invalid("peer " + peer.id() + " answered with malformed JSON"));
      }
    });
    return answer.future();
  }

  private RefusedAnswer tooLarge(Peer peer) {
    return new RefusedAnswer(PeerReport.TOO_LARGE, "peer " + peer.id() + " answered with more than "
        + maxAnswerBytes / 1024 + " KB");
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
    http.close();
  }
}
