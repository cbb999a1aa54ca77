package enlace.broker.graphql;

import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.GlobalId;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.SearchRequest;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The root fields: read arguments, ask the directory, shape the answer. */
final class QueryFetchers {

  private final DirectoryService directory;
  private final String region;
  private DataFetcher<?> search = this::searchServices;
  private DataFetcher<?> service = this::service;
  private DataFetcher<?> node = this::node;

  QueryFetchers(DirectoryService directory, String region) {
    this.directory = directory;
    this.region = region;
  }

  /** service(id) and node(id) answered by other fetchers (ones that may ask peers, and these for local ids). */
  QueryFetchers byIdWith(DataFetcher<?> serviceFetcher, DataFetcher<?> nodeFetcher) {
    this.service = serviceFetcher;
    this.node = nodeFetcher;
    return this;
  }

  /** searchServices answered by another fetcher (one that may ask peers, and this one for local searches). */
  QueryFetchers searchWith(DataFetcher<?> fetcher) {
    this.search = fetcher;
    return this;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("searchServices", search)
        .dataFetcher("municipality", env -> on(env, directory.municipality(env.getArgument("code"))
            .thenApply(found -> found.orElse(null))))
        .dataFetcher("municipalities", env -> on(env, directory.municipalities(env.getArgument("stateCode"),
            QueryFetchers.<Integer>notNull(env, "first"), env.getArgument("after"))
            .thenApply(page -> Connections.municipalities(page, env.getArgument("after") != null))))
        .dataFetcher("regions", env -> on(env, directory.regions()))
        .dataFetcher("organization", env -> byId(env, "Organization", Loaders.ORGANIZATION))
        .dataFetcher("service", service)
        .dataFetcher("node", node));
  }

  CompletionStage<Connections.ServiceConnection> searchServices(DataFetchingEnvironment env) {
    var request = searchRequest(env);
    return on(env, directory.search(request)).thenApply(page -> Connections.services(page, request.after() != null));
  }

  static SearchRequest searchRequest(DataFetchingEnvironment env) {
    Map<String, Object> near = env.getArgument("near");
    return new SearchRequest(
        near == null ? null : ((Number) near.get("latitude")).doubleValue(),
        near == null ? null : ((Number) near.get("longitude")).doubleValue(),
        env.getArgument("municipality"),
        QueryFetchers.<Number>notNull(env, "radiusKm").doubleValue(),
        env.getArgument("categories"),
        env.getArgument("documents"),
        env.getArgument("languages"),
        env.<Instant>getArgument("openAt"),
        Boolean.TRUE.equals(env.getArgument("hasCapacity")),
        env.getArgument("text"),
        QueryFetchers.<Integer>notNull(env, "first"),
        env.getArgument("after"));
  }

  CompletionStage<Object> node(DataFetchingEnvironment env) {
    var id = GlobalId.decode(env.getArgument("id"), "id");
    if (!id.region().equals(region)) {
      return CompletableFuture.completedFuture(null);
    }
    var loader = switch (id.type()) {
      case "Service" -> Loaders.SERVICE;
      case "Organization" -> Loaders.ORGANIZATION;
      default -> Loaders.VACANCY;
    };
    return env.getDataLoader(loader).load(id.localId());
  }

  CompletionStage<Object> service(DataFetchingEnvironment env) {
    return byId(env, "Service", Loaders.SERVICE);
  }

  private CompletionStage<Object> byId(DataFetchingEnvironment env, String type, String loader) {
    var id = GlobalId.decode(env.getArgument("id"), "id").expect(type, "id");
    if (!id.region().equals(region)) {
      return CompletableFuture.completedFuture(null);
    }
    return env.getDataLoader(loader).load(id.localId());
  }

  /** An argument the schema gives a default; an explicit null is refused rather than taken for it. */
  private static <T> T notNull(DataFetchingEnvironment env, String argument) {
    T value = env.getArgument(argument);
    if (value == null) {
      throw new InvalidArgument(argument, "must not be null; leave it out to take the default");
    }
    return value;
  }

  static <T> CompletionStage<T> on(DataFetchingEnvironment env, CompletionStage<T> stage) {
    RequestContext context = env.getGraphQlContext().get(RequestContext.class);
    return context.onLoop(stage);
  }
}
