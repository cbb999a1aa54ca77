package enlace.ontology;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link Words} made of a written word: the concept it names and how sure that is, or the concepts it
 * most resembles. {@link #explain(String)} says so in Spanish or English.
 */
public sealed interface WordMatch {

    /** The text as it was written. */
    String text();

    /** The scheme the word was looked up in. */
    Scheme scheme();

    /** @return the concept IRI, when the word names one */
    default Optional<String> iri() {
        return this instanceof Found found ? Optional.of(found.concept().iri()) : Optional.empty();
    }

    /**
     * How a word was recognised. EXACT: an IRI, code or label as written; FOLDED: a label once case, accents,
     * punctuation, parentheses, stop words, plurals and word order are set aside; MAPPED: the region mapped
     * this value to the concept; SIMILAR: no label matches, but one is close enough (a guess to review).
     */
    enum How { EXACT, FOLDED, MAPPED, SIMILAR }

    /** The word names {@code concept}; {@code score} is 1 except for a {@link How#SIMILAR} guess. */
    record Found(String text, Scheme scheme, Concept concept, How how, double score) implements WordMatch {
        public Found {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(how, "how");
        }
    }

    /** No concept is close enough, or several are equally close; the best candidates, best first. */
    record NotFound(String text, Scheme scheme, List<Candidate> candidates) implements WordMatch {
        public NotFound {
            candidates = List.copyOf(candidates);
        }
    }

    /** A concept a word may have meant: its IRI, its code, its labels by language, and how close it came. */
    record Candidate(String iri, String code, Map<String, String> labels, double score) {

        public Candidate {
            labels = Map.copyOf(labels);
        }

        static Candidate of(Concept concept, double score) {
            return new Candidate(concept.iri(), concept.notation().orElse(null), concept.prefLabels(), score);
        }

        /** @return the label in {@code lang}, else Spanish, else English */
        public String label(String lang) {
            return Labels.pick(labels, lang).orElseGet(() -> Terms.localName(iri));
        }

        /** @return "Salud mental (03.02)", or the label alone for a concept without a code */
        public String display(String lang) {
            return code == null ? label(lang) : label(lang) + " (" + code + ")";
        }
    }

    /**
     * @param lang {@code es} (the default) or {@code en}
     * @return what was recognised or guessed, or that nothing was, with "¿quiso decir …?" and the candidates
     */
    default String explain(String lang) {
        boolean en = Labels.lang(lang).startsWith("en");
        String the = SchemeNames.the(scheme(), en);
        return switch (this) {
            case Found f when f.how() == How.SIMILAR -> (en ? "read '" + f.text() + "' as " : "se leyó '" + f.text()
                    + "' como ") + the + " " + Candidate.of(f.concept(), f.score()).display(en ? "en" : "es");
            case Found f -> "'" + f.text() + (en ? "' is " : "' es ") + the + " "
                    + Candidate.of(f.concept(), 1).display(en ? "en" : "es");
            case NotFound n -> SchemeNames.unknown(scheme(), en) + " '" + n.text() + "'" + didYouMean(n.candidates(), en);
        };
    }

    private static String didYouMean(List<Candidate> candidates, boolean en) {
        if (candidates.isEmpty()) {
            return "";
        }
        var names = candidates.stream().map(c -> c.display(en ? "en" : "es")).toList();
        var joined = names.size() == 1 ? names.getFirst()
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                        + (en ? " or " : " o ") + names.getLast();
        return en ? "; did you mean " + joined + "?" : "; ¿quiso decir " + joined + "?";
    }
}
