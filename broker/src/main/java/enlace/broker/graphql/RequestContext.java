package enlace.broker.graphql;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoaderRegistry;

/** What one GraphQL request carries to its resolvers: its Vert.x context and its own data loaders. */
public record RequestContext(Context vertx, DataLoaderRegistry loaders) {

  /** Brings the completion of a store call back onto the request's event loop. */
  public <T> CompletionStage<T> onLoop(CompletionStage<T> stage) {
    return Future.fromCompletionStage(stage, vertx).toCompletionStage();
  }
}
