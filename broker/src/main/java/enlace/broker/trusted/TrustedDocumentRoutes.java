package enlace.broker.trusted;

import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code POST /graphql/operations} registers an Apollo persisted-query manifest for the caller's OAuth2 client;
 * {@code GET /graphql/operations} lists what that client registered.
 */
public final class TrustedDocumentRoutes {

  public static final String PATH = "/graphql/operations";
  static final long MANIFEST_LIMIT = 2L * 1024 * 1024;

  private TrustedDocumentRoutes() {}

  public static void mount(Router router, Supplier<TrustedDocuments> documents, Handler<RoutingContext> authentication) {
    router.route(PATH).handler(BodyHandler.create(false).setBodyLimit(MANIFEST_LIMIT));
    router.route(PATH).handler(authentication);
    router.post(PATH).handler(rc -> ready(rc, documents, d -> d.register(caller(rc), rc.body().asString())
        .map(added -> new JsonObject().put("registered", added))));
    router.get(PATH).handler(rc -> ready(rc, documents, d -> d.registered(caller(rc)).map(list -> {
      var operations = new JsonArray();
      list.forEach(o -> operations.add(new JsonObject().put("id", o.hash()).put("name", o.name())
          .put("type", o.type())));
      return new JsonObject().put("operations", operations);
    })));
  }

  private static Caller caller(RoutingContext rc) {
    return Objects.requireNonNullElse(rc.get(Authenticator.CALLER), Caller.ANONYMOUS);
  }

  private static void ready(RoutingContext rc, Supplier<TrustedDocuments> documents,
      Function<TrustedDocuments, Future<JsonObject>> work) {
    var d = documents.get();
    if (d == null) {
      rc.response().setStatusCode(503).putHeader("Retry-After", "5").end();
      return;
    }
    work.apply(d).onComplete(done -> {
      var response = rc.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control",
          "private, no-store");
      if (done.succeeded()) {
        response.end(done.result().encode());
      } else if (done.cause() instanceof Refusal refusal) {
        response.setStatusCode(refusal.status()).end(new JsonObject().put("error", refusal.getMessage())
            .put("code", refusal.code()).encode());
      } else {
        response.setStatusCode(500).end(new JsonObject().put("error", "internal error").encode());
      }
    });
  }
}
