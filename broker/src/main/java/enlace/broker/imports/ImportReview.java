package enlace.broker.imports;

import enlace.broker.directory.ConceptWords;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.security.Caller;
import enlace.broker.security.CoordinatorRegion;
import enlace.connectors.imports.Topics;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.municipality.Region;
import enlace.graph.review.Review;
import enlace.graph.review.StoredMapping;
import enlace.graph.review.WarningGroup;
import enlace.ontology.WordMatch;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * A coordinator's review of what imports could not resolve: the open warnings of their region grouped by value,
 * and mapping a value to a concept once for the whole region. The mapping goes into the region's vocabulary
 * (the store's mappings, which every import and API input of the region resolves from then on), is applied to
 * every record whose warning carries the value, and closes those warnings.
 */
public final class ImportReview {

  public static final int MAX_GROUPS = 200;

  /** What a mapping did: the value, the concept, and how many records it changed. */
  public record Mapped(String topic, String value, String concept, int applied) {}

  private final Review review;
  private final ConceptWords words;
  private final List<Region> regions;
  private final Clock clock;

  public ImportReview(Graph graph, ConceptWords words, List<Region> regions, Clock clock) {
    this.review = new Review(graph);
    this.words = words;
    this.regions = List.copyOf(regions);
    this.clock = clock;
  }

  /** The open warnings of the caller's region, grouped by value, most records first. */
  public CompletionStage<List<WarningGroup>> groups(Caller caller, String region, int first) {
    var home = CoordinatorRegion.of(caller, region, regions);
    if (first < 1 || first > MAX_GROUPS) {
      throw new InvalidArgument("first", "debe estar entre 1 y " + MAX_GROUPS, "must be between 1 and " + MAX_GROUPS,
          List.of());
    }
    return review.groups(home.id(), first);
  }

  public CompletionStage<List<StoredMapping>> mappings(Caller caller, String region) {
    return review.mappings(CoordinatorRegion.of(caller, region, regions).id());
  }

  /** What a group's value may mean: the resolver's best candidates in the topic's scheme. */
  public List<WordMatch.Candidate> candidates(WarningGroup group) {
    if (group.topic() == null) {
      return List.of();
    }
    return switch (words.match(group.value(), Topics.scheme(group.topic()))) {
      case WordMatch.Found f -> List.of(new WordMatch.Candidate(f.concept().iri(), f.concept().notation().orElse(null),
          f.concept().prefLabels(), f.score()));
      case WordMatch.NotFound n -> n.candidates();
    };
  }

  /**
   * Maps {@code value} of {@code topic} (CATEGORY, DOCUMENT or ORGANIZATION_KIND) to the concept {@code concept}
   * names (an IRI, code or label of that scheme) for the caller's region.
   */
  public CompletionStage<Mapped> map(Caller caller, String region, String topic, String value, String concept) {
    var home = CoordinatorRegion.of(caller, region, regions);
    var name = topic(topic);
    var scheme = Topics.scheme(name);
    if (value == null || words.ontology().words().key(value).isBlank()) {
      throw new InvalidArgument("value", "el valor necesita al menos una palabra", "the value needs at least one word",
          List.of());
    }
    var iri = words.concepts(List.of(concept), scheme, "concept").getFirst();
    var key = words.ontology().words().key(value);
    var entry = new AuditEntry(caller.subject(), caller.clientId(), caller.organization().orElse(null), "mapValue",
        name + ":" + value.strip(), List.of());
    return review.map(home.id(), name, key, value.strip(), iri, entry, clock.instant())
        .thenCompose(applied -> words.refresh().thenApply(v -> new Mapped(name, value.strip(), iri, applied)));
  }

  private static String topic(String topic) {
    var name = topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    try {
      Topics.scheme(name);
      return name;
    } catch (IllegalArgumentException e) {
      throw new InvalidArgument("topic", "use CATEGORY, DOCUMENT u ORGANIZATION_KIND, no " + topic,
          "use CATEGORY, DOCUMENT or ORGANIZATION_KIND, got " + topic, List.of());
    }
  }
}
