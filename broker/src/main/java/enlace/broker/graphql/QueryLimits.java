package enlace.broker.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything runs, operations that are too deep, too costly (lists multiply by their
 * page size) or that repeat fields under too many aliases.
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
    var traverser = QueryTraverser.newQueryTraverser()
        .schema(context.getGraphQLSchema())
        .document(context.getDocument())
        .operationName(context.getExecutionInput().getOperationName())
        .coercedVariables(context.getCoercedVariables())
        .build();
    int depth = traverser.reducePreOrder((env, max) -> Math.max(max, depth(env)), 0);
    if (depth > settings.maxDepth()) {
      throw abort("the query is " + depth + " levels deep; the limit is " + settings.maxDepth(), "maxDepth");
    }
    int aliases = traverser.reducePreOrder((env, n) -> env.getField().getAlias() != null ? n + 1 : n, 0);
    if (aliases > settings.maxAliases()) {
      throw abort("the query uses " + aliases + " aliases; the limit is " + settings.maxAliases(), "maxAliases");
    }
    int complexity = QueryComplexityCalculator.newCalculator()
        .schema(context.getGraphQLSchema())
        .document(context.getDocument())
        .operationName(context.getExecutionInput().getOperationName())
        .variables(context.getCoercedVariables())
        .fieldComplexityCalculator((env, children) -> {
          Object first = env.getArguments().get("first");
          int size = first instanceof Integer n ? Math.max(1, n) : 1;
          return 1 + size * children;
        })
        .build()
        .calculate();
    if (complexity > settings.maxComplexity()) {
      throw abort("the query would cost " + complexity + " (lists count once per item); the limit is "
          + settings.maxComplexity() + ": ask for fewer items or fewer nested fields", "maxComplexity");
    }
    return super.beginExecuteOperation(parameters, state);
  }

  private static int depth(QueryVisitorFieldEnvironment env) {
    int depth = 1;
    for (var parent = env.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
      depth++;
    }
    return depth;
  }

  private static AbortExecutionException abort(String message, String limit) {
    return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
        .message(message)
        .extensions(Map.of("code", ErrorCodes.QUERY_TOO_COMPLEX, "limit", limit))
        .build()));
  }
}
