package enlace.broker.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for {@code /graphql}: an allowed origin gets {@code Access-Control-Allow-Origin} naming it (bearer tokens,
 * no cookies, so no credentials) and its preflight is answered; a request from any other origin is refused with
 * 403 before it reaches GraphQL. Requests without an {@code Origin} (servers, curl) pass untouched.
 */
public final class Cors implements Handler<RoutingContext> {

  static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-None-Match";
  static final String ALLOWED_METHODS = "GET, POST, OPTIONS";

  /** What a partner's web app may read of an answer: its budget and the validator of a public read. */
  static final String EXPOSED_HEADERS = "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, ETag";

  private final AllowedOrigins origins;

  private Cors(AllowedOrigins origins) {
    this.origins = origins;
  }

  /** Mounts the check ahead of everything else on /graphql, the subscription upgrade included. */
  public static void mount(Router router, AllowedOrigins origins) {
    router.route("/graphql").order(-200).handler(new Cors(origins));
  }

  @Override
  public void handle(RoutingContext rc) {
    var origin = rc.request().getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      rc.next();
      return;
    }
    var response = rc.response().putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    if (!origins.allows(origin)) {
      response.setStatusCode(403).putHeader("Content-Type", "text/plain").end("origin not allowed: " + origin);
      return;
    }
    response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
        .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
    boolean preflight = rc.request().method() == HttpMethod.OPTIONS
        && rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    if (preflight) {
      response.setStatusCode(204).putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
          .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
          .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600").end();
      return;
    }
    rc.next();
  }
}
