package enlace.ontology;

import enlace.ontology.WordMatch.Candidate;
import enlace.ontology.WordMatch.How;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one resolver for words people write where a concept is meant: a category in a spreadsheet, an
 * organisation kind in an HSDS feed, a document in a GraphQL input. In order, a word is
 * <ol>
 *   <li>an IRI, compact IRI, local name, code or label as written;</li>
 *   <li>a value the region has mapped to a concept ({@link #withMappings});</li>
 *   <li>a label once case, accents, punctuation, parenthesised parts, stop words, plurals and word order are
 *       set aside ("albergues mujeres" is "Albergue para mujeres");</li>
 *   <li>the concept whose label is most similar, when that similarity reaches {@link #THRESHOLD} and no other
 *       concept comes within {@link #MARGIN} of it (a guess, reported as {@link How#SIMILAR}).</li>
 * </ol>
 * Otherwise the word is {@link WordMatch.NotFound not found}, with the {@value #CANDIDATES} most similar
 * concepts as candidates. Instances are immutable and safe to share.
 */
public final class Words {

    /**
     * The similarity (soft TF-IDF with Jaro–Winkler, 0 to 1) from which the most similar concept is taken.
     * WordsThresholdTest holds the near hits that must clear it and the near misses that must not.
     */
    public static final double THRESHOLD = 0.72;
    /** How far ahead of the next concept the best must be for a similar word to be taken as it. */
    public static final double MARGIN = 0.1;
    /** How many candidates a word that names nothing lists. */
    public static final int CANDIDATES = 3;

    private final Resolver exact;
    private final Map<Scheme, SchemeIndex> indexes;
    private final Map<String, Concept> concepts;
    private final Map<Scheme, Map<String, String>> mapped;

    private Words(Resolver exact, Map<Scheme, SchemeIndex> indexes, Map<String, Concept> concepts,
                  Map<Scheme, Map<String, String>> mapped) {
        this.exact = exact;
        this.indexes = indexes;
        this.concepts = concepts;
        this.mapped = mapped;
    }

    static Words of(Resolver exact, Map<String, Concept> concepts, Map<Scheme, List<Concept>> byScheme) {
        var indexes = new EnumMap<Scheme, SchemeIndex>(Scheme.class);
        byScheme.forEach((scheme, list) -> indexes.put(scheme, new SchemeIndex(list)));
        return new Words(exact, Map.copyOf(indexes), concepts, Map.of());
    }

    /**
     * These words with a region's mappings of values to concepts; a mapping to a concept this vocabulary does
     * not have, or to one of another scheme, is ignored.
     *
     * @param mappings the region's mappings
     * @return a resolver that recognises the mapped values too
     */
    public Words withMappings(Collection<ValueMapping> mappings) {
        var out = new EnumMap<Scheme, Map<String, String>>(Scheme.class);
        for (var m : mappings) {
            var concept = concepts.get(m.concept());
            if (concept != null && concept.scheme() == m.scheme()) {
                out.computeIfAbsent(m.scheme(), s -> new HashMap<>()).put(key(m.value()), m.concept());
            }
        }
        return new Words(exact, indexes, concepts, Map.copyOf(out));
    }

    /**
     * @param text what was written
     * @return the folded key under which texts that name the same thing meet ("albergue mujer" for "Albergues
     *         para mujeres"); mappings are stored by it
     */
    public String key(String text) {
        return Folding.key(text);
    }

    /**
     * @param text   what was written
     * @param scheme where to look
     * @return the concept it names and how, or the candidates it resembles
     */
    public WordMatch match(String text, Scheme scheme) {
        var written = text == null ? "" : text.strip();
        var direct = exact.resolve(written, Ontology.is(scheme));
        if (direct.isPresent()) {
            return new WordMatch.Found(written, scheme, direct.get(), How.EXACT, 1);
        }
        var words = Folding.words(written);
        if (words.isEmpty() || written.matches("(?i)(https?|urn):.*")) {
            return new WordMatch.NotFound(written, scheme, List.of());
        }
        var key = Folding.key(words);
        var regional = Optional.ofNullable(mapped.getOrDefault(scheme, Map.of()).get(key)).map(concepts::get);
        if (regional.isPresent()) {
            return new WordMatch.Found(written, scheme, regional.get(), How.MAPPED, 1);
        }
        var index = indexes.get(scheme);
        var folded = preferShared(index.byKey(key));
        if (folded.size() == 1) {
            return new WordMatch.Found(written, scheme, folded.getFirst(), How.FOLDED, 1);
        }
        if (folded.size() > 1) {
            return new WordMatch.NotFound(written, scheme, folded.stream().limit(CANDIDATES)
                    .map(c -> Candidate.of(c, 1)).toList());
        }
        return similar(written, scheme, index.ranked(words));
    }

    /**
     * The concepts of a scheme that a free text names word for word, e.g. the passport in "any official ID
     * (passport, voter card)". Where one mention lies inside a longer one, the longer wins.
     *
     * @param text   free text
     * @param scheme where to look
     * @return the concepts, in the order the text names them
     */
    public List<Concept> mentioned(String text, Scheme scheme) {
        return indexes.get(scheme).mentioned(Folding.wordsKeepingBrackets(text == null ? "" : text));
    }

    private static WordMatch similar(String written, Scheme scheme, List<Map.Entry<Concept, Double>> ranked) {
        if (!ranked.isEmpty()) {
            var best = ranked.getFirst();
            double next = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            if (best.getValue() >= THRESHOLD && best.getValue() - next >= MARGIN) {
                return new WordMatch.Found(written, scheme, best.getKey(), How.SIMILAR, best.getValue());
            }
        }
        return new WordMatch.NotFound(written, scheme, ranked.stream().limit(CANDIDATES)
                .map(e -> Candidate.of(e.getKey(), e.getValue())).toList());
    }

    private static List<Concept> preferShared(Set<Concept> found) {
        var shared = found.stream().filter(Concept::isShared).toList();
        return shared.isEmpty() ? List.copyOf(found) : shared;
    }
}
