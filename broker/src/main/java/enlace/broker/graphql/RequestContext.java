package enlace.broker.graphql;

import enlace.broker.security.Caller;
import enlace.graph.TransactionScope;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoaderRegistry;

/**
 * What one GraphQL request carries to its resolvers: its Vert.x context, its own data loaders, the
 * caller its bearer token speaks for ({@link Caller#ANONYMOUS} without one; see {@link Access}), the
 * scope its store transactions run in (its time limit), if any, whether its caller's budget admitted it
 * (an operation on a WebSocket is admitted one by one; an HTTP request at the door), and the language its
 * messages are written in ({@code es} or {@code en}, from Accept-Language).
 */
public record RequestContext(Context vertx, DataLoaderRegistry loaders, Caller caller, TransactionScope scope,
    Future<Void> admitted, String lang) {

  public RequestContext {
    Objects.requireNonNull(caller, "caller");
    admitted = admitted == null ? Future.succeededFuture() : admitted;
    lang = "en".equals(lang) ? "en" : "es";
  }

  /** A request without a time limit of its own, admitted already, in Spanish. */
  public RequestContext(Context vertx, DataLoaderRegistry loaders, Caller caller) {
    this(vertx, loaders, caller, null, null, "es");
  }
  /** {@code en} when English comes before Spanish in an Accept-Language header, else {@code es}. */
  public static String lang(String acceptLanguage) {
    if (acceptLanguage == null) {
      return "es";
    }
    var ranked = java.util.Locale.LanguageRange.parse(acceptLanguage.length() > 200 ? "es"
        : acceptLanguage.replaceAll("[^A-Za-z0-9,;=.*\\- ]", ""));
    for (var range : ranked) {
      var tag = range.getRange();
      if (tag.startsWith("en")) {
        return "en";
      }
      if (tag.startsWith("es")) {
        return "es";
      }
    }
    return "es";
  }

  /** Brings the completion of a store call back onto the request's event loop. */
  public <T> CompletionStage<T> onLoop(CompletionStage<T> stage) {
    return onLoop(vertx, stage);
  }

  static <T> CompletionStage<T> onLoop(Context vertx, CompletionStage<T> stage) {
    return Future.fromCompletionStage(stage, vertx).toCompletionStage();
  }
}
