package enlace.broker.graphql;

import enlace.broker.directory.DirectoryService;
import io.vertx.core.Context;
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

  private Loaders() {}

  static DataLoaderRegistry registry(DirectoryService directory, Context context) {
    var registry = new DataLoaderRegistry();
    registry.register(MUNICIPALITY, mapped(context, directory::municipalitiesByCode));
    registry.register(ORGANIZATION, mapped(context, directory::organizationsById));
    registry.register(SERVICE, mapped(context, directory::servicesById));
    registry.register(LOCATION, mapped(context, directory::locationsById));
    registry.register(VACANCY, mapped(context, directory::vacanciesById));
    registry.register(SERVICES_OF_ORGANIZATION, mapped(context, directory::servicesByOrganization));
    registry.register(VACANCIES_OF_ORGANIZATION, mapped(context, directory::vacanciesByOrganization));
    registry.register(SOURCES_OF_SERVICE, mapped(context, directory::sourcesOfServices));
    return registry;
  }

  private static <K, V> DataLoader<K, V> mapped(Context context,
      Function<Set<K>, CompletionStage<Map<K, V>>> batch) {
    MappedBatchLoader<K, V> loader = keys -> RequestContext.onLoop(context, batch.apply(keys));
    return DataLoaderFactory.newMappedDataLoader(loader);
  }
}
