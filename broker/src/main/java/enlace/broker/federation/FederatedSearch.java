package enlace.broker.federation;

import enlace.broker.directory.Cursors;
import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.SearchRequest;
import enlace.graph.geo.GeoPoint;
import enlace.graph.organization.Organization;
import enlace.graph.service.Location;
import enlace.graph.service.SearchPage;
import enlace.graph.service.Service;
import enlace.ontology.Concept;
import enlace.ontology.Ontology;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * searchServices with {@code scope: FEDERATED}: this node's own search and, in parallel, the same search
 * on every peer whose states meet the area, each within its timeout and all within one deadline; the
 * answers merged by (distance, node, site), duplicates removed, and one page cut. A slow, failing or
 * unreachable peer costs at most its timeout and is reported, never fatal.
 */
public final class FederatedSearch {

  /** One result: where it sits in the federated order, the service at one location, and a peer's organization. */
  public record Hit(FederatedCursor position, Service service, Location location, Optional<Organization> organization) {
    public String nodeId() {
      return position.nodeId();
    }

    String identity() {
      return service.region() + "|" + service.id() + "|" + location.id();
    }
  }

  /** What one node contributed. */
  record Source(String nodeId, List<Hit> hits, boolean hasMore) {}

  /** One page of federated results, with what each peer did and the trace the search ran under. */
  public record Page(List<Hit> hits, boolean hasMore, List<PeerReport> peers, String traceId) {

    /** {@code extensions.federation} and the connection's {@code federation} field. */
    public Map<String, Object> report() {
      return PeerCalls.report(traceId, peers);
    }
  }

  private final String nodeId;
  private final DirectoryService directory;
  private final Ontology ontology;
  private final Coverage coverage;
  private final PeerCalls calls;

  FederatedSearch(String nodeId, DirectoryService directory, Ontology ontology, Coverage coverage, PeerCalls calls) {
    this.nodeId = nodeId;
    this.directory = directory;
    this.ontology = ontology;
    this.coverage = coverage;
    this.calls = calls;
  }

  /** The calls to peers this search makes, for other federated questions (matchServices' proposals). */
  public PeerCalls calls() {
    return calls;
  }

  /** Peers' records by global id, through the same calls (timeouts, breakers) as searches. */
  public RemoteRecords records() {
    return new RemoteRecords(calls);
  }

  /**
   * Runs on {@code context} (the request's event loop); bad input fails before any peer is asked, as the
   * local search would.
   */
  public Future<Page> search(Context context, SearchRequest request, Optional<FederatedCursor> after) {
    long deadline = calls.deadline();
    var trace = PeerCalls.traceparent();
    var local = directory.search(withAfter(request, after.map(c -> Cursors.encode(c.boundFor(nodeId)))));
    var localSource = Future.fromCompletionStage(local, context).map(this::localSource);
    return Future.fromCompletionStage(directory.center(request), context).compose(center -> {
      var area = coverage.statesNear(center, request.radiusKm());
      var variables = variables(request, center);
      var outcomes = calls.settings().peers().stream().map(peer -> peer.meets(area)
          ? ask(context, peer, variables, after, trace, deadline, center, request)
          : Future.succeededFuture(PeerCalls.<Source>skipped(peer))).toList();
      return localSource.compose(own -> Future.join(outcomes).map(v -> merge(request.first(), own,
          outcomes.stream().map(Future::result).toList(), trace)));
    });
  }

  private Future<PeerCalls.Answer<Source>> ask(Context context, Peer peer, JsonObject variables,
      Optional<FederatedCursor> after, String trace, long deadline, GeoPoint center, SearchRequest request) {
    var vars = variables.copy().put("after", after.map(c -> Cursors.encode(c.boundFor(peer.id()))).orElse(null));
    return calls.ask(context, peer, RemoteHits.QUERY, vars, trace, deadline,
        (id, body) -> PeerAnswers.searchAnswer(id, body, center, request.radiusKm(), request.first()),
        s -> s.hits().size());
  }

  private Page merge(int first, Source own, List<PeerCalls.Answer<Source>> outcomes, String trace) {
    var all = new ArrayList<>(own.hits());
    boolean more = own.hasMore();
    for (var outcome : outcomes) {
      if (outcome.value().isPresent()) {
        all.addAll(outcome.value().get().hits());
        more |= outcome.value().get().hasMore();
      }
    }
    all.sort(Comparator.comparing(Hit::position, FederatedCursor.ORDER));
    var seen = new HashSet<String>();
    var distinct = all.stream().filter(hit -> seen.add(hit.identity())).toList();
    var page = distinct.subList(0, Math.min(first, distinct.size()));
    return new Page(page, more || distinct.size() > first, outcomes.stream().map(PeerCalls.Answer::report).toList(), trace);
  }

  private Source localSource(SearchPage page) {
    return new Source(nodeId, page.hits().stream().map(hit -> new Hit(FederatedCursor.of(nodeId, hit.cursor()),
        hit.service(), hit.location(), Optional.<Organization>empty())).toList(), page.hasMore());
  }

  /** The search as a peer gets it: a point rather than a municipality, categories as shared IRIs. */
  private JsonObject variables(SearchRequest request, GeoPoint center) {
    return new JsonObject()
        .put("near", new JsonObject().put("latitude", center.latitude()).put("longitude", center.longitude()))
        .put("radiusKm", request.radiusKm())
        .put("categories", request.categories().isEmpty() ? null : new JsonArray(sharedIris(request.categories())))
        .put("documents", request.documents().isEmpty() ? null : new JsonArray(sharedIris(request.documents())))
        .put("languages", request.languages().isEmpty() ? null : new JsonArray(request.languages()))
        .put("openAt", request.openAt() == null ? null : request.openAt().toString())
        .put("hasCapacity", request.hasCapacity())
        .put("text", request.text())
        .put("first", request.first());
  }

  /** A region's local terms go out as the shared concepts they map to; peers know only the shared ones. */
  public List<String> sharedIris(Collection<String> terms) {
    var out = new LinkedHashSet<String>();
    for (var term : terms) {
      ontology.resolve(term).flatMap(ontology::concept).ifPresent(concept -> out.addAll(shared(concept)));
    }
    return List.copyOf(out);
  }

  /** The concept itself when it is shared, else the shared concepts it maps to. */
  public static Collection<String> shared(Concept concept) {
    return concept.isShared() ? List.of(concept.iri()) : concept.mappedTo();
  }

  private static SearchRequest withAfter(SearchRequest r, Optional<String> after) {
    return new SearchRequest(r.latitude(), r.longitude(), r.municipality(), r.radiusKm(), r.categories(),
        r.documents(), r.languages(), r.openAt(), r.hasCapacity(), r.text(), r.first(), after.orElse(null));
  }
}
