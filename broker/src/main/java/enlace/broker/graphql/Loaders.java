package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.DirectoryService;
import enlace.graph.TransactionScope;
import graphql.schema.DataFetchingEnvironment;
import io.vertx.core.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;

/** The per-request batch loaders behind nested fields: one store call per field and level. */
final class Loaders {

  static final String MUNICIPALITY = "municipality";
  static final String ORGANIZATION = "organization";
  static final String SERVICE = "service";
  static final String LOCATION = "location";
  static final String VACANCY = "vacancy";
  static final String SERVICES_OF_ORGANIZATION = "servicesOfOrganization";
  static final String VACANCIES_OF_ORGANIZATION = "vacanciesOfOrganization";
  static final String SOURCES_OF_SERVICE = "sourcesOfService";
  static final String EXACT_PLACE = "exactPlace";

  private Loaders() {}

  /** The loaders of one request; their store calls belong to {@code scope} (none: no time limit). */
  static DataLoaderRegistry registry(DirectoryService directory, Context context, TransactionScope scope) {
    var registry = new DataLoaderRegistry();
    registry.register(MUNICIPALITY, mapped(context, scope, directory::municipalitiesByCode));
    registry.register(ORGANIZATION, mapped(context, scope, directory::organizationsById));
    registry.register(SERVICE, mapped(context, scope, directory::servicesById));
    registry.register(LOCATION, mapped(context, scope, directory::locationsById));
    registry.register(VACANCY, mapped(context, scope, directory::vacanciesById));
    registry.register(SERVICES_OF_ORGANIZATION, mapped(context, scope, directory::servicesByOrganization));
    registry.register(VACANCIES_OF_ORGANIZATION, mapped(context, scope, directory::vacanciesByOrganization));
    registry.register(SOURCES_OF_SERVICE, mapped(context, scope, directory::sourcesOfServices));
    return registry;
  }

  /**
   * Whether the request's caller may see each confidential place of this node exactly: one store call (and the
   * audit of what it grants) for all the places a level of the answer shows. Made on first use in a request.
   */
  static DataLoader<String, Boolean> exactPlaces(DataFetchingEnvironment env, ConfidentialPlaces places) {
    RequestContext request = env.getGraphQlContext().get(RequestContext.class);
    return request.loaders().computeIfAbsent(EXACT_PLACE, name -> mapped(request.vertx(), request.scope(),
        (Set<String> ids) -> places.exact(request.caller(), ids).thenApply(exact -> {
          Map<String, Boolean> out = new HashMap<>();
          ids.forEach(id -> out.put(id, exact.contains(id)));
          return out;
        })));
  }

  private static <K, V> DataLoader<K, V> mapped(Context context, TransactionScope scope,
      Function<Set<K>, CompletionStage<Map<K, V>>> batch) {
    MappedBatchLoader<K, V> loader = keys -> RequestContext.onLoop(context,
        scope == null ? batch.apply(keys) : scope.run(() -> batch.apply(keys)));
    return DataLoaderFactory.newMappedDataLoader(loader);
  }
}
