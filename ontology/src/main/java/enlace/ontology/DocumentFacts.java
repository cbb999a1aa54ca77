package enlace.ontology;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one migrant document lets its holder do, as the vocabulary records it: the rights it grants on its own,
 * those it grants only held together with other documents, those the law withholds, how long it lasts, and its
 * legal basis. Everything else is {@link RightStatus.NotRecorded}: the vocabulary says nothing, which never
 * means the right is refused.
 *
 * @param document     the document concept
 * @param legalBasis   the citation of the law that creates it, if recorded
 * @param validity     how long it lasts, by language tag
 * @param grants       rights it grants on its own
 * @param grantedWith  rights it grants only together with other documents: right IRI to each set of the others
 * @param withheld     rights the law withholds from its holder ({@code enl:doesNotGrant})
 */
public record DocumentFacts(Concept document, Optional<LegalBasis> legalBasis, Map<String, String> validity,
                            Set<String> grants, Map<String, List<Set<String>>> grantedWith, Set<String> withheld) {

    /** Copies the collections. */
    public DocumentFacts {
        validity = Map.copyOf(validity);
        grants = Set.copyOf(grants);
        grantedWith = Map.copyOf(grantedWith);
        withheld = Set.copyOf(withheld);
    }

    /**
     * @param right a right IRI
     * @return what the document says about the right
     */
    public RightStatus status(String right) {
        if (grants.contains(right)) {
            return new RightStatus.Granted();
        }
        if (grantedWith.containsKey(right)) {
            return new RightStatus.GrantedWith(grantedWith.get(right));
        }
        return withheld.contains(right) ? new RightStatus.Withheld() : new RightStatus.NotRecorded();
    }

    /**
     * @param lang a BCP 47 language tag
     * @return how long the document lasts in {@code lang}, else Spanish, else English, if recorded
     */
    public Optional<String> validity(String lang) {
        return Labels.pick(validity, lang);
    }

    /**
     * A citation of the law ({@code enl:legalBasis}) and the official texts it refers to ({@code enl:legalText}).
     *
     * @param citation the citation by language tag
     * @param texts    IRIs of the official publications
     */
    public record LegalBasis(Map<String, String> citation, List<String> texts) {

        /** Copies the collections. */
        public LegalBasis {
            citation = Map.copyOf(citation);
            texts = List.copyOf(texts);
        }

        /**
         * @param lang a BCP 47 language tag
         * @return the citation in {@code lang}, else Spanish, else English
         */
        public String citation(String lang) {
            return Labels.pick(citation, lang).orElse("");
        }
    }

    /** What a document says about one right. */
    public sealed interface RightStatus {

        /** The document grants the right on its own. */
        record Granted() implements RightStatus {
        }

        /**
         * The document grants the right only when held with one of these sets of other documents.
         *
         * @param others each set of other documents that, held together with this one, grants the right
         */
        record GrantedWith(List<Set<String>> others) implements RightStatus {
            /** Copies the list. */
            public GrantedWith {
                others = List.copyOf(others);
            }
        }

        /** The law withholds the right from the holder. */
        record Withheld() implements RightStatus {
        }

        /** The vocabulary records nothing: ask the authority; it is no reason to refuse. */
        record NotRecorded() implements RightStatus {
        }
    }
}
