package enlace.broker.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** ISO-8601 instants with an offset; values leave the node in UTC. */
final class DateTimeScalar {

  static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
      .name("DateTime")
      .description("An instant, ISO-8601 with offset")
      .coercing(new Coercing<Instant, String>() {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
          if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).toString();
          }
          throw new CoercingSerializeException("not an instant: " + value);
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
          if (input instanceof String text) {
            return parse(text, CoercingParseValueException::new);
          }
          throw new CoercingParseValueException("a DateTime is an ISO-8601 string such as 2026-11-29T09:00:00-06:00");
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
            Locale locale) {
          if (input instanceof StringValue text) {
            return parse(text.getValue(), CoercingParseLiteralException::new);
          }
          throw new CoercingParseLiteralException("a DateTime is an ISO-8601 string such as 2026-11-29T09:00:00-06:00");
        }
      })
      .build();

  private DateTimeScalar() {}

  private static <E extends RuntimeException> Instant parse(String text, java.util.function.Function<String, E> error) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw error.apply("not an ISO-8601 date-time with offset (e.g. 2026-11-29T09:00:00-06:00): " + text);
    }
  }
}
