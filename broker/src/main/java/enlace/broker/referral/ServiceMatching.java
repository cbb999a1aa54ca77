package enlace.broker.referral;

import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.SearchRequest;
import enlace.graph.Graph;
import enlace.graph.service.ServiceCandidates;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Matches a person's needs to services: the ontology widens each category and says which rights the
 * person's documents grant, one Cypher round trip fetches the nearest candidates of every category, and
 * {@link MatchRules} judges and scores each one. The best eligible candidates come first; those that
 * failed a decisive rule are kept as near misses, with the rule that failed.
 */
public final class ServiceMatching {

  /** The nearest candidates judged per request; enough for every category of a dense city. */
  static final int MAX_CANDIDATES = 400;

  private final DirectoryService directory;
  private final Ontology ontology;
  private final ServiceCandidates candidates;
  private final MatchRules rules;
  private final Clock clock;

  public ServiceMatching(Graph graph, DirectoryService directory, Ontology ontology, Duration capacityFreshness,
      Clock clock) {
    this.directory = directory;
    this.ontology = ontology;
    this.candidates = new ServiceCandidates(graph);
    this.rules = new MatchRules(ontology, capacityFreshness);
    this.clock = clock;
  }

  /** Checks a need as sent and resolves its terms and place; the failure names the field. */
  public CompletionStage<Need> need(NeedRequest request, String argument) {
    return need(request, argument, 0);
  }

  /** As {@link #need(NeedRequest, String)}, letting the radius reach {@code widerKm} (a peer asking for proposals). */
  public CompletionStage<Need> need(NeedRequest request, String argument, double widerKm) {
    if (request.categories().isEmpty()) {
      throw new InvalidArgument(argument + ".categories", "name at least one service category, e.g. enl:shelter");
    }
    double maxRadius = Math.max(directory.limits().maxRadiusKm(), widerKm);
    if (!(request.radiusKm() > 0) || request.radiusKm() > maxRadius) {
      throw new InvalidArgument(argument + ".radiusKm", "must be greater than 0 and at most " + maxRadius);
    }
    var categories = directory.concepts(request.categories(), Scheme.SERVICE_CATEGORIES, argument + ".categories");
    var expanded = new LinkedHashMap<String, Set<String>>();
    categories.forEach(c -> expanded.put(c, ontology.expand(c)));
    var documents = directory.concepts(request.documents(), Scheme.DOCUMENTS, argument + ".documents");
    var held = directory.heldDocuments(documents);
    var languages = DirectoryService.languages(request.languages());
    var place = new SearchRequest(request.latitude(), request.longitude(), request.municipality(), request.radiusKm(),
        List.of(), List.of(), List.of(), null, false, null, 1, null);
    return directory.center(place).thenApply(center -> new Need(categories, expanded, documents, held,
        ontology.rightsGrantedBy(held), languages, center, request.municipality(), request.radiusKm(),
        request.household(), request.at(), request.urgency()));
  }

  /** For each category of the need, up to {@code first} matches and {@code first} near misses. */
  public CompletionStage<List<NeedMatches>> match(Need need, int first, Set<String> excludedServices) {
    if (first < 1 || first > directory.limits().maxPageSize()) {
      throw new InvalidArgument("first", "must be between 1 and " + directory.limits().maxPageSize());
    }
    var now = clock.instant();
    return candidates.near(need.center(), need.radiusKm(), need.allCategories(), MAX_CANDIDATES).thenApply(hits -> {
      var judged = hits.stream()
          .filter(hit -> !excludedServices.contains(hit.service().id()))
          .map(hit -> {
            var answered = need.answeredBy(hit.service().categories());
            return answered == null ? null : rules.judge(hit, need, answered, now);
          })
          .filter(java.util.Objects::nonNull)
          .toList();
      return need.categories().stream().map(category -> {
        var forNeed = judged.stream().filter(m -> m.need().equals(category)).toList();
        var matches = forNeed.stream().filter(ServiceMatch::eligible).sorted(BEST).limit(first).toList();
        var misses = forNeed.stream().filter(m -> !m.eligible()).sorted(NEAREST_MISS).limit(first).toList();
        return new NeedMatches(category, matches, misses);
      }).toList();
    });
  }

  static final Comparator<ServiceMatch> BEST = Comparator.comparingDouble(ServiceMatch::score).reversed()
      .thenComparingDouble(ServiceMatch::distanceKm).thenComparing(m -> m.service().id());

  static final Comparator<ServiceMatch> NEAREST_MISS = Comparator.comparingLong(ServiceMatch::failedDecisive)
      .thenComparing(BEST);
}
