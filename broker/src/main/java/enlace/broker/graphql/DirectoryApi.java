package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.DirectoryUpserts;
import enlace.broker.directory.DirectoryWrites;
import enlace.broker.federation.FederatedSearch;
import enlace.broker.imports.ImportService;
import enlace.broker.security.Caller;
import enlace.graph.TransactionScope;
import enlace.graph.municipality.Region;
import enlace.ontology.Ontology;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The node's GraphQL API: the schema, its resolvers and limits, ready to execute requests. */
public final class DirectoryApi {

  /** Limits and switches of the API; see the README for what each refuses. */
  public record Settings(int maxDepth, int maxComplexity, int maxAliases, boolean introspection, Duration timeout) {
    public static final Settings DEFAULTS = new Settings(12, 2_000, 30, true, Duration.ofSeconds(10));

    /** With the default time per operation (the node sets it to its request timeout). */
    public Settings(int maxDepth, int maxComplexity, int maxAliases, boolean introspection) {
      this(maxDepth, maxComplexity, maxAliases, introspection, DEFAULTS.timeout());
    }

    public Settings withTimeout(Duration value) {
      return new Settings(maxDepth, maxComplexity, maxAliases, introspection, value);
    }
  }

  private final GraphQL graphQL;
  private final DirectoryService directory;
  private final Duration timeout;

  private DirectoryApi(GraphQL graphQL, DirectoryService directory, Duration timeout) {
    this.graphQL = graphQL;
    this.directory = directory;
    this.timeout = timeout;
  }

  /**
   * The parts of the API a node may leave out; a null part leaves its fields answering nothing, and an
   * empty federation keeps searchServices(scope: FEDERATED) to this node.
   */
  public record Features(ReferralApi referrals, ImportService imports, GapsFetchers gaps,
      Optional<FederatedSearch> federation, Knowledge knowledge) {
    public static final Features NONE = new Features(null, null, null, Optional.empty());

    public Features(ReferralApi referrals, ImportService imports, GapsFetchers gaps,
        Optional<FederatedSearch> federation) {
      this(referrals, imports, gaps, federation, Knowledge.NONE);
    }

    public Features withKnowledge(Knowledge value) {
      return new Features(referrals, imports, gaps, federation, value);
    }
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
      new ReferralFetchers(referrals.broker(), referrals.statistics(), referrals.webhooks(), referrals.events(),
          federation.map(enlace.broker.referral.PeerProposals::new)).wire(wiring);
      new ReferralTypeFetchers(new VocabularyFetchers(ontology)).wire(wiring);
    }
    var queries = new QueryFetchers(directory, region);
    var federated = new FederatedSearchFetcher(queries, federation, region);
    queries.searchWith(federated::searchServices).byIdWith(federated::service, federated::node).wire(wiring);
    new VocabularyFetchers(ontology).wire(wiring);
    new MutationFetchers(writes, upserts).wire(wiring);
    AccessFetchers.wire(wiring);
    if (imports != null) {
      new ImportFetchers(imports).wire(wiring);
    }
    new TypeFetchers(clock, directory.limits().capacityFreshness(), stateNames, regions, places).wire(wiring);
    federated.wire(wiring);
    features.knowledge().wire(wiring);
    if (!settings.introspection()) {
      wiring.fieldVisibility(NoIntrospectionGraphqlFieldVisibility.NO_INTROSPECTION_FIELD_VISIBILITY);
    }
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring.build());
    var graphQL = GraphQL.newGraphQL(schema)
        .instrumentation(new ChainedInstrumentation(new QueryLimits(new QueryLimits.Settings(settings.maxDepth(),
            settings.maxComplexity(), settings.maxAliases())), new OperationDeadline(directory::terminate)))
        .defaultDataFetcherExceptionHandler(new ErrorCodes())
        .preparsedDocumentProvider(new DocumentCache())
        .build();
    return new DirectoryApi(graphQL, directory, settings.timeout());
  }

  /**
   * Runs one operation for a caller on the calling event loop; store calls come back to it. A query or
   * mutation has the API's timeout: its store transactions end when it runs out.
   */
  public CompletionStage<ExecutionResult> execute(GraphQLRequest request, Context context, Caller caller) {
    return execute(request, context, caller, "es");
  }

  /** As {@link #execute(GraphQLRequest, Context, Caller)}, with messages in {@code lang} (es or en). */
  public CompletionStage<ExecutionResult> execute(GraphQLRequest request, Context context, Caller caller,
      String lang) {
    var input = ExecutionInput.newExecutionInput()
        .query(request.query())
        .operationName(request.operationName())
        .variables(request.variables());
    prepare(input, context, caller, Future.succeededFuture(), lang);
    return graphQL.executeAsync(input.build());
  }

  /** The GraphQL engine itself, for transports that execute on their own (the subscription socket). */
  public GraphQL graphQL() {
    return graphQL;
  }

  /** The per-request context, and the time limit, of an operation its transport admitted already. */
  public void prepare(ExecutionInput.Builder input, Context context, Caller caller) {
    prepare(input, context, caller, Future.succeededFuture());
  }

  /**
   * The per-request context and time limit a transport must hand to each operation it executes, and the
   * caller's budget's answer for it: a refusal fails the operation's fields with {@code RATE_LIMITED}.
   */
  public void prepare(ExecutionInput.Builder input, Context context, Caller caller, Future<Void> admitted) {
    prepare(input, context, caller, admitted, "es");
  }

  /** As {@link #prepare(ExecutionInput.Builder, Context, Caller, Future)}, with messages in {@code lang}. */
  public void prepare(ExecutionInput.Builder input, Context context, Caller caller, Future<Void> admitted,
      String lang) {
    var scope = TransactionScope.lasting(timeout);
    var loaders = Loaders.registry(directory, context, scope);
    input.dataLoaderRegistry(loaders).graphQLContext(Map.of(RequestContext.class,
        new RequestContext(context, loaders, caller, scope, admitted, lang)));
  }

  static String sdl() {
    return resource("/enlace/broker/graphql/schema.graphqls") + "\n"
        + resource("/enlace/broker/graphql/referrals.graphqls") + "\n"
        + resource("/enlace/broker/graphql/gaps.graphqls") + "\n"
        + resource("/enlace/broker/graphql/notes.graphqls") + "\n"
        + resource("/enlace/broker/graphql/outcomes.graphqls") + "\n"
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
