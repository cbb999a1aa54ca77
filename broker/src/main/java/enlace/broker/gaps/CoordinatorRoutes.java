package enlace.broker.gaps;

import enlace.broker.directory.InvalidArgument;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import enlace.broker.security.Forbidden;
import enlace.broker.security.ResourceServer;
import enlace.broker.security.Unauthenticated;
import enlace.broker.web.DemoTokens;
import enlace.broker.web.WebAssets;
import enlace.graph.gaps.Gaps;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The coordinator's page at {@code /coordinator} and the exports {@code GET /gaps.csv} and
 * {@code GET /gaps.geojson}, which take the gaps query's arguments as query parameters
 * ({@code categories} repeated or comma-separated) and the same coordinator bearer token.
 */
public final class CoordinatorRoutes {

  private CoordinatorRoutes() {}

  public static void mount(Router router, Supplier<GapsAnalysis> gaps, Supplier<ResourceServer> security,
      Handler<RoutingContext> authentication, String region) {
    WebAssets.mount(router);
    WebAssets.page(router, "/coordinator", "coordinator");
    DemoTokens.mount(router, security, region);
    router.get("/gaps.csv").handler(authentication)
        .handler(rc -> export(rc, gaps, "text/csv; charset=utf-8", GapsExports::csv));
    router.get("/gaps.geojson").handler(authentication)
        .handler(rc -> export(rc, gaps, "application/geo+json", g -> GapsExports.geoJson(g).encode()));
  }

  private static void export(RoutingContext rc, Supplier<GapsAnalysis> gaps, String type,
      Function<Gaps, String> format) {
    var analysis = gaps.get();
    if (analysis == null) {
      rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
      return;
    }
    Caller caller = rc.get(Authenticator.CALLER);
    var context = rc.vertx().getOrCreateContext();
    Future<Gaps> answer;
    try {
      answer = Future.fromCompletionStage(analysis.gaps(caller, request(rc)), context);
    } catch (RuntimeException e) {
      answer = Future.failedFuture(e);
    }
    answer.onSuccess(g -> rc.response().putHeader("Content-Type", type).putHeader("Cache-Control", "no-store")
            .end(format.apply(g)))
        .onFailure(e -> fail(rc, e));
  }

  private static GapsAnalysis.Request request(RoutingContext rc) {
    var categories = rc.queryParam("categories").stream()
        .flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
    return new GapsAnalysis.Request(rc.queryParams().get("region"), categories,
        number(rc, "radiusKm", GapsAnalysis.DEFAULT_RADIUS_KM),
        (int) number(rc, "staleDays", GapsAnalysis.DEFAULT_STALE_DAYS),
        (int) number(rc, "top", GapsAnalysis.DEFAULT_TOP));
  }

  private static double number(RoutingContext rc, String name, double fallback) {
    var value = rc.queryParams().get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      double parsed = Double.parseDouble(value);
      if (!name.equals("radiusKm") && parsed != Math.rint(parsed)) {
        throw new InvalidArgument(name, "must be a whole number, got " + value);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new InvalidArgument(name, "must be a number, got '" + value + "'");
    }
  }

  private static void fail(RoutingContext rc, Throwable e) {
    var cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    var error = new JsonObject().put("error", cause.getMessage());
    int status = switch (cause) {
      case Unauthenticated u -> 401;
      case Forbidden f -> 403;
      case InvalidArgument a -> {
        error.put("argument", a.argument());
        yield 400;
      }
      default -> 500;
    };
    if (status == 500) {
      error.put("error", "the gaps could not be computed");
      org.slf4j.LoggerFactory.getLogger(CoordinatorRoutes.class).error("gaps export failed", cause);
    }
    if (status == 401) {
      rc.response().putHeader("WWW-Authenticate", "Bearer");
    }
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(error.encode());
  }

}
