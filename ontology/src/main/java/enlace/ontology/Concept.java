package enlace.ontology;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A concept of the loaded vocabulary, shared or regional.
 *
 * @param iri          the concept IRI
 * @param scheme       the shared scheme it belongs to (a regional concept: the scheme its regional scheme extends)
 * @param schemeIri    the IRI of the scheme it is declared in (the shared scheme, or a regional scheme)
 * @param prefLabels   preferred labels by language tag
 * @param altLabels    alternative labels by language tag
 * @param definitions  definitions by language tag
 * @param restrictions restrictions ({@code enl:restriction}) by language tag, e.g. where a document holds
 * @param broader      directly broader concepts
 * @param narrower     directly narrower concepts
 * @param notation     its code ({@code skos:notation}), if any
 * @param mappedTo     concepts it maps onto with {@code skos:exactMatch}, {@code closeMatch} or {@code broadMatch}
 */
public record Concept(String iri, Scheme scheme, String schemeIri, Map<String, String> prefLabels,
                      Map<String, List<String>> altLabels, Map<String, String> definitions,
                      Map<String, String> restrictions, Set<String> broader, Set<String> narrower,
                      Optional<String> notation, Set<String> mappedTo) {

    /** Validates the components and copies the collections. */
    public Concept {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(schemeIri, "schemeIri");
        Objects.requireNonNull(notation, "notation");
        prefLabels = Map.copyOf(prefLabels);
        altLabels = altLabels.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        definitions = Map.copyOf(definitions);
        restrictions = Map.copyOf(restrictions);
        broader = Set.copyOf(broader);
        narrower = Set.copyOf(narrower);
        mappedTo = Set.copyOf(mappedTo);
    }

    /**
     * @param lang a BCP 47 language tag
     * @return the preferred label in {@code lang}, else Spanish, else English, else any, else the local name
     */
    public String label(String lang) {
        return Labels.pick(prefLabels, lang).orElseGet(this::localName);
    }

    /** @return the part of the IRI after its namespace, e.g. {@code shelter-family} */
    public String localName() {
        return Terms.localName(iri);
    }

    /** @return true for a concept of the shared {@code enl:} namespace, false for a regional one */
    public boolean isShared() {
        return iri.startsWith(Vocabulary.NS);
    }
}
