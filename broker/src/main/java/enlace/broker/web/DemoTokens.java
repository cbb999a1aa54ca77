package enlace.broker.web;

import enlace.broker.security.ResourceServer;
import enlace.broker.security.Scope;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /demo/coordinator-token}: a one-hour coordinator token for the node's own region, minted by
 * the development issuer, so the demo's pages work without an identity provider. Answers 404 when the
 * development issuer is off (production), 503 while the node starts.
 */
public final class DemoTokens {

  public static final String PATH = "/demo/coordinator-token";
  static final Duration TTL = Duration.ofHours(1);

  private DemoTokens() {}

  public static void mount(Router router, Supplier<ResourceServer> security, String region) {
    router.post(PATH).handler(rc -> {
      var server = security.get();
      if (server == null) {
        rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
        return;
      }
      var issuer = server.developmentIssuer();
      if (issuer.isEmpty()) {
        rc.response().setStatusCode(404).end();
        return;
      }
      var token = issuer.get().issue("demo-coordinator", Optional.empty(), Optional.of(region),
          Set.of(Scope.COORDINATOR), TTL);
      rc.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
          .end(new JsonObject().put("access_token", token).put("token_type", "Bearer")
              .put("expires_in", TTL.toSeconds()).put("region", region).encode());
    });
  }
}
