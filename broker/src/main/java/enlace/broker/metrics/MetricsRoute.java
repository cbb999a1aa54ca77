package enlace.broker.metrics;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics} for Prometheus, behind its own bearer token (not a user's access token): the node mounts
 * it only when the operator configured one, so nothing about the node's load is public.
 */
public final class MetricsRoute {

  public static final String PATH = "/metrics";
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private MetricsRoute() {}

  public static void mount(Router router, NodeMetrics metrics, String token) {
    var expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    router.get(PATH).handler(rc -> {
      var given = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
      if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
        rc.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"").end();
        return;
      }
      rc.vertx().<String>executeBlocking(metrics::scrape, false).onComplete(done -> {
        if (done.failed()) {
          rc.response().setStatusCode(500).end();
        } else {
          rc.response().putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE).putHeader(HttpHeaders.CACHE_CONTROL,
              "no-store").end(done.result());
        }
      });
    });
  }
}
