package enlace.broker.bench;

import enlace.broker.directory.DirectoryLimits;
import enlace.broker.directory.DirectoryService;
import enlace.broker.referral.NeedRequest;
import enlace.broker.referral.ServiceMatching;
import enlace.graph.Graph;
import enlace.graph.geo.GeoPoint;
import enlace.graph.referral.Household;
import enlace.graph.referral.Urgency;
import enlace.ontology.Ontology;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The benchmark's matchServices without HTTP: the same need, matched through {@link ServiceMatching}. */
record BenchMatching(ServiceMatching matching) {

  static BenchMatching create(Graph graph, Ontology ontology) {
    var directory = new DirectoryService(graph, ontology, DirectoryLimits.DEFAULTS);
    return new BenchMatching(new ServiceMatching(graph, directory, ontology,
        DirectoryLimits.DEFAULTS.capacityFreshness(), Clock.systemUTC()));
  }

  /** The names of the matches for a family holding TVRH cards near {@code center}, as the HTTP query asks. */
  CompletionStage<List<String>> match(GeoPoint center, String category, double radiusKm, int first) {
    var request = new NeedRequest(List.of(category), List.of("enl:doc-tvrh"), List.of("es"), null,
        center.latitude(), center.longitude(), radiusKm, new Household(2, 2), null, null, Urgency.ROUTINE);
    return matching.need(request, "need").thenCompose(need -> matching.match(need, first, Set.of()))
        .thenApply(found -> found.stream().flatMap(n -> n.matches().stream()).map(m -> m.service().name()).toList());
  }

  static List<String> names(JsonArray needs) {
    var out = new ArrayList<String>();
    for (int i = 0; i < needs.size(); i++) {
      var matches = needs.getJsonObject(i).getJsonArray("matches");
      for (int j = 0; j < matches.size(); j++) {
        out.add(((JsonObject) matches.getValue(j)).getJsonObject("service").getString("name"));
      }
    }
    return out;
  }
}
