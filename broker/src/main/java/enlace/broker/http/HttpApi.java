package enlace.broker.http;

import enlace.broker.graphql.DirectoryApi;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.graphql.GraphiQLHandler;
import io.vertx.ext.web.handler.graphql.GraphiQLHandlerOptions;
import java.time.Duration;
import java.util.function.Supplier;

/** The node's HTTP surface: /graphql, /graphiql, /health. */
public final class HttpApi {

  /** Switches and limits of the HTTP surface. */
  public record Settings(long bodyLimitBytes, Duration requestTimeout, boolean graphiql, int ratePerSecond,
      int rateBurst) {
    public static final Settings DEFAULTS = new Settings(100 * 1024, Duration.ofSeconds(10), true, 50, 100);

    public Settings withRate(int perSecond, int burst) {
      return new Settings(bodyLimitBytes, requestTimeout, graphiql, perSecond, burst);
    }
  }

  private static final String EXAMPLE = """
      # Shelters with room within 25 km of Tapachula, for a family holding TVRH cards
      query Shelters {
        searchServices(municipality: "07089", radiusKm: 25,
                       categories: ["enl:shelter"], documents: ["enl:doc-tvrh"],
                       hasCapacity: true, first: 10) {
          edges {
            distanceKm
            node { name capacity { available total stale } organization { name } }
            location { address municipality { name stateName } }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private HttpApi() {}

  /**
   * {@code api} gives null while the node is starting; /health says 503 until it does not.
   * {@code authentication} runs before GraphQL and leaves the caller in the routing context.
   */
  public static Router router(Vertx vertx, Supplier<DirectoryApi> api, Handler<RoutingContext> authentication,
      Settings settings) {
    var router = Router.router(vertx);
    router.route("/graphql").handler(BodyHandler.create(false).setBodyLimit(settings.bodyLimitBytes()));
    router.route("/graphql").handler(authentication);
    router.route("/graphql").handler(new RateLimit(settings.ratePerSecond(), settings.rateBurst()));
    router.route("/graphql").handler(new GraphQLHttpHandler(api, settings.requestTimeout()));
    router.get("/health").handler(rc -> {
      boolean up = api.get() != null;
      rc.response().setStatusCode(up ? 200 : 503).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("status", up ? "UP" : "STARTING").encode());
    });
    if (settings.graphiql()) {
      var options = new GraphiQLHandlerOptions().setEnabled(true).setQuery(EXAMPLE);
      router.route("/graphiql*").subRouter(GraphiQLHandler.create(vertx, options).router());
      router.get("/").handler(rc -> rc.redirect("/graphiql/"));
    }
    return router;
  }
}
