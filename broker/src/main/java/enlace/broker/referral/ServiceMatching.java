package enlace.broker.referral;

import enlace.broker.directory.DirectoryService;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.directory.SearchRequest;
import enlace.graph.Graph;
import enlace.graph.service.ServiceCandidates;
import enlace.graph.service.ServiceHit;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * Matches a person's needs to services: the ontology widens each category and says which rights the
 * person's documents grant, one Cypher round trip fetches the nearest candidates of every category, and
 * {@link MatchRules} judges and scores each one. The best eligible candidates come first; those that
 * failed a decisive rule are kept as near misses, with the rule that failed.
 */
public final class ServiceMatching {

  /** The nearest candidates judged per request; enough for every category of a dense city. */
  static final int MAX_CANDIDATES = 400;
  /**
   * How many of the services that must come first (a child alone: child protection) are shown: the nearest, however
   * far, and others within the need's radius.
   */
  static final int FIRST_STEPS = 3;

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
        request.household(), request.profile(), request.at(), request.urgency()));
  }

  /**
   * For each category of the need, up to {@code first} matches, {@code first} that depend on what the person has
   * not said and {@code first} near misses; for a child alone, the services that come first.
   */
  public CompletionStage<List<NeedMatches>> match(Need need, int first, Set<String> excludedServices) {
    if (first < 1 || first > directory.limits().maxPageSize()) {
      throw new InvalidArgument("first", "must be between 1 and " + directory.limits().maxPageSize());
    }
    var now = clock.instant();
    var firstSteps = firstStepCategories(need);
    return candidates.near(need.center(), need.radiusKm(), need.allCategories(), MAX_CANDIDATES,
        firstSteps.keySet(), firstSteps.isEmpty() ? 0 : FIRST_STEPS).thenApply(found -> {
      var judged = found.near().stream()
          .filter(hit -> !excludedServices.contains(hit.service().id()))
          .map(hit -> {
            var answered = need.answeredBy(hit.service().categories());
            return answered == null ? null : rules.judge(hit, need, answered, now);
          })
          .filter(java.util.Objects::nonNull)
          .toList();
      var step = firstSteps.isEmpty() ? Optional.<FirstStep>empty()
          : Optional.of(firstStep(found.firstSteps(), firstSteps, need, now));
      return need.categories().stream().map(category -> {
        var forNeed = judged.stream().filter(m -> m.need().equals(category)).toList();
        return new NeedMatches(category, best(forNeed, ServiceMatch::eligible, BEST, first),
            best(forNeed, ServiceMatch::depends, BEST, first),
            best(forNeed, m -> !m.eligible() && !m.depends(), NEAREST_MISS, first), step);
      }).toList();
    });
  }

  /** Each category whose services come first for this household, with the concept it expands from. */
  private Map<String, String> firstStepCategories(Need need) {
    if (!need.household().unaccompaniedMinor()) {
      return Map.of();
    }
    var categories = new LinkedHashMap<String, String>();
    ontology.firstSteps(Audience.UNACCOMPANIED_MINORS.tag)
        .forEach(step -> ontology.expand(step).forEach(c -> categories.putIfAbsent(c, step)));
    return categories;
  }

  /** The nearest of the services that come first, however far, and the others within the need's radius. */
  private FirstStep firstStep(List<ServiceHit> hits, Map<String, String> firstSteps, Need need, Instant now) {
    var nearest = hits.stream().findFirst().map(ServiceHit::distanceKm).orElse(0.0);
    return new FirstStep(hits.stream().filter(hit -> hit.distanceKm() <= Math.max(nearest, need.radiusKm()))
        .map(hit -> rules.judge(hit, need, stepOf(hit.service().categories(), firstSteps), now)).toList());
  }

  private static String stepOf(List<String> categories, Map<String, String> firstSteps) {
    return categories.stream().map(firstSteps::get).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
  }

  private static List<ServiceMatch> best(List<ServiceMatch> judged, Predicate<ServiceMatch> kept,
      Comparator<ServiceMatch> order, int first) {
    return judged.stream().filter(kept).sorted(order).limit(first).toList();
  }

  static final Comparator<ServiceMatch> BEST = Comparator.comparingDouble(ServiceMatch::score).reversed()
      .thenComparingDouble(ServiceMatch::distanceKm).thenComparing(m -> m.service().id());

  static final Comparator<ServiceMatch> NEAREST_MISS = Comparator.comparingLong(ServiceMatch::failedDecisive)
      .thenComparing(BEST);
}
