package enlace.broker.graphql;

import java.util.Map;

/** One GraphQL operation as it arrived over HTTP. */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {

  public GraphQLRequest {
    variables = variables == null ? Map.of() : variables;
  }
}
