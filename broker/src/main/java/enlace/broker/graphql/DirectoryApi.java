package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.DirectoryUpserts;
import enlace.broker.directory.DirectoryWrites;
import enlace.broker.federation.FederatedSearch;
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

  public static DirectoryApi create(DirectoryService directory, DirectoryWrites writes, DirectoryUpserts upserts,
      ConfidentialPlaces places, Ontology ontology, String region, List<Region> regions, Map<String, String> stateNames,
      Settings settings, Clock clock) {
    return create(directory, writes, upserts, places, ontology, region, regions, stateNames, settings, clock,
        Optional.empty());
  }

  /** The API of a node that federates: searchServices(scope: FEDERATED) asks its peers too. */
  public static DirectoryApi create(DirectoryService directory, DirectoryWrites writes, DirectoryUpserts upserts,
      ConfidentialPlaces places, Ontology ontology, String region, List<Region> regions, Map<String, String> stateNames,
      Settings settings, Clock clock, Optional<FederatedSearch> federation) {
    var wiring = RuntimeWiring.newRuntimeWiring().scalar(DateTimeScalar.INSTANCE);
    var queries = new QueryFetchers(directory, region, places);
    var federated = new FederatedSearchFetcher(queries, federation, places);
    queries.searchWith(federated::searchServices).wire(wiring);
    new VocabularyFetchers(ontology).wire(wiring);
    new MutationFetchers(writes, upserts).wire(wiring);
    AccessFetchers.wire(wiring);
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
    var loaders = Loaders.registry(directory, context);
    var input = ExecutionInput.newExecutionInput()
        .query(request.query())
        .operationName(request.operationName())
        .variables(request.variables())
        .dataLoaderRegistry(loaders)
        .graphQLContext(Map.of(RequestContext.class, new RequestContext(context, loaders, caller)))
        .build();
    return graphQL.executeAsync(input);
  }

  private static String sdl() {
    try (InputStream in = DirectoryApi.class.getResourceAsStream("/enlace/broker/graphql/schema.graphqls")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
