package enlace.broker.graphql;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The depth, aliases and cost of an operation as if every {@code @skip} and {@code @include} let its field
 * through, whatever the variables say: no spelling of a directive and no variable value can make the limits
 * look at less than may run. A field costs 1 plus, for each item it may return ({@code first} when it takes
 * one, else 1), the cost of its selections. Each fragment is measured once, however often it is spread.
 */
final class WorstCase {

  /** What an operation may do at most. */
  record Measure(int depth, long aliases, long cost) {
    static final Measure NOTHING = new Measure(0, 0, 0);

    Measure and(Measure other) {
      return new Measure(Math.max(depth, other.depth), aliases + other.aliases, saturated(cost + other.cost));
    }
  }

  private final GraphQLSchema schema;
  private final Document document;
  private final Map<String, Object> variables;
  private final Map<String, Measure> fragments = new HashMap<>();

  private WorstCase(GraphQLSchema schema, Document document, Map<String, Object> variables) {
    this.schema = schema;
    this.document = document;
    this.variables = variables;
  }

  /** Measures the operation a request runs; {@code variables} are the coerced ones. */
  static Measure of(GraphQLSchema schema, Document document, OperationDefinition operation,
      Map<String, Object> variables) {
    var root = switch (operation.getOperation()) {
      case QUERY -> schema.getQueryType();
      case MUTATION -> schema.getMutationType();
      case SUBSCRIPTION -> schema.getSubscriptionType();
    };
    return new WorstCase(schema, document, variables).selections(operation.getSelectionSet(), root);
  }

  private Measure selections(SelectionSet set, GraphQLCompositeType parent) {
    var total = Measure.NOTHING;
    if (set == null) {
      return total;
    }
    for (Selection<?> selection : set.getSelections()) {
      total = total.and(switch (selection) {
        case Field field -> field(field, parent);
        case InlineFragment inline -> selections(inline.getSelectionSet(), inline.getTypeCondition() == null
            ? parent : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName()));
        case FragmentSpread spread -> fragment(spread.getName());
        default -> Measure.NOTHING;
      });
    }
    return total;
  }

  private Measure fragment(String name) {
    var known = fragments.get(name);
    if (known != null) {
      return known;
    }
    var definition = document.getDefinitionsOfType(FragmentDefinition.class).stream()
        .filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    var measure = selections(definition.getSelectionSet(),
        (GraphQLCompositeType) schema.getType(definition.getTypeCondition().getName()));
    fragments.put(name, measure);
    return measure;
  }

  private Measure field(Field field, GraphQLCompositeType parent) {
    long alias = field.getAlias() != null ? 1 : 0;
    if (!(parent instanceof GraphQLFieldsContainer container)) {
      return new Measure(1, alias, 1); // __typename, the one field a union has
    }
    GraphQLFieldDefinition definition = Introspection.getFieldDefinition(schema, container, field.getName());
    var type = GraphQLTypeUtil.unwrapAll(definition.getType());
    var children = type instanceof GraphQLCompositeType composite
        ? selections(field.getSelectionSet(), composite) : Measure.NOTHING;
    long cost = saturated(1 + saturated(BigInteger.valueOf(items(field, definition))
        .multiply(BigInteger.valueOf(children.cost())).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue()));
    return new Measure(children.depth() + 1, children.aliases() + alias, cost);
  }

  /** How many items a field may return: its {@code first} (given, from a variable, or by default), else 1. */
  private long items(Field field, GraphQLFieldDefinition definition) {
    var declared = definition.getArgument("first");
    if (declared == null) {
      return 1;
    }
    Object value = field.getArguments().stream().filter(a -> a.getName().equals("first")).findFirst()
        .map(Argument::getValue)
        .<Object>map(v -> switch (v) {
          case IntValue literal -> literal.getValue().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
          case VariableReference variable -> variables.get(variable.getName());
          default -> null;
        })
        .orElseGet(() -> declared.hasSetDefaultValue() ? defaultOf(declared.getArgumentDefaultValue().getValue())
            : null);
    return value instanceof Number n ? Math.max(1, n.longValue()) : 1;
  }

  private static Object defaultOf(Object value) {
    return value instanceof IntValue literal ? literal.getValue().longValue() : value;
  }

  private static long saturated(long value) {
    return value < 0 ? Long.MAX_VALUE : value;
  }
}
