package enlace.broker.graphql;

import enlace.broker.security.Caller;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoaderRegistry;

/**
 * What one GraphQL request carries to its resolvers: its Vert.x context, its own data loaders, and the
 * caller its bearer token speaks for ({@link Caller#ANONYMOUS} without one); see {@link Access}.
 */
public record RequestContext(Context vertx, DataLoaderRegistry loaders, Caller caller) {

  public RequestContext {
    Objects.requireNonNull(caller, "caller");
  }

  /** Brings the completion of a store call back onto the request's event loop. */
  public <T> CompletionStage<T> onLoop(CompletionStage<T> stage) {
    return onLoop(vertx, stage);
  }

  static <T> CompletionStage<T> onLoop(Context vertx, CompletionStage<T> stage) {
    return Future.fromCompletionStage(stage, vertx).toCompletionStage();
  }
}
