package enlace.broker.http;

import enlace.broker.admission.Admission;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.graphql.PublishedSchema;
import enlace.broker.trusted.TrustedDocumentRoutes;
import enlace.broker.trusted.TrustedDocuments;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.graphql.GraphiQLHandler;
import io.vertx.ext.web.handler.graphql.GraphiQLHandlerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The node's HTTP surface: /graphql, its SDL, /graphiql, /health. */
public final class HttpApi {

  /** Switches and limits of the HTTP surface (and the WebSocket on it). */
  public record Settings(long bodyLimitBytes, Duration requestTimeout, boolean graphiql, int ratePerSecond,
      int rateBurst, int failedAuthenticationsPerMinute, int socketsPerClient, Duration publicMaxAge,
      Set<String> trustedDocumentsOnly, Optional<String> metricsToken) {
    public static final Settings DEFAULTS = new Settings(100 * 1024, Duration.ofSeconds(10), true, 50, 100,
        Admission.Settings.DEFAULTS.failedAuthenticationsPerMinute(), Admission.Settings.DEFAULTS.socketsPerClient());

    /** With public reads kept by caches for {@link #PUBLIC_MAX_AGE}. */
    public Settings(long bodyLimitBytes, Duration requestTimeout, boolean graphiql, int ratePerSecond, int rateBurst,
        int failedAuthenticationsPerMinute, int socketsPerClient) {
      this(bodyLimitBytes, requestTimeout, graphiql, ratePerSecond, rateBurst, failedAuthenticationsPerMinute,
          socketsPerClient, PUBLIC_MAX_AGE, Set.of(), Optional.empty());
    }

    public Settings {
      if (ratePerSecond < 1 || rateBurst < 1 || failedAuthenticationsPerMinute < 1 || socketsPerClient < 1) {
        throw new IllegalArgumentException("rate limits need at least 1 request per second, a burst of 1, 1 failed"
            + " authentication per minute and 1 socket per client");
      }
      trustedDocumentsOnly = Set.copyOf(trustedDocumentsOnly);
      if (metricsToken.isPresent() && metricsToken.get().length() < 16) {
        throw new IllegalArgumentException("http.metricsToken (ENLACE_METRICS_TOKEN) needs at least 16 characters");
      }
      if (publicMaxAge.isNegative()) {
        throw new IllegalArgumentException("http.publicMaxAgeSeconds cannot be negative (0 makes caches revalidate"
            + " every time)");
      }
    }

    public Settings withRate(int perSecond, int burst) {
      return new Settings(bodyLimitBytes, requestTimeout, graphiql, perSecond, burst, failedAuthenticationsPerMinute,
          socketsPerClient, publicMaxAge, trustedDocumentsOnly, metricsToken);
    }

    public Settings withRequestTimeout(Duration value) {
      return new Settings(bodyLimitBytes, value, graphiql, ratePerSecond, rateBurst, failedAuthenticationsPerMinute,
          socketsPerClient, publicMaxAge, trustedDocumentsOnly, metricsToken);
    }

    public Settings withAdmission(int failedPerMinute, int sockets) {
      return new Settings(bodyLimitBytes, requestTimeout, graphiql, ratePerSecond, rateBurst, failedPerMinute,
          sockets, publicMaxAge, trustedDocumentsOnly, metricsToken);
    }

    public Settings withPublicMaxAge(Duration value) {
      return new Settings(bodyLimitBytes, requestTimeout, graphiql, ratePerSecond, rateBurst,
          failedAuthenticationsPerMinute, socketsPerClient, value, trustedDocumentsOnly, metricsToken);
    }

    /** These OAuth2 clients may run registered operations only (production partners). */
    public Settings withTrustedDocumentsOnly(Set<String> clients) {
      return new Settings(bodyLimitBytes, requestTimeout, graphiql, ratePerSecond, rateBurst,
          failedAuthenticationsPerMinute, socketsPerClient, publicMaxAge, clients, metricsToken);
    }

    /** Serves /metrics to Prometheus with this bearer token (none: /metrics is not served). */
    public Settings withMetricsToken(String token) {
      return new Settings(bodyLimitBytes, requestTimeout, graphiql, ratePerSecond, rateBurst,
          failedAuthenticationsPerMinute, socketsPerClient, publicMaxAge, trustedDocumentsOnly,
          Optional.ofNullable(token));
    }

    /** The budgets every door spends from. */
    public Admission.Settings admission() {
      return new Admission.Settings(ratePerSecond, rateBurst, failedAuthenticationsPerMinute, socketsPerClient);
    }
  }

  /** How long a cache may keep a public read before it asks again (with its ETag). */
  public static final Duration PUBLIC_MAX_AGE = Duration.ofSeconds(60);

  /** The SDL of the API, served whether or not introspection is on. */
  public static final String SCHEMA_PATH = "/graphql/schema.graphql";

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

  /** The routes that do work: each one passes the node's {@link Admission} first. */
  public static final List<String> WORK_ROUTES = List.of("/graphql", SCHEMA_PATH, TrustedDocumentRoutes.PATH, "/sparql", "/ontology", "/hsds", "/hsds/*",
      "/gaps.csv", "/gaps.geojson", "/demo/*", "/federation/messages", "/imports/*");

  /** Puts {@code admission} in front of every route in {@link #WORK_ROUTES}, after CORS, before all else. */
  public static void admit(Router router, Handler<RoutingContext> admission) {
    WORK_ROUTES.forEach(path -> router.route(path).order(ADMISSION_ORDER).handler(admission));
  }

  /** After CORS (-200), before the WebSocket upgrade (-100) and every other handler. */
  static final int ADMISSION_ORDER = -150;

  /**
   * {@code api} gives null while the node is starting; /health says 503 until it does not.
   * {@code authentication} runs before GraphQL and leaves the caller in the routing context.
   */
  public static Router router(Vertx vertx, Supplier<DirectoryApi> api, Supplier<TrustedDocuments> trusted,
      Handler<RoutingContext> authentication, Settings settings) {
    var router = Router.router(vertx);
    router.route("/graphql").handler(BodyHandler.create(false).setBodyLimit(settings.bodyLimitBytes()));
    router.route("/graphql").handler(authentication);
    router.route("/graphql").handler(new GraphQLHttpHandler(api, trusted, settings.requestTimeout(),
        settings.publicMaxAge()));
    TrustedDocumentRoutes.mount(router, trusted, authentication);
    var schema = Buffer.buffer(PublishedSchema.sdl());
    router.get(SCHEMA_PATH).handler(rc -> PublicReads.reply(rc, 200, "text/plain; charset=utf-8", schema,
        settings.publicMaxAge(), true));
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
