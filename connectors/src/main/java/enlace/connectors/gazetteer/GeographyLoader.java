package enlace.connectors.gazetteer;

import enlace.graph.Graph;
import enlace.graph.municipality.MunicipalityRepository;
import enlace.graph.municipality.Region;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Puts the country's municipalities and the network's regions into a store; a no-op when they are there. */
public final class GeographyLoader {

  private static final int BATCH = 1000;

  private final MunicipalityRepository municipalities;

  public GeographyLoader(Graph graph) {
    this.municipalities = new MunicipalityRepository(graph);
  }

  /** Loads the gazetteer if the store holds fewer municipalities than it, then (re)links the regions. */
  public CompletionStage<Long> ensure(Gazetteer gazetteer, List<Region> regions) {
    var all = gazetteer.municipalities();
    return municipalities.count().thenCompose(count -> {
      if (count >= all.size()) {
        return municipalities.upsertRegions(regions).thenApply(v -> count);
      }
      CompletionStage<Integer> chain = java.util.concurrent.CompletableFuture.completedFuture(0);
      for (int from = 0; from < all.size(); from += BATCH) {
        var batch = all.subList(from, Math.min(all.size(), from + BATCH));
        chain = chain.thenCompose(n -> municipalities.upsertAll(batch).thenApply(written -> n + written));
      }
      return chain.thenCompose(n -> municipalities.upsertRegions(regions)).thenCompose(v -> municipalities.count());
    });
  }
}
