package enlace.broker.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything runs, operations that are too deep, too costly (lists multiply by the items they
 * may return) or that repeat fields under too many aliases. Every request is measured afresh at its worst
 * case ({@link WorstCase}): conditional branches all count, and variables only size the pages they name.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

  record Settings(int maxDepth, int maxComplexity, int maxAliases) {}

  private final Settings settings;

  QueryLimits(Settings settings) {
    this.settings = settings;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    var context = parameters.getExecutionContext();
    var measure = WorstCase.of(context.getGraphQLSchema(), context.getDocument(), context.getOperationDefinition(),
        context.getCoercedVariables().toMap());
    if (measure.depth() > settings.maxDepth()) {
      throw abort("the query is " + measure.depth() + " levels deep; the limit is " + settings.maxDepth(),
          "maxDepth");
    }
    if (measure.aliases() > settings.maxAliases()) {
      throw abort("the query uses " + measure.aliases() + " aliases; the limit is " + settings.maxAliases(),
          "maxAliases");
    }
    long limit = (long) settings.maxComplexity() * (fromPeer(context) ? PEER_COMPLEXITY_FACTOR : 1);
    if (measure.cost() > limit) {
      throw abort("the query would cost " + measure.cost() + " (lists count once per item they may return,"
          + " skipped and included branches alike); the limit is " + limit
          + ": ask for fewer items or fewer nested fields", "maxComplexity");
    }
    return super.beginExecuteOperation(parameters, state);
  }

  /**
   * A peer node's federated search asks for everything the origin may show of a full page of results;
   * peers are configured and authenticated, so their budget is this many times larger.
   */
  static final int PEER_COMPLEXITY_FACTOR = 10;

  private static boolean fromPeer(graphql.execution.ExecutionContext context) {
    RequestContext request = context.getGraphQLContext().get(RequestContext.class);
    return request != null && enlace.broker.security.NodeKey.isNode(request.caller());
  }

  private static AbortExecutionException abort(String message, String limit) {
    return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
        .message(message)
        .extensions(Map.of("code", ErrorCodes.QUERY_TOO_COMPLEX, "limit", limit))
        .build()));
  }
}
