package enlace.broker.graphql;

import enlace.graph.TransactionScope;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.vertx.core.Future;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a query or mutation to its request's time, whichever door it came through (HTTP or the
 * WebSocket): every resolver runs in the request's {@link TransactionScope}, so its store transactions
 * get no more than the time left and none starts after it; when the time is up the transactions still
 * running are terminated in the store. A subscription's events are not bound by it. An operation its
 * caller's budget refused (see {@link RequestContext#admitted}) runs none of its fields.
 */
final class OperationDeadline extends SimplePerformantInstrumentation {

  private static final Logger LOG = LoggerFactory.getLogger(OperationDeadline.class);

  private final Function<TransactionScope, CompletionStage<Integer>> terminate;

  OperationDeadline(Function<TransactionScope, CompletionStage<Integer>> terminate) {
    this.terminate = terminate;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    var context = parameters.getExecutionContext();
    RequestContext request = context.getGraphQLContext().get(RequestContext.class);
    if (request == null || request.scope() == null || request.vertx() == null) {
      return SimpleInstrumentationContext.noOp();
    }
    if (isSubscription(context.getOperationDefinition())) {
      request.scope().unbound();
      return SimpleInstrumentationContext.noOp();
    }
    var scope = request.scope();
    var vertx = request.vertx().owner();
    long timer = vertx.setTimer(Math.max(1, scope.remaining().toMillis()), id -> terminate.apply(scope)
        .whenComplete((ended, error) -> {
          if (error != null) {
            LOG.warn("could not end the transactions of a request past its time", error);
          } else if (ended > 0) {
            LOG.info("ended {} store transaction(s) of a request past its time", ended);
          }
        }));
    return SimpleInstrumentationContext.whenCompleted((result, error) -> vertx.cancelTimer(timer));
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    var environment = parameters.getEnvironment();
    RequestContext request = environment.getGraphQlContext().get(RequestContext.class);
    if (request == null) {
      return fetcher;
    }
    DataFetcher<?> bound = fetcher;
    var scope = request.scope();
    if (!parameters.isTrivialDataFetcher() && scope != null && !isSubscription(environment.getOperationDefinition())) {
      bound = env -> scope.call(() -> fetcher.get(env));
    }
    var admitted = request.admitted();
    if (admitted.succeeded() || parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
      return bound;
    }
    var inner = bound;
    return env -> admitted.<Object>compose(v -> {
      try {
        Object value = inner.get(env);
        return value instanceof CompletionStage<?> stage ? Future.<Object>fromCompletionStage(stage.thenApply(x -> x))
            : Future.succeededFuture(value);
      } catch (Exception e) {
        return Future.failedFuture(e);
      }
    }).toCompletionStage();
  }

  private static boolean isSubscription(OperationDefinition operation) {
    return operation != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
  }
}
