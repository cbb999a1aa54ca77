package enlace.broker.node;

import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.SearchRequest;
import enlace.graph.municipality.MunicipalityCode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs every statement behind the directory's hot paths once before the node reports ready: each shape of
 * searchServices (fine and coarse grid by category, any category, text) and the batched lookups behind
 * nested fields. The first run of a statement pays Cypher's parsing, planning and code generation (seconds on
 * a busy two-core machine); run here, on a directory over {@code Graph.bulk()}, that cost falls under the
 * start-up budget instead of a request's. Parameters keep one shape per statement, so the plans made here
 * are the ones requests reuse. Nothing here needs to find anything: the ids are made up.
 */
final class QueryWarmup {

  private static final List<String> CATEGORY = List.of("enl:shelter");
  private static final List<String> IDS = List.of("warm-up");
  /** Within the fine grid's reach, and beyond it (the coarse grid). */
  private static final double NARROW_KM = 25;
  static final double WIDE_KM = 200;

  private QueryWarmup() {}

  /** Completes when every statement ran once; a statement that fails is the node's own defect and fails it. */
  static CompletionStage<Integer> run(DirectoryService directory, double latitude, double longitude) {
    double wide = Math.min(WIDE_KM, directory.limits().maxRadiusKm());
    double narrow = Math.min(NARROW_KM, wide);
    List<Supplier<CompletionStage<?>>> statements = List.of(
        () -> directory.search(near(latitude, longitude, narrow, CATEGORY, null)),
        () -> directory.search(near(latitude, longitude, wide, CATEGORY, null)),
        () -> directory.search(near(latitude, longitude, narrow, List.of(), null)),
        () -> directory.search(near(latitude, longitude, wide, List.of(), "albergue")),
        () -> directory.municipalitiesByCode(List.of(new MunicipalityCode("09015"))),
        () -> directory.organizationsById(IDS),
        () -> directory.servicesById(IDS),
        () -> directory.locationsById(IDS),
        () -> directory.vacanciesById(IDS),
        () -> directory.servicesByOrganization(IDS),
        () -> directory.vacanciesByOrganization(IDS),
        () -> directory.sourcesOfServices(IDS));
    CompletionStage<Integer> chain = CompletableFuture.completedFuture(0);
    for (var statement : statements) {
      chain = chain.thenCompose(n -> statement.get().thenApply(ignored -> n + 1));
    }
    return chain;
  }

  private static SearchRequest near(double latitude, double longitude, double radiusKm, List<String> categories,
      String text) {
    return new SearchRequest(latitude, longitude, null, radiusKm, categories, List.of(), List.of(), null, false,
        text, 20, null);
  }
}
