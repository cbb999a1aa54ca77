package enlace.broker.node;

import enlace.broker.federation.RemoteHits;
import enlace.graph.geo.GeoPoint;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the node's own /graphql the requests its users and peers send most, over loopback, before it reports
 * ready: a peer's search (the query every federated call carries), the console's search by municipality, and
 * a query that fails validation. {@link QueryWarmup} plans the statements; this pays the rest of a request's
 * first run, which on a busy two-core machine took seconds (the first request 2.2 s, the first searches 5-6 s):
 * loading and compiling graphql-java's parsing, validation and execution, the data fetchers and loaders, the
 * router, authentication and the JSON encoding. Answers are not checked beyond their status: a failure is
 * logged, and the node starts anyway.
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

  private RequestWarmup() {}

  /** Blocking (the start-up thread); returns how many requests were answered 200. */
  static int run(URI base, String municipalityCode, GeoPoint seat, double wideKm) {
    var client = HttpClient.newBuilder().connectTimeout(EACH).build();
    var categories = new JsonArray(List.of(NS + "shelter"));
    var documents = new JsonArray(List.of(NS + "doc-tvrh"));
    var peerSearch = new JsonObject()
        .put("near", new JsonObject().put("latitude", seat.latitude()).put("longitude", seat.longitude()))
        .put("radiusKm", wideKm).put("categories", categories).put("documents", documents)
        .put("hasCapacity", false).put("first", 20);
    var consoleSearch = new JsonObject().put("municipality", municipalityCode).put("radiusKm", 25.0)
        .put("categories", categories).put("documents", documents).put("lang", "es");
    var requests = List.of(
        new JsonObject().put("query", RemoteHits.QUERY).put("variables", peerSearch),
        new JsonObject().put("query", CONSOLE_SEARCH).put("variables", consoleSearch),
        new JsonObject().put("query", "{ searchServices { edges { notAField } } }"));
    int ok = 0;
    for (var body : requests) {
      try {
        var response = client.send(HttpRequest.newBuilder(base.resolve("/graphql")).timeout(EACH)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode()))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          ok++;
        } else {
          LOG.warn("warm-up request answered {}: {}", response.statusCode(), response.body());
        }
      } catch (java.io.IOException e) {
        LOG.warn("warm-up request failed: {}", e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ok;
      }
    }
    return ok;
  }
}
