package enlace.broker.directory;

import enlace.connectors.imports.Topics;
import enlace.graph.Graph;
import enlace.graph.review.Review;
import enlace.ontology.Ontology;
import enlace.ontology.Scheme;
import enlace.ontology.ValueMapping;
import enlace.ontology.WordMatch;
import enlace.ontology.Words;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ontology's one resolver for words ({@link Words}), with the values the node's region has mapped, for
 * every API input that names a concept. A word is taken when it names a concept as written, once folded
 * (case, accents, stop words, plurals, word order) or through a regional mapping; a merely similar word is
 * refused like an unknown one, with "¿quiso decir …?" and the best candidates (label and code), so that an
 * API never guesses. The mappings live in the store; this holds a copy refreshed after each mapping and on
 * {@link #refresh()}.
 */
public final class ConceptWords {

  private final Ontology ontology;
  private final Graph graph;
  private final String region;
  private final AtomicReference<Words> words;

  public ConceptWords(Ontology ontology, Graph graph, String region) {
    this.ontology = ontology;
    this.graph = graph;
    this.region = region;
    this.words = new AtomicReference<>(ontology.words());
  }

  /** Only the shared and regional vocabulary files, without stored mappings (for tests and offline tools). */
  public static ConceptWords of(Ontology ontology) {
    return new ConceptWords(ontology, null, null);
  }

  public Ontology ontology() {
    return ontology;
  }

  /** Reloads the region's mappings from the store. */
  public CompletionStage<Void> refresh() {
    if (graph == null) {
      return CompletableFuture.completedFuture(null);
    }
    return new Review(graph).mappings(region).thenAccept(stored -> words.set(ontology.words().withMappings(
        stored.stream().map(m -> new ValueMapping(Topics.scheme(m.topic()), m.value(), m.concept())).toList())));
  }

  /** What {@code term} names in {@code scheme}, as the resolver sees it. */
  public WordMatch match(String term, Scheme scheme) {
    return words.get().match(term, scheme);
  }

  /** The concept the term names, or empty (with the reason in {@link #refusal}). */
  public Optional<String> concept(String term, Scheme scheme) {
    return taken(match(term, scheme));
  }

  /** The concept IRIs the terms name, each once; the first term that names none is refused. */
  public List<String> concepts(List<String> terms, Scheme scheme, String argument) {
    var out = new LinkedHashSet<String>();
    for (int i = 0; i < terms.size(); i++) {
      var match = match(terms.get(i), scheme);
      var iri = taken(match);
      if (iri.isEmpty()) {
        throw refusal(argument + "[" + i + "]", match);
      }
      out.add(iri.get());
    }
    return List.copyOf(out);
  }

  /** A refusal of a word that names no concept, in Spanish and English, with the candidates as suggestions. */
  public static InvalidArgument refusal(String argument, WordMatch match) {
    var unknown = switch (match) {
      case WordMatch.Found f -> new WordMatch.NotFound(f.text(), f.scheme(), List.of(new WordMatch.Candidate(
          f.concept().iri(), f.concept().notation().orElse(null), f.concept().prefLabels(), f.score())));
      case WordMatch.NotFound n -> n;
    };
    var suggestions = unknown.candidates().stream().map(c -> Map.<String, Object>of("value", c.iri(),
        "code", c.code() == null ? "" : c.code(), "label", c.label("es"), "labelEn", c.label("en"))).toList();
    return new InvalidArgument(argument, unknown.explain("es"), unknown.explain("en"), suggestions);
  }

  private static Optional<String> taken(WordMatch match) {
    return match instanceof WordMatch.Found f && f.how() != WordMatch.How.SIMILAR ? Optional.of(f.concept().iri())
        : Optional.empty();
  }
}
