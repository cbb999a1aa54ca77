package enlace.broker.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import enlace.broker.security.Caller;
import enlace.broker.security.Scope;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A resolver that starts with Access.require: what each kind of caller gets back. */
class AccessTest {

  private static final GraphQL API = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
          new SchemaParser().parse("type Query { coordinated: String }"),
          RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("coordinated",
              env -> Access.require(env, Scope.COORDINATOR).region().orElseThrow())).build()))
      .defaultDataFetcherExceptionHandler(new ErrorCodes())
      .build();

  private static ExecutionResult run(Caller caller) {
    var input = ExecutionInput.newExecutionInput("{ coordinated }")
        .graphQLContext(Map.of(RequestContext.class, new RequestContext(null, null, caller))).build();
    return API.execute(input);
  }

  private static Caller caller(Set<Scope> scopes) {
    return new Caller("ana", "console", Optional.of("org-1"), Optional.of("south"), scopes, "urn:test", "jti-1");
  }

  /** The first error as the HTTP response carries it. */
  private static Map<String, Object> firstError(ExecutionResult result) {
    return ErrorCodes.specification(result.getErrors().getFirst());
  }

  @Test
  void letsACallerWithTheScopeThrough() {
    assertEquals(Map.of("coordinated", "south"), run(caller(Set.of(Scope.COORDINATOR))).getData());
  }

  @Test
  void forbidsACallerWithoutTheScopeAndNamesIt() {
    var error = firstError(run(caller(Set.of(Scope.DIRECTORY_WRITE))));
    assertEquals("this needs the scope coordinator", error.get("message"));
    assertEquals(Map.of("code", "FORBIDDEN", "scope", "coordinator"), error.get("extensions"));
  }

  @Test
  void asksAnAnonymousCallerForAToken() {
    var error = firstError(run(Caller.ANONYMOUS));
    assertTrue(error.get("message").toString().contains("coordinator"), error.toString());
    assertEquals(Map.of("code", "UNAUTHENTICATED"), error.get("extensions"));
  }
}
