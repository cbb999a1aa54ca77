package enlace.broker.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses, before anything runs, operations that are too deep, too costly (lists multiply by their
 * page size) or that repeat fields under too many aliases.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

  record Settings(int maxDepth, int maxComplexity, int maxAliases) {}

  /**
   * What no variable changes in an operation that neither skips nor includes fields: its depth, its
   * aliases, and which variables give page sizes; its complexity then depends only on those variables.
   */
  private record Shape(int depth, int aliases, Set<String> pageVariables, Map<List<Object>, Integer> complexity) {

    /** Complexities kept per operation, one per combination of page sizes seen. */
    static final int KEPT = 64;
  }

  private final Settings settings;
  /** By parsed document (the document cache hands out the same instance for the same text), then operation. */
  private final Cache<Document, Map<String, Shape>> shapes = Caffeine.newBuilder().weakKeys().build();

  QueryLimits(Settings settings) {
    this.settings = settings;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    var context = parameters.getExecutionContext();
    var operation = context.getExecutionInput().getOperationName();
    var query = context.getExecutionInput().getQuery();
    boolean conditional = query.contains("@skip") || query.contains("@include");
    var shape = conditional
        ? shape(parameters)
        : shapes.get(context.getDocument(), d -> new ConcurrentHashMap<>())
            .computeIfAbsent(operation == null ? "" : operation, o -> shape(parameters));
    if (shape.depth() > settings.maxDepth()) {
      throw abort("the query is " + shape.depth() + " levels deep; the limit is " + settings.maxDepth(), "maxDepth");
    }
    if (shape.aliases() > settings.maxAliases()) {
      throw abort("the query uses " + shape.aliases() + " aliases; the limit is " + settings.maxAliases(),
          "maxAliases");
    }
    int complexity;
    if (conditional) {
      complexity = complexity(parameters);
    } else {
      var variables = context.getCoercedVariables();
      var pages = shape.pageVariables().stream().map(v -> variables.get(v)).toList();
      var known = shape.complexity().get(pages);
      complexity = known != null ? known : complexity(parameters);
      if (known == null && shape.complexity().size() < Shape.KEPT) {
        shape.complexity().put(pages, complexity);
      }
    }
    int limit = settings.maxComplexity() * (fromPeer(context) ? PEER_COMPLEXITY_FACTOR : 1);
    if (complexity > limit) {
      throw abort("the query would cost " + complexity + " (lists count once per item); the limit is "
          + limit + ": ask for fewer items or fewer nested fields", "maxComplexity");
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

  private static int complexity(InstrumentationExecuteOperationParameters parameters) {
    var context = parameters.getExecutionContext();
    return QueryComplexityCalculator.newCalculator()
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
  }

  private static Shape shape(InstrumentationExecuteOperationParameters parameters) {
    var context = parameters.getExecutionContext();
    var traverser = QueryTraverser.newQueryTraverser()
        .schema(context.getGraphQLSchema())
        .document(context.getDocument())
        .operationName(context.getExecutionInput().getOperationName())
        .coercedVariables(context.getCoercedVariables())
        .build();
    int[] found = traverser.reducePreOrder((env, acc) -> new int[] {Math.max(acc[0], depth(env)),
        env.getField().getAlias() != null ? acc[1] + 1 : acc[1]}, new int[] {0, 0});
    var pageVariables = new TreeSet<String>();
    collectPageVariables(context.getDocument(), pageVariables);
    return new Shape(found[0], found[1], pageVariables, new ConcurrentHashMap<>());
  }

  /** The variables given to a {@code first} argument anywhere in the document. */
  private static void collectPageVariables(Node<?> node, Set<String> out) {
    if (node instanceof Argument argument && argument.getName().equals("first")
        && argument.getValue() instanceof VariableReference variable) {
      out.add(variable.getName());
    }
    for (var child : node.getChildren()) {
      collectPageVariables(child, out);
    }
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
