package enlace.broker.http;

import enlace.broker.admission.Admission;
import enlace.broker.admission.RateLimited;
import enlace.broker.admission.SocketBudget;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import enlace.broker.security.InvalidToken;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.graphql.ws.ConnectionInitEvent;
import io.vertx.ext.web.handler.graphql.ws.GraphQLWSHandler;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GraphQL subscriptions over the {@code graphql-transport-ws} protocol at {@code /graphql}. The upgrade is
 * refused (403) when the {@code Origin} is neither the node's own nor allowed by configuration; the
 * {@code connection_init} payload (or the upgrade request) must carry a valid bearer token, or the socket
 * is closed with 4401 (Unauthorized). An address that failed to authenticate too often, a caller or address
 * holding too many open sockets, is refused the same way (429 before the upgrade for an address). Each
 * query, mutation or subscription on a socket spends from its caller's budget, has the same limits and time
 * as over HTTP. Requests that are not upgrades pass on to the HTTP handler.
 */
public final class SubscriptionRoute implements Handler<RoutingContext> {

  public static final String PROTOCOL = "graphql-transport-ws";

  private final Vertx vertx;
  private final Supplier<DirectoryApi> api;
  private final Supplier<Authenticator> authenticator;
  private final AllowedOrigins origins;
  private final Admission admission;
  private final SocketBudget sockets;
  private volatile DirectoryApi builtFor;
  private volatile GraphQLWSHandler handler;

  private SubscriptionRoute(Vertx vertx, Supplier<DirectoryApi> api, Supplier<Authenticator> authenticator,
      Supplier<URI> ownOrigin, Set<String> allowedOrigins, Admission admission, SocketBudget sockets) {
    this.vertx = vertx;
    this.api = api;
    this.authenticator = authenticator;
    this.origins = new AllowedOrigins(ownOrigin, List.copyOf(allowedOrigins));
    this.admission = admission;
    this.sockets = sockets;
  }

  /**
   * Mounts the route ahead of the HTTP handlers of /graphql. {@code ownOrigin} is the node's base URL; each
   * operation on a socket spends from its caller's budget in {@code admission}, and {@code sockets} bounds
   * how many sockets a caller and an address hold open.
   */
  public static void mount(Router router, Vertx vertx, Supplier<DirectoryApi> api,
      Supplier<Authenticator> authenticator, Supplier<URI> ownOrigin, List<String> allowedOrigins,
      Admission admission, SocketBudget sockets) {
    router.route("/graphql").order(-100).handler(new SubscriptionRoute(vertx, api, authenticator, ownOrigin,
        Set.copyOf(allowedOrigins), admission, sockets));
  }

  @Override
  public void handle(RoutingContext rc) {
    if (!rc.request().canUpgradeToWebSocket()) {
      rc.next();
      return;
    }
    var origin = rc.request().getHeader(HttpHeaders.ORIGIN);
    if (origin != null && !origins.allows(origin)) {
      rc.response().setStatusCode(403).end("origin not allowed");
      return;
    }
    var current = api.get();
    if (current == null || authenticator.get() == null) {
      rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
      return;
    }
    var connection = connection(rc.request().remoteAddress());
    if (!sockets.open(connection, Admission.address(rc))) {
      rc.response().setStatusCode(429).putHeader(HttpHeaders.RETRY_AFTER, "60")
          .end("too many open sockets from this address / demasiados sockets abiertos");
      return;
    }
    // An upgrade that fails never reaches onSocketEnd; its connection closes all the same.
    rc.request().connection().closeHandler(v -> sockets.closed(connection));
    handlerFor(current).handle(rc);
  }

  private static String connection(SocketAddress remote) {
    return remote.hostAddress() + ":" + remote.port();
  }

  private GraphQLWSHandler handlerFor(DirectoryApi current) {
    if (builtFor != current) {
      handler = GraphQLWSHandler.builder(current.graphQL())
          .onConnectionInit(this::connectionInit)
          .onSocketEnd(socket -> sockets.closed(connection(socket.remoteAddress())))
          .beforeExecute(input -> {
            var caller = (Caller) input.context().connectionParams();
            current.prepare(input.builder(), vertx.getOrCreateContext(), caller,
                admission.admit(caller, input.context().socket().remoteAddress().hostAddress()));
          })
          .build();
      builtFor = current;
    }
    return handler;
  }

  private void connectionInit(ConnectionInitEvent event) {
    var payload = event.message().message().getJsonObject("payload", new JsonObject());
    var header = payload.getString("Authorization", payload.getString("authorization"));
    if (header == null && payload.getString("token") != null) {
      header = "Bearer " + payload.getString("token");
    }
    if (header == null) {
      header = event.message().socket().headers().get(HttpHeaders.AUTHORIZATION);
    }
    if (header == null) {
      event.fail("connection_init needs a bearer token: {\"Authorization\": \"Bearer <token>\"}");
      return;
    }
    var socket = event.message().socket();
    var address = socket.remoteAddress().hostAddress();
    var token = header;
    admission.mayAuthenticate(address).compose(v -> authenticator.get().authenticate(token)).onComplete(result -> {
      if (result.failed()) {
        if (result.cause() instanceof InvalidToken) {
          admission.failedAuthentication(address);
        }
        event.fail(result.cause() instanceof RateLimited limited ? limited.getMessage() : "invalid token");
      } else if (!sockets.authenticated(connection(socket.remoteAddress()), result.result(), address)) {
        event.fail("too many open sockets for this client / demasiados sockets abiertos para este cliente");
      } else {
        event.complete(result.result());
      }
    });
  }
}
