package enlace.broker.graphql;

import enlace.broker.directory.ConfidentialPlaces;
import enlace.broker.directory.GlobalId;
import enlace.broker.federation.RemoteHits;
import enlace.graph.municipality.Municipality;
import enlace.graph.municipality.Region;
import enlace.graph.organization.Organization;
import enlace.graph.provenance.Provenances;
import enlace.graph.service.Capacity;
import enlace.graph.service.Location;
import enlace.graph.service.OpeningHours;
import enlace.graph.service.Service;
import enlace.graph.vacancy.Vacancy;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

/** Nested fields: ids made global, views computed, related records through the request's loaders. */
final class TypeFetchers {

  record CapacityView(int total, int available, String unit, Instant updatedAt, boolean stale) {}

  record HoursView(String weekday, String opens, String closes) {}

  record State(String code, String name) {}

  private final Clock clock;
  private final Duration capacityFreshness;
  private final Map<String, String> stateNames;
  private final List<Region> regions;
  private final ConfidentialPlaces places;

  TypeFetchers(Clock clock, Duration capacityFreshness, Map<String, String> stateNames, List<Region> regions,
      ConfidentialPlaces places) {
    this.clock = clock;
    this.capacityFreshness = capacityFreshness;
    this.stateNames = stateNames;
    this.regions = List.copyOf(regions);
    this.places = places;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Service", type -> type
        .dataFetcher("id", env -> global("Service", env.<Service>getSource().region(), env.<Service>getSource().id()))
        .dataFetcher("localId", env -> env.<Service>getSource().id())
        .dataFetcher("capacity", env -> capacity(env.<Service>getSource().capacity()))
        .dataFetcher("openingHours", env -> env.<Service>getSource().hours().stream().map(TypeFetchers::hours).toList())
        .dataFetcher("timezone", env -> env.<Service>getSource().timezone().getId())
        .dataFetcher("isOpen", this::isOpen)
        .dataFetcher("organization", env -> env.getDataLoader(Loaders.ORGANIZATION)
            .load(env.<Service>getSource().organizationId()))
        .dataFetcher("locations", TypeFetchers::locations)
        .dataFetcher("sources", env -> orEmpty(env.<String, List<Provenances.Entry>>getDataLoader(
            Loaders.SOURCES_OF_SERVICE).load(env.<Service>getSource().id()))));
    wiring.type("SourceRecord", type -> type
        .dataFetcher("sourceId", env -> env.<Provenances.Entry>getSource().recordId())
        .dataFetcher("assuredAt", env -> env.<Provenances.Entry>getSource().assuredAt()));
    wiring.type("Location", type -> type
        .dataFetcher("id", env -> location(env).id())
        .dataFetcher("name", env -> hidden(env).thenApply(h -> h ? null : location(env).name()))
        .dataFetcher("address", env -> hidden(env).thenApply(h -> h ? null : location(env).address()))
        .dataFetcher("postalCode", env -> hidden(env).thenApply(h -> h ? null : location(env).postalCode()))
        .dataFetcher("point", env -> hidden(env).thenApply(h -> h ? location(env).point().approximate()
            : location(env).point()))
        .dataFetcher("approximate", this::hidden)
        .dataFetcher("municipality", env -> env.getDataLoader(Loaders.MUNICIPALITY)
            .load(location(env).municipality())));
    wiring.type("Municipality", type -> type
        .dataFetcher("code", env -> env.<Municipality>getSource().code().value())
        .dataFetcher("region", env -> regionOf(env.<Municipality>getSource().stateCode())));
    wiring.type("Region", type -> type
        .dataFetcher("states", env -> env.<Region>getSource().stateCodes().stream()
            .map(code -> new State(code, stateNames.get(code))).toList()));
    wiring.type("Organization", type -> type
        .dataFetcher("id", env -> global("Organization", env.<Organization>getSource().region(),
            env.<Organization>getSource().id()))
        .dataFetcher("localId", env -> env.<Organization>getSource().id())
        .dataFetcher("services", env -> firstOf(env, env.<String, List<Service>>getDataLoader(
            Loaders.SERVICES_OF_ORGANIZATION).load(env.<Organization>getSource().id())))
        .dataFetcher("vacancies", env -> firstOf(env, env.<String, List<Vacancy>>getDataLoader(
            Loaders.VACANCIES_OF_ORGANIZATION).load(env.<Organization>getSource().id()))));
    wiring.type("Vacancy", type -> type
        .dataFetcher("id", env -> global("Vacancy", env.<Vacancy>getSource().region(), env.<Vacancy>getSource().id()))
        .dataFetcher("localId", env -> env.<Vacancy>getSource().id())
        .dataFetcher("municipality", env -> env.getDataLoader(Loaders.MUNICIPALITY)
            .load(env.<Vacancy>getSource().municipality()))
        .dataFetcher("organization", env -> env.getDataLoader(Loaders.ORGANIZATION)
            .load(env.<Vacancy>getSource().organizationId())));
    wiring.type("Node", type -> type.typeResolver(env -> switch (env.getObject()) {
      case Service s -> env.getSchema().getObjectType("Service");
      case Organization o -> env.getSchema().getObjectType("Organization");
      default -> env.getSchema().getObjectType("Vacancy");
    }));
  }

  /** A peer's service (from a federated answer) comes with its location filed under a key of the request. */
  private static CompletionStage<List<LocationView>> locations(DataFetchingEnvironment env) {
    Service service = env.getSource();
    var ids = List.copyOf(service.locationIds());
    var keys = ids.subList(0, Math.min(ids.size(), UnpagedLists.first(env)));
    return env.<String, Location>getDataLoader(Loaders.LOCATION).loadMany(keys)
        .thenApply(found -> IntStream.range(0, found.size()).filter(i -> found.get(i) != null)
            .mapToObj(i -> new LocationView(found.get(i), ConfidentialPlaces.isConfidential(service, found.get(i)),
                !RemoteHits.isRemote(keys.get(i))))
            .toList());
  }

  private static Location location(DataFetchingEnvironment env) {
    return env.<LocationView>getSource().location();
  }

  /**
   * Whether this caller sees the place only approximately: a confidential place of this node unless the
   * caller has a grant (asked once per request for all places shown, see {@link ConfidentialPlaces}).
   */
  private CompletionStage<Boolean> hidden(DataFetchingEnvironment env) {
    LocationView view = env.getSource();
    if (!view.confidential() || !view.local()) {
      return CompletableFuture.completedFuture(view.confidential());
    }
    return Loaders.exactPlaces(env, places).load(view.location().id()).thenApply(exact -> !exact);
  }

  private boolean isOpen(DataFetchingEnvironment env) {
    Service service = env.getSource();
    Instant at = Optional.ofNullable(env.<Instant>getArgument("at")).orElseGet(clock::instant);
    var local = at.atZone(service.timezone());
    int minute = local.getHour() * 60 + local.getMinute();
    return service.hours().stream().anyMatch(h ->
        h.day() == local.getDayOfWeek() && h.opensMinute() <= minute && minute < h.closesMinute());
  }

  private CapacityView capacity(Capacity capacity) {
    return capacity == null ? null : new CapacityView(capacity.total(), capacity.available(), capacity.unit(),
        capacity.updatedAt(), capacity.isStale(clock.instant(), capacityFreshness));
  }

  private Region regionOf(String stateCode) {
    return regions.stream().filter(r -> r.covers(stateCode)).findFirst().orElse(null);
  }

  private static HoursView hours(OpeningHours hours) {
    return new HoursView(hours.day().name(), hours.opens(), hours.closes());
  }

  private static String global(String type, String region, String localId) {
    return new GlobalId(type, region, localId).encode();
  }

  /** An unpaged list cut to its {@code first} argument, the number the query's cost counted. */
  private static <T> CompletionStage<List<T>> firstOf(DataFetchingEnvironment env, CompletionStage<List<T>> stage) {
    int first = UnpagedLists.first(env);
    return orEmpty(stage).thenApply(list -> list.size() > first ? list.subList(0, first) : list);
  }

  private static <T> CompletionStage<List<T>> orEmpty(CompletionStage<List<T>> stage) {
    return stage.thenApply(list -> list == null ? List.of() : list);
  }
}
