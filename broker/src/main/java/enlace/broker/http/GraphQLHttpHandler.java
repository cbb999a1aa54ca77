package enlace.broker.http;

import enlace.broker.graphql.DirectoryApi;
import enlace.broker.graphql.ErrorCodes;
import enlace.broker.graphql.RequestContext;
import enlace.broker.metrics.NodeMetrics;
import enlace.broker.graphql.GraphQLRequest;
import enlace.broker.security.Authenticator;
import enlace.broker.security.Caller;
import enlace.broker.trusted.Refusal;
import enlace.broker.trusted.TrustedDocuments;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * GraphQL over HTTP: POST with JSON for everything, GET for queries only (a mutation over GET is 405),
 * and status codes that follow the media type the client accepts.
 */
final class GraphQLHttpHandler implements Handler<RoutingContext> {

  private final Supplier<DirectoryApi> api;
  private final Supplier<TrustedDocuments> trusted;
  private final Duration timeout;
  private final Duration publicMaxAge;

  /**
   * {@code api} and {@code trusted} give null until the store is ready; public reads may be kept
   * {@code publicMaxAge}.
   */
  GraphQLHttpHandler(Supplier<DirectoryApi> api, Supplier<TrustedDocuments> trusted, Duration timeout,
      Duration publicMaxAge) {
    this.api = api;
    this.trusted = trusted;
    this.timeout = timeout;
    this.publicMaxAge = publicMaxAge;
  }

  @Override
  public void handle(RoutingContext rc) {
    var media = MediaTypes.negotiate(rc.request().getHeader("Accept"));
    if (media == null) {
      reply(rc, 406, MediaTypes.JSON, problem("accept application/graphql-response+json or application/json",
          "NOT_ACCEPTABLE"));
      return;
    }
    var directory = api.get();
    var documents = trusted.get();
    if (directory == null || documents == null) {
      reply(rc, 503, media, problem("the node is starting; retry shortly", ErrorCodes.UNAVAILABLE));
      return;
    }
    Sent sent;
    try {
      sent = rc.request().method() == HttpMethod.GET ? fromQueryString(rc) : fromBody(rc);
    } catch (BadRequest bad) {
      reply(rc, bad.status, media, problem(bad.getMessage(), bad.code));
      return;
    }
    Caller caller = Objects.requireNonNullElse(rc.get(Authenticator.CALLER), Caller.ANONYMOUS);
    documents.resolve(sent.request().query(), sent.persistedHash(), caller).onComplete(resolved -> {
      if (resolved.failed()) {
        refuse(rc, media, resolved.cause());
        return;
      }
      var request = new GraphQLRequest(resolved.result(), sent.request().operationName(),
          sent.request().variables());
      if (rc.request().method() == HttpMethod.GET && !isQuery(request, rc, media)) {
        return;
      }
      execute(rc, media, request, directory, caller);
    });
  }

  /** A request as sent: its document may be only the hash of a registered one. */
  private record Sent(GraphQLRequest request, String persistedHash) {}

  private static void refuse(RoutingContext rc, MediaTypes media, Throwable cause) {
    if (cause instanceof Refusal refusal) {
      int status = refusal.status() == 200 && media == MediaTypes.GRAPHQL_RESPONSE ? 400 : refusal.status();
      reply(rc, status, media, problem(refusal.getMessage(), refusal.code()));
    } else {
      reply(rc, 500, media, problem("internal error", ErrorCodes.INTERNAL));
    }
  }

  private void execute(RoutingContext rc, MediaTypes media, GraphQLRequest request, DirectoryApi directory,
      Caller caller) {
    var context = rc.vertx().getOrCreateContext();
    long started = System.nanoTime();
    var done = new AtomicBoolean();
    long timer = rc.vertx().setTimer(timeout.toMillis(), id -> {
      if (done.compareAndSet(false, true)) {
        reply(rc, 504, media, problem("the request took longer than " + timeout.toMillis() + " ms",
            ErrorCodes.TIMEOUT));
      }
    });
    Future.fromCompletionStage(directory.execute(request, context, caller,
        RequestContext.lang(rc.request().getHeader("Accept-Language"))), context).onComplete(result -> {
      rc.vertx().cancelTimer(timer);
      NodeMetrics.graphql(request.operationName(), System.nanoTime() - started, result.failed()
          ? List.of(ErrorCodes.INTERNAL) : codes(result.result()));
      if (!done.compareAndSet(false, true)) {
        return;
      }
      if (result.failed()) {
        reply(rc, 500, media, problem("internal error", ErrorCodes.INTERNAL));
      } else if (ranOutOfTime(result.result(), started)) {
        reply(rc, 504, media, problem("the request took longer than " + timeout.toMillis() + " ms",
            ErrorCodes.TIMEOUT));
      } else {
        respond(rc, media, result.result());
      }
    });
  }

  private static List<String> codes(ExecutionResult result) {
    return result.getErrors().stream().map(e -> e.getExtensions() == null ? null : e.getExtensions().get("code"))
        .map(code -> code == null ? "UNKNOWN" : code.toString()).distinct().toList();
  }

  /** The store ended the request's transactions at its time limit, a moment before the timer above fired. */
  private boolean ranOutOfTime(ExecutionResult result, long started) {
    return System.nanoTime() - started >= timeout.minus(TIMER_SLACK).toNanos()
        && result.getErrors().stream().anyMatch(e -> e.getExtensions() != null
            && ErrorCodes.TIMEOUT.equals(e.getExtensions().get("code")));
  }

  /** How much earlier than the request's timer the store may end its transactions (its monitor's period). */
  private static final Duration TIMER_SLACK = Duration.ofMillis(250);

  private void respond(RoutingContext rc, MediaTypes media, ExecutionResult result) {
    var body = new LinkedHashMap<String, Object>();
    if (!result.getErrors().isEmpty()) {
      body.put("errors", result.getErrors().stream().map(ErrorCodes::specification).toList());
    }
    if (result.isDataPresent()) {
      body.put("data", result.getData());
    }
    if (result.getExtensions() != null && !result.getExtensions().isEmpty()) {
      body.put("extensions", result.getExtensions());
    }
    // No data means nothing ran: the request failed to parse, validate, coerce or pass the query limits.
    int status = media == MediaTypes.GRAPHQL_RESPONSE && !result.isDataPresent() ? 400 : 200;
    PublicReads.reply(rc, status, media.value() + "; charset=utf-8", Json.encodeToBuffer(body), publicMaxAge,
        result.getErrors().isEmpty());
  }

  private boolean isQuery(GraphQLRequest request, RoutingContext rc, MediaTypes media) {
    List<OperationDefinition> operations;
    try {
      operations = Parser.parse(request.query()).getDefinitionsOfType(OperationDefinition.class);
    } catch (InvalidSyntaxException e) {
      int status = media == MediaTypes.GRAPHQL_RESPONSE ? 400 : 200;
      reply(rc, status, media, problem(e.getMessage(), ErrorCodes.PARSE_FAILED));
      return false;
    }
    var operation = operations.stream()
        .filter(op -> request.operationName() == null || Objects.equals(op.getName(), request.operationName()))
        .findFirst();
    if (operation.isPresent() && operation.get().getOperation() != OperationDefinition.Operation.QUERY) {
      rc.response().putHeader("Allow", "POST");
      reply(rc, 405, media, problem("only queries may be sent with GET; send " 
          + operation.get().getOperation().name().toLowerCase() + "s with POST", "METHOD_NOT_ALLOWED"));
      return false;
    }
    return true;
  }

  private static Sent fromQueryString(RoutingContext rc) {
    var params = rc.queryParams();
    var query = params.get("query");
    var hash = persistedHash(params.get("extensions"));
    if ((query == null || query.isBlank()) && hash == null) {
      throw new BadRequest("the 'query' parameter is required");
    }
    Map<String, Object> variables = null;
    if (params.get("variables") != null) {
      try {
        variables = plain(new JsonObject(params.get("variables")));
      } catch (DecodeException | ClassCastException e) {
        throw new BadRequest("'variables' must be a JSON object");
      }
    }
    return new Sent(new GraphQLRequest(query == null || query.isBlank() ? null : query, params.get("operationName"),
        variables), hash);
  }

  /** {@code extensions.persistedQuery.sha256Hash}, as Apollo Client's persisted-query link sends it over GET. */
  private static String persistedHash(String extensions) {
    if (extensions == null) {
      return null;
    }
    try {
      return persistedHash(new JsonObject(extensions));
    } catch (DecodeException | ClassCastException e) {
      throw new BadRequest("'extensions' must be a JSON object");
    }
  }

  private static String persistedHash(JsonObject extensions) {
    if (extensions == null || !(extensions.getValue("persistedQuery") instanceof JsonObject persisted)) {
      return null;
    }
    if (!(persisted.getValue("sha256Hash") instanceof String hash) || !Integer.valueOf(1).equals(
        persisted.getValue("version"))) {
      throw new BadRequest(400, "extensions.persistedQuery needs version 1 and a sha256Hash string",
          "PERSISTED_QUERY_HASH_INVALID");
    }
    return hash;
  }

  private static Sent fromBody(RoutingContext rc) {
    var type = rc.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase().startsWith("application/json")) {
      throw new BadRequest(415, "send the request as Content-Type: application/json", "UNSUPPORTED_MEDIA_TYPE");
    }
    JsonObject json;
    try {
      json = rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      throw new BadRequest("the body is not a JSON object");
    }
    if (json == null) {
      throw new BadRequest("the body is not a JSON object");
    }
    if (json.getValue("extensions") != null && !(json.getValue("extensions") instanceof JsonObject)) {
      throw new BadRequest("'extensions' must be a JSON object");
    }
    var hash = persistedHash(json.getJsonObject("extensions"));
    var query = json.getValue("query") instanceof String text && !text.isBlank() ? text : null;
    if (query == null && (hash == null || json.getValue("query") != null)) {
      throw new BadRequest("the body needs a 'query' string");
    }
    if (json.getValue("variables") != null && !(json.getValue("variables") instanceof JsonObject)) {
      throw new BadRequest("'variables' must be a JSON object");
    }
    if (json.getValue("operationName") != null && !(json.getValue("operationName") instanceof String)) {
      throw new BadRequest("'operationName' must be a string");
    }
    var variables = json.getJsonObject("variables");
    return new Sent(new GraphQLRequest(query, json.getString("operationName"),
        variables == null ? null : plain(variables)), hash);
  }

  /** Vert.x JSON as the plain maps and lists graphql-java coerces variables from. */
  private static Map<String, Object> plain(JsonObject json) {
    var out = new LinkedHashMap<String, Object>();
    json.forEach(entry -> out.put(entry.getKey(), plainValue(entry.getValue())));
    return out;
  }

  private static Object plainValue(Object value) {
    if (value instanceof JsonObject object) {
      return plain(object);
    }
    if (value instanceof io.vertx.core.json.JsonArray array) {
      return array.stream().map(GraphQLHttpHandler::plainValue).toList();
    }
    return value;
  }

  private static Map<String, Object> problem(String message, String code) {
    return Map.of("errors", List.of(ErrorCodes.error(message, code)));
  }

  private static void reply(RoutingContext rc, int status, MediaTypes media, Map<String, Object> body) {
    PublicReads.reply(rc, status, media.value() + "; charset=utf-8", Json.encodeToBuffer(body), Duration.ZERO,
        false);
  }

  private static final class BadRequest extends RuntimeException {
    private final int status;
    private final String code;

    BadRequest(String message) {
      this(400, message, ErrorCodes.BAD_REQUEST);
    }

    BadRequest(int status, String message, String code) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }
}
