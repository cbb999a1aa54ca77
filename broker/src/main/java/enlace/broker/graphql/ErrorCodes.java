package enlace.broker.graphql;

import enlace.broker.admission.RateLimited;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.InvalidInput;
import enlace.broker.directory.NotFound;
import enlace.broker.security.Forbidden;
import enlace.broker.security.Unauthenticated;
import enlace.graph.GraphException;
import enlace.graph.referral.ReferralRefused;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become GraphQL errors with {@code extensions.code}. Callers see what
 * they can act on; internals stay in the log under an error id.
 */
public final class ErrorCodes implements DataFetcherExceptionHandler {

  public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
  public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
  public static final String BAD_REQUEST = "BAD_REQUEST";
  public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
  public static final String TIMEOUT = "TIMEOUT";
  public static final String UNAVAILABLE = "SERVICE_UNAVAILABLE";
  public static final String INTERNAL = "INTERNAL_SERVER_ERROR";

  private static final Logger LOG = LoggerFactory.getLogger(ErrorCodes.class);

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters p) {
    var error = unwrap(p.getException());
    if (error instanceof InvalidInput all) {
      var result = DataFetcherExceptionHandlerResult.newResult();
      all.problems().forEach(problem -> result.error(shape(problem, p)));
      return CompletableFuture.completedFuture(result.build());
    }
    return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(shape(error, p)).build());
  }

  private static GraphQLError shape(Throwable error, DataFetcherExceptionHandlerParameters p) {
    var builder = GraphqlErrorBuilder.newError().path(p.getPath()).location(p.getSourceLocation());
    return switch (error) {
      case RateLimited limited -> builder.message(limited.getMessage())
          .extensions(Map.of("code", RateLimited.CODE, "retryAfter", limited.retryAfterSeconds())).build();
      case InvalidArgument bad -> builder.message(bad.message(lang(p)))
          .extensions(bad.suggestions().isEmpty() ? Map.of("code", BAD_USER_INPUT, "argument", bad.argument())
              : Map.of("code", BAD_USER_INPUT, "argument", bad.argument(), "suggestions", bad.suggestions())).build();
      case Unauthenticated nobody -> builder.message(nobody.getMessage())
          .extensions(Map.of("code", UNAUTHENTICATED)).build();
      case Forbidden denied -> builder.message(denied.getMessage()).extensions(forbidden(denied)).build();
      case NotFound missing -> builder.message(missing.getMessage())
          .extensions(Map.of("code", NOT_FOUND, "argument", missing.argument())).build();
      case ReferralRefused refused -> builder.message(refused.getMessage())
          .extensions(Map.of("code", refused.code().name())).build();
      case GraphException.Invalid invalid -> builder.message(invalid.getMessage())
          .extensions(Map.of("code", BAD_USER_INPUT)).build();
      case GraphException.Timeout timeout -> builder.message("the query took too long; narrow the search and retry")
          .extensions(Map.of("code", TIMEOUT)).build();
      case GraphException unavailable when unavailable.retryable() -> builder
          .message("the directory store is unavailable; retry shortly")
          .extensions(Map.of("code", UNAVAILABLE)).build();
      default -> internal(builder, error);
    };
  }

  private static String lang(DataFetcherExceptionHandlerParameters p) {
    var env = p.getDataFetchingEnvironment();
    RequestContext request = env == null ? null : env.getGraphQlContext().get(RequestContext.class);
    return request == null ? "es" : request.lang();
  }

  private static Map<String, Object> forbidden(Forbidden denied) {
    return denied.missingScope().<Map<String, Object>>map(scope -> Map.of("code", FORBIDDEN, "scope", scope.value()))
        .orElse(Map.of("code", FORBIDDEN));
  }

  private static GraphQLError internal(GraphqlErrorBuilder<?> builder, Throwable error) {
    var id = UUID.randomUUID().toString();
    LOG.error("internal error {}", id, error);
    return builder.message("internal error " + id).extensions(Map.of("code", INTERNAL)).build();
  }

  /** The error as the response carries it, with a code even where graphql-java gave none. */
  public static Map<String, Object> specification(GraphQLError error) {
    var spec = new LinkedHashMap<>(error.toSpecification());
    @SuppressWarnings("unchecked")
    var extensions = new LinkedHashMap<String, Object>(
        (Map<String, Object>) spec.getOrDefault("extensions", Map.of()));
    extensions.putIfAbsent("code", error instanceof BadFaithIntrospectionError ? QUERY_TOO_COMPLEX
        : codeOf(error.getErrorType()));
    extensions.remove("classification");
    spec.put("extensions", extensions);
    return spec;
  }

  public static Map<String, Object> error(String message, String code) {
    return Map.of("message", message, "extensions", Map.of("code", code));
  }

  private static String codeOf(ErrorClassification type) {
    if (type == ErrorType.InvalidSyntax) {
      return PARSE_FAILED;
    }
    if (type == ErrorType.ValidationError) {
      return VALIDATION_FAILED;
    }
    if (type == ErrorType.ExecutionAborted) {
      return QUERY_TOO_COMPLEX;
    }
    if (type == ErrorType.OperationNotSupported) {
      return BAD_REQUEST;
    }
    return INTERNAL;
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}
