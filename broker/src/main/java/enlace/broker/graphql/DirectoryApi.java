package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.DirectoryUpserts;
import enlace.broker.directory.DirectoryWrites;
import enlace.broker.federation.FederatedSearch;
import enlace.broker.imports.ImportService;
import enlace.broker.security.Caller;
import enlace.graph.municipality.Region;
import enlace.ontology.Ontology;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;
import io.vertx.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The node's GraphQL API: the schema, its resolvers and limits, ready to execute requests. */
public final class DirectoryApi {

  /** Limits and switches of the API; see the README for what each refuses. */
  public record Settings(int maxDepth, int maxComplexity, int maxAliases, boolean introspection) {
    public static final Settings DEFAULTS = new Settings(12, 2_000, 30, true);
  }

  private final GraphQL graphQL;
  private final DirectoryService directory;

  private DirectoryApi(GraphQL graphQL, DirectoryService directory) {
    this.graphQL = graphQL;
    this.directory = directory;
  }

  /**
   * The parts of the API a node may leave out; a null part leaves its fields answering nothing, and an
   * empty federation keeps searchServices(scope: FEDERATED) to this node.
   */
  public record Features(ReferralApi referrals, ImportService imports, GapsFetchers gaps,
      Optional<FederatedSearch> federation) {
    public static final Features NONE = new Features(null, null, null, Optional.empty());
  }

  public static DirectoryApi create(DirectoryService directory, DirectoryWrites writes, DirectoryUpserts upserts,
      ConfidentialPlaces places, Ontology ontology, String region, List<Region> regions, Map<String, String> stateNames,
      Settings settings, Clock clock, Features features) {
    var referrals = features.referrals();
    var imports = features.imports();
    var gaps = features.gaps();
    var federation = features.federation();
    var wiring = RuntimeWiring.newRuntimeWiring().scalar(DateTimeScalar.INSTANCE);
    if (gaps != null) {
      gaps.wire(wiring);
    }
    if (referrals != null) {
      new ReferralFetchers(referrals.broker(), referrals.statistics(), referrals.webhooks(), referrals.events(), places,
          federation.map(enlace.broker.referral.PeerProposals::new)).wire(wiring);
      new ReferralTypeFetchers(new VocabularyFetchers(ontology)).wire(wiring);
    }
    var queries = new QueryFetchers(directory, region, places);
    var federated = new FederatedSearchFetcher(queries, federation, places);
    queries.searchWith(federated::searchServices).wire(wiring);
    new VocabularyFetchers(ontology).wire(wiring);
    new MutationFetchers(writes, upserts).wire(wiring);
    AccessFetchers.wire(wiring);
    if (imports != null) {
      new ImportFetchers(imports).wire(wiring);
    }
    new TypeFetchers(clock, directory.limits().capacityFreshness(), stateNames, regions, places).wire(wiring);
    federated.wire(wiring);
    if (!settings.introspection()) {
      wiring.fieldVisibility(NoIntrospectionGraphqlFieldVisibility.NO_INTROSPECTION_FIELD_VISIBILITY);
    }
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring.build());
    var graphQL = GraphQL.newGraphQL(schema)
        .instrumentation(new QueryLimits(new QueryLimits.Settings(settings.maxDepth(), settings.maxComplexity(),
            settings.maxAliases())))
        .defaultDataFetcherExceptionHandler(new ErrorCodes())
        .preparsedDocumentProvider(new DocumentCache())
        .build();
    return new DirectoryApi(graphQL, directory);
  }

  /** Runs one operation for a caller on the calling event loop; store calls come back to it. */
  public CompletionStage<ExecutionResult> execute(GraphQLRequest request, Context context, Caller caller) {
    return execute(request, context, caller, "es");
  }

  /** As {@link #execute(GraphQLRequest, Context, Caller)}, with messages in {@code lang} (es or en). */
  public CompletionStage<ExecutionResult> execute(GraphQLRequest request, Context context, Caller caller,
      String lang) {
    var loaders = Loaders.registry(directory, context);
    var input = ExecutionInput.newExecutionInput()
        .query(request.query())
        .operationName(request.operationName())
        .variables(request.variables())
        .dataLoaderRegistry(loaders)
        .graphQLContext(Map.of(RequestContext.class, new RequestContext(context, loaders, caller, lang)))
        .build();
    return graphQL.executeAsync(input);
  }

  /** The GraphQL engine itself, for transports that execute on their own (the subscription socket). */
  public GraphQL graphQL() {
    return graphQL;
  }

  /** The per-request context a transport must hand to each operation it executes. */
  public void prepare(ExecutionInput.Builder input, Context context, Caller caller) {
    var loaders = Loaders.registry(directory, context);
    input.dataLoaderRegistry(loaders)
        .graphQLContext(Map.of(RequestContext.class, new RequestContext(context, loaders, caller)));
  }

  private static String sdl() {
    return resource("/enlace/broker/graphql/schema.graphqls") + "\n"
        + resource("/enlace/broker/graphql/referrals.graphqls") + "\n"
        + resource("/enlace/broker/graphql/gaps.graphqls") + "\n"
        + resource("/enlace/broker/graphql/review.graphqls");
  }

  private static String resource(String path) {
    try (InputStream in = DirectoryApi.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
