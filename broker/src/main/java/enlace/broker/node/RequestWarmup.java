package enlace.broker.node;

import enlace.broker.federation.RemoteHits;
import enlace.broker.graphql.DirectoryApi;
import enlace.broker.graphql.GraphQLRequest;
import enlace.broker.security.Caller;
import enlace.broker.security.NodeKey;
import enlace.broker.security.Scope;
import enlace.graph.geo.GeoPoint;
import graphql.ExecutionResult;
import io.vertx.core.Context;
import io.vertx.core.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the requests its users and peers send most on the node's own GraphQL API, in process, before it reports
 * ready: a peer's search (the query every federated call carries, as from a peer), the console's search by
 * municipality and a query that fails validation (anonymously). {@link QueryWarmup} plans the statements; this
 * pays the rest of a request's first run, which on a busy two-core machine took seconds (the first request
 * 2.2 s, the first searches 5-6 s): loading and compiling graphql-java's parsing, validation and execution,
 * the data fetchers and loaders, and the JSON encoding. In process, so no client's rate budget pays for it. A
 * failure is logged, and the node starts anyway.
 */
final class RequestWarmup {

  private static final Logger LOG = LoggerFactory.getLogger(RequestWarmup.class);
  private static final String NS = "https://w3id.org/enlace/ns#";
  private static final Duration EACH = Duration.ofSeconds(60);

  /** The console's search (search.js), the fields a DAM office sees. */
  private static final String CONSOLE_SEARCH = """
      query Search($municipality: String, $radiusKm: Float, $categories: [ID!], $documents: [ID!], $lang: String) {
        searchServices(municipality: $municipality, radiusKm: $radiusKm, categories: $categories,
            documents: $documents, first: 30, scope: LOCAL) {
          edges { distanceKm nodeId
            location { name address approximate point { latitude longitude } municipality { name } }
            node { id region name confidential isOpen languages lastVerifiedAt organization { name }
              categories { iri label(lang: $lang) } acceptedDocuments { label(lang: $lang) }
              capacity { available total unit updatedAt stale } } }
          pageInfo { hasNextPage endCursor } } }""";

  /** Fails validation, as a client's first mistake does. */
  private static final GraphQLRequest INVALID =
      new GraphQLRequest("{ searchServices { edges { notAField } } }", null, null);

  private RequestWarmup() {}

  /** Blocking (the start-up thread): runs each request on {@code context}; returns how many answered as expected. */
  static int run(DirectoryApi api, Context context, String nodeId, String municipalityCode, GeoPoint seat,
      double wideKm) {
    // A peer's search as a peer sends it: the same caller kind, so the same limits and fetchers.
    var node = NodeKey.issuer(nodeId);
    var peer = new Caller(node, nodeId, Optional.empty(), Optional.empty(), Set.of(Scope.FEDERATION), node, "warm-up");
    var categories = List.of(NS + "shelter");
    var documents = List.of(NS + "doc-tvrh");
    Map<String, Object> peerSearch = Map.of(
        "near", Map.of("latitude", seat.latitude(), "longitude", seat.longitude()),
        "radiusKm", wideKm, "categories", categories, "documents", documents, "hasCapacity", false, "first", 20);
    Map<String, Object> consoleSearch = Map.of("municipality", municipalityCode, "radiusKm", 25.0,
        "categories", categories, "documents", documents, "lang", "es");
    var requests = Map.of(
        new GraphQLRequest(RemoteHits.QUERY, null, peerSearch), peer,
        new GraphQLRequest(CONSOLE_SEARCH, null, consoleSearch), Caller.ANONYMOUS,
        INVALID, Caller.ANONYMOUS);
    int ok = 0;
    for (var entry : requests.entrySet()) {
      var request = entry.getKey();
      var answered = new CompletableFuture<ExecutionResult>();
      context.runOnContext(v -> api.execute(request, context, entry.getValue()).whenComplete((result, failure) -> {
        if (failure != null) {
          answered.completeExceptionally(failure);
        } else {
          answered.complete(result);
        }
      }));
      try {
        var result = answered.get(EACH.toSeconds(), TimeUnit.SECONDS);
        Json.encodeToBuffer(result.toSpecification());
        if (result.getErrors().isEmpty() != (request == INVALID)) {
          ok++;
        } else {
          LOG.warn("a warm-up request did not answer as expected: {}", result.getErrors());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ok;
      } catch (ExecutionException | TimeoutException e) {
        LOG.warn("a warm-up request failed: {}", e.toString());
      }
    }
    return ok;
  }
}
