package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.GlobalId;
import enlace.broker.federation.FederatedCursor;
import enlace.broker.federation.FederatedSearch;
import enlace.broker.security.NodeKey;
import enlace.graph.organization.Organization;
import enlace.graph.service.Location;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * searchServices with its {@code scope}: LOCAL as before; FEDERATED through {@link FederatedSearch}, with
 * peers' organizations and locations handed to the request's loaders so nested fields resolve without the
 * local store. A peer's own call is always answered LOCAL: a forwarded query is never forwarded again.
 */
final class FederatedSearchFetcher {

  /** A federated result: the cursor is the federated one, and the edge names the node that answered. */
  record FederatedEdge(String cursor, double distanceKm, LocationView location, Object node, String nodeId) {}

  record FederatedConnection(List<FederatedEdge> edges, Connections.PageInfo pageInfo,
      Map<String, Object> federation) {}

  private final QueryFetchers local;
  private final Optional<FederatedSearch> federation;
  private final String region;

  FederatedSearchFetcher(QueryFetchers local, Optional<FederatedSearch> federation, String region) {
    this.region = region;
    this.local = local;
    this.federation = federation;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Concept", type -> type.dataFetcher("sharedIris", env ->
        FederatedSearch.shared(env.<VocabularyFetchers.ConceptView>getSource().concept())));
  }

  Object service(DataFetchingEnvironment env) throws Exception {
    return peerService(env, "id", local::service);
  }

  Object node(DataFetchingEnvironment env) throws Exception {
    return peerService(env, null, local::node);
  }

  /**
   * service(id) and node(id) of a peer's service: asked of the peer whose region the id names, its records
   * handed to the request's loaders like a federated search's. Local ids, other types, a peer's own call and
   * a node without federation go to the local fetcher. A peer that cannot answer is an error, not a null.
   */
  private Object peerService(DataFetchingEnvironment env, String expectService,
      graphql.schema.DataFetcher<CompletionStage<Object>> localFetcher) throws Exception {
    var id = GlobalId.decode(env.getArgument("id"), "id");
    if (expectService != null) {
      id.expect("Service", expectService);
    }
    if (federation.isEmpty() || id.region().equals(region) || !id.type().equals("Service")
        || NodeKey.isNode(Access.caller(env))) {
      return localFetcher.get(env);
    }
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    var lookup = federation.get().records().service(context.vertx(), id);
    if (lookup.isEmpty()) {
      return null;
    }
    return lookup.get().map(found -> {
      if (!found.answered()) {
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
            .message("the node of region %s did not answer (%s)", id.region(), found.report().status())
            .extensions(Map.of("code", ErrorCodes.UNAVAILABLE)).build()).build();
      }
      return found.service().map(remote -> {
        env.<String, Organization>getDataLoader(Loaders.ORGANIZATION).prime(remote.service().organizationId(),
            remote.organization());
        env.<String, Location>getDataLoader(Loaders.LOCATION).prime(remote.service().locationIds().getFirst(),
            remote.location());
        return (Object) DataFetcherResult.newResult().data(remote.service()).build();
      }).orElseGet(() -> DataFetcherResult.newResult().build());
    }).toCompletionStage();
  }

  Object searchServices(DataFetchingEnvironment env) {
    var caller = Access.caller(env);
    if (!"FEDERATED".equals(env.getArgument("scope")) || federation.isEmpty() || NodeKey.isNode(caller)) {
      return local.searchServices(env);
    }
    var request = QueryFetchers.searchRequest(env);
    var after = Optional.ofNullable(request.after()).map(FederatedCursor::decode);
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    return federation.get().search(context.vertx(), request, after)
        .map(page -> result(env, page, after.isPresent()))
        .toCompletionStage();
  }

  /** A peer's hit comes with its organization; its confidential place stays as approximate as the peer gave it. */
  private static DataFetcherResult<FederatedConnection> result(DataFetchingEnvironment env,
      FederatedSearch.Page page, boolean hasPrevious) {
    var edges = page.hits().stream().map(hit -> {
      hit.organization().ifPresent(org -> prime(env, hit, org));
      return new FederatedEdge(hit.position().encode(), hit.position().distanceMeters() / 1000.0,
          new LocationView(hit.location(), ConfidentialPlaces.isConfidential(hit.service(), hit.location()),
              hit.organization().isEmpty()), hit.service(), hit.nodeId());
    }).toList();
    var ends = edges.isEmpty() ? List.<String>of() : List.of(edges.getFirst().cursor(), edges.getLast().cursor());
    var report = page.report();
    return DataFetcherResult.<FederatedConnection>newResult()
        .data(new FederatedConnection(edges, Connections.PageInfo.of(ends, page.hasMore(), hasPrevious), report))
        .extensions(Map.of("federation", report))
        .build();
  }

  /** A peer's records under the keys its service names them by, so the loaders never look for them locally. */
  private static void prime(DataFetchingEnvironment env, FederatedSearch.Hit hit, Organization organization) {
    env.<String, Organization>getDataLoader(Loaders.ORGANIZATION).prime(hit.service().organizationId(), organization);
    env.<String, Location>getDataLoader(Loaders.LOCATION).prime(hit.service().locationIds().getFirst(), hit.location());
  }
}
