package enlace.broker.gaps;

import enlace.broker.directory.ConceptWords;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.security.Caller;
import enlace.broker.security.CoordinatorRegion;
import enlace.graph.Graph;
import enlace.graph.gaps.Gaps;
import enlace.graph.gaps.GapsQuery;
import enlace.graph.gaps.GapsRepository;
import enlace.graph.municipality.Region;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import enlace.ontology.WordMatch;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The gaps of a coordinator's region: checks who asks and what, widens the categories through the
 * ontology, and reads the figures. The GraphQL field and the CSV and GeoJSON exports all come here.
 */
public final class GapsAnalysis {

  public static final String DAM_KIND = "https://w3id.org/enlace/ns#kind-dam";
  public static final String TVRH = "https://w3id.org/enlace/ns#doc-tvrh";
  public static final double DEFAULT_RADIUS_KM = 100;
  public static final double MAX_RADIUS_KM = 1_000;
  public static final int DEFAULT_STALE_DAYS = 180;
  public static final int DEFAULT_TOP = 20;
  public static final int MAX_TOP = 500;
  public static final int MAX_CATEGORIES = 20;

  private final GapsRepository repository;
  private final Ontology ontology;
  private final List<Region> regions;
  private final Clock clock;

  public GapsAnalysis(Graph graph, Ontology ontology, List<Region> regions, Clock clock) {
    this.repository = new GapsRepository(graph);
    this.ontology = ontology;
    this.regions = List.copyOf(regions);
    this.clock = clock;
  }

  /** What a caller asks: arguments as the GraphQL field and the query string name them. */
  public record Request(String region, List<String> categories, double radiusKm, int staleDays, int top) {}

  public CompletionStage<Gaps> gaps(Caller caller, Request request) {
    var region = CoordinatorRegion.of(caller, request.region(), regions);
    return repository.gaps(query(region, request));
  }

  private GapsQuery query(Region region, Request request) {
    if (request.categories() == null || request.categories().isEmpty()) {
      throw new InvalidArgument("categories", "name at least one category, e.g. enl:shelter");
    }
    if (request.categories().size() > MAX_CATEGORIES) {
      throw new InvalidArgument("categories", "at most " + MAX_CATEGORIES + ", got " + request.categories().size());
    }
    if (!(request.radiusKm() > 0 && request.radiusKm() <= MAX_RADIUS_KM)) {
      throw new InvalidArgument("radiusKm", "must be more than 0 and at most " + MAX_RADIUS_KM + ", got "
          + request.radiusKm());
    }
    if (request.staleDays() < 1) {
      throw new InvalidArgument("staleDays", "must be at least 1, got " + request.staleDays());
    }
    if (request.top() < 1 || request.top() > MAX_TOP) {
      throw new InvalidArgument("top", "must be between 1 and " + MAX_TOP + ", got " + request.top());
    }
    var categories = new LinkedHashMap<String, Set<String>>();
    for (int i = 0; i < request.categories().size(); i++) {
      var term = request.categories().get(i);
      var match = ontology.words().match(term, Scheme.SERVICE_CATEGORIES);
      if (!(match instanceof WordMatch.Found f) || f.how() == WordMatch.How.SIMILAR) {
        throw ConceptWords.refusal("categories[" + i + "]", match);
      }
      var iri = f.concept().iri();
      categories.put(iri, ontology.expand(iri));
    }
    var now = clock.instant();
    return new GapsQuery(region.id(), region.stateCodes(), categories, request.radiusKm(),
        now.minus(Duration.ofDays(request.staleDays())), ontology.expand(TVRH), DAM_KIND, now, request.top());
  }
}
