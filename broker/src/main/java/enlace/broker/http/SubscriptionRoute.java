package enlace.broker.http;

import enlace.broker.graphql.DirectoryApi;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.graphql.ws.ConnectionInitEvent;
import io.vertx.ext.web.handler.graphql.ws.GraphQLWSHandler;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GraphQL subscriptions over the {@code graphql-transport-ws} protocol at {@code /graphql}. The upgrade is
 * refused (403) when the {@code Origin} is neither the node's own nor allowed by configuration; the
 * {@code connection_init} payload (or the upgrade request) must carry a valid bearer token, or the socket
 * is closed with 4401 (Unauthorized). Requests that are not upgrades pass on to the HTTP handler.
 */
public final class SubscriptionRoute implements Handler<RoutingContext> {

  public static final String PROTOCOL = "graphql-transport-ws";

  private final Vertx vertx;
  private final Supplier<DirectoryApi> api;
  private final Supplier<Authenticator> authenticator;
  private final Supplier<URI> ownOrigin;
  private final Set<String> allowedOrigins;
  private volatile DirectoryApi builtFor;
  private volatile GraphQLWSHandler handler;

  private SubscriptionRoute(Vertx vertx, Supplier<DirectoryApi> api, Supplier<Authenticator> authenticator,
      Supplier<URI> ownOrigin, Set<String> allowedOrigins) {
    this.vertx = vertx;
    this.api = api;
    this.authenticator = authenticator;
    this.ownOrigin = ownOrigin;
    this.allowedOrigins = allowedOrigins;
  }

  /** Mounts the route ahead of the HTTP handlers of /graphql. {@code ownOrigin} is the node's base URL. */
  public static void mount(Router router, Vertx vertx, Supplier<DirectoryApi> api,
      Supplier<Authenticator> authenticator, Supplier<URI> ownOrigin, List<String> allowedOrigins) {
    router.route("/graphql").order(-100)
        .handler(new SubscriptionRoute(vertx, api, authenticator, ownOrigin, Set.copyOf(allowedOrigins)));
  }

  @Override
  public void handle(RoutingContext rc) {
    if (!rc.request().canUpgradeToWebSocket()) {
      rc.next();
      return;
    }
    var origin = rc.request().getHeader(HttpHeaders.ORIGIN);
    if (origin != null && !allowed(origin)) {
      rc.response().setStatusCode(403).end("origin not allowed");
      return;
    }
    var current = api.get();
    if (current == null || authenticator.get() == null) {
      rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end();
      return;
    }
    handlerFor(current).handle(rc);
  }

  private GraphQLWSHandler handlerFor(DirectoryApi current) {
    if (builtFor != current) {
      handler = GraphQLWSHandler.builder(current.graphQL())
          .onConnectionInit(this::connectionInit)
          .beforeExecute(input -> current.prepare(input.builder(), vertx.getOrCreateContext(),
              (Caller) input.context().connectionParams()))
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
    authenticator.get().authenticate(header).onComplete(result -> {
      if (result.succeeded()) {
        event.complete(result.result());
      } else {
        event.fail("invalid token");
      }
    });
  }

  /** The node's own origin (under its host name, localhost or 127.0.0.1) and the configured ones. */
  private boolean allowed(String origin) {
    if (allowedOrigins.contains(origin)) {
      return true;
    }
    var own = ownOrigin.get();
    var port = own.getPort() < 0 ? "" : ":" + own.getPort();
    var names = new HashSet<>(List.of(own.getHost(), "localhost", "127.0.0.1"));
    return names.stream().anyMatch(host -> origin.equals(own.getScheme() + "://" + host + port));
  }
}
