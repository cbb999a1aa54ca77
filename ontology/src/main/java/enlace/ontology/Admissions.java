package enlace.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who each kind of place takes ({@code enl:admits}) and what comes first for an audience ({@code enl:firstStep}),
 * with audiences named by their tag ({@code skos:notation}). A regional category without its own statement takes
 * whom the shared concepts it maps onto take.
 */
final class Admissions {

    private static final Property ADMITS = ResourceFactory.createProperty(Vocabulary.ADMITS);
    private static final Property FIRST_STEP = ResourceFactory.createProperty(Vocabulary.FIRST_STEP);

    private final Map<String, Set<String>> tagsByCategory;
    private final Map<String, Set<String>> firstStepsByTag;
    private final Map<String, Set<String>> expansions;

    private Admissions(Map<String, Set<String>> tagsByCategory, Map<String, Set<String>> firstStepsByTag,
                       Map<String, Set<String>> expansions) {
        this.tagsByCategory = Map.copyOf(tagsByCategory);
        this.firstStepsByTag = Map.copyOf(firstStepsByTag);
        this.expansions = expansions;
    }

    static Admissions read(Model model, Map<String, Concept> concepts, Map<String, Set<String>> expansions) {
        Map<String, String> tags = new HashMap<>();
        concepts.values().stream().filter(Ontology.is(Scheme.AUDIENCES))
                .forEach(a -> a.notation().ifPresent(tag -> tags.put(a.iri(), tag)));
        Map<String, Set<String>> direct = new HashMap<>();
        model.listStatements(null, ADMITS, (org.apache.jena.rdf.model.RDFNode) null).forEach(s -> {
            String tag = s.getObject().isURIResource() ? tags.get(s.getObject().asResource().getURI()) : null;
            if (tag == null) {
                throw new OntologyException(OntologyException.Reason.INVALID_VOCABULARY, "<" + s.getSubject()
                        + "> admits <" + s.getObject() + ">, which is not an audience with a notation");
            }
            direct.computeIfAbsent(s.getSubject().getURI(), k -> new TreeSet<>()).add(tag);
        });
        Map<String, Set<String>> byCategory = new HashMap<>();
        for (Concept concept : concepts.values()) {
            Set<String> own = direct.get(concept.iri());
            Set<String> admitted = own != null ? own : new TreeSet<>();
            if (own == null) {
                concept.mappedTo().forEach(m -> admitted.addAll(direct.getOrDefault(m, Set.of())));
            }
            if (!admitted.isEmpty()) {
                byCategory.put(concept.iri(), Set.copyOf(admitted));
            }
        }
        Map<String, Set<String>> firstSteps = new HashMap<>();
        model.listStatements(null, FIRST_STEP, (org.apache.jena.rdf.model.RDFNode) null).forEach(s -> {
            String tag = tags.get(s.getSubject().getURI());
            if (tag != null && s.getObject().isURIResource()) {
                firstSteps.computeIfAbsent(tag, k -> new TreeSet<>()).add(s.getObject().asResource().getURI());
            }
        });
        firstSteps.replaceAll((tag, categories) -> Set.copyOf(categories));
        return new Admissions(byCategory, firstSteps, expansions);
    }

    /** What the most specific admitting categories admit, united; empty when none admits anyone in particular. */
    Optional<Set<String>> admittedBy(Collection<String> categories) {
        List<String> admitting = categories.stream().filter(tagsByCategory::containsKey).distinct().toList();
        Set<String> tags = new TreeSet<>();
        for (String category : admitting) {
            boolean narrowerListed = admitting.stream().anyMatch(other -> !other.equals(category)
                    && expansions.getOrDefault(category, Set.of()).contains(other));
            if (!narrowerListed) {
                tags.addAll(tagsByCategory.get(category));
            }
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(tags));
    }

    Set<String> firstSteps(String audienceTag) {
        return firstStepsByTag.getOrDefault(audienceTag, Set.of());
    }
}
