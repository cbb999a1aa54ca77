package enlace.ontology;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

final class ConceptReader {

    private static final Comparator<Concept> ORDER = Comparator.comparing((Concept c) -> !c.isShared())
            .thenComparing(c -> c.notation().orElse("~")).thenComparing(Concept::iri);

    private final Model model;
    private final Map<String, Scheme> schemes = new HashMap<>();
    private final Map<String, String> schemeOfConcept = new TreeMap<>();

    private ConceptReader(Model model) {
        this.model = model;
    }

    static Map<String, Concept> read(Model model) {
        return new ConceptReader(model).read();
    }

    private Map<String, Concept> read() {
        readSchemes();
        collectConcepts();
        Map<String, Concept> concepts = new HashMap<>();
        schemeOfConcept.forEach((iri, schemeIri) -> concepts.put(iri, concept(model.createResource(iri), schemeIri)));
        concepts.values().forEach(this::checkReferences);
        return Map.copyOf(concepts);
    }

    static Map<Scheme, List<Concept>> byScheme(Collection<Concept> concepts) {
        Map<Scheme, List<Concept>> result = new EnumMap<>(Scheme.class);
        for (Scheme scheme : Scheme.values()) {
            result.put(scheme, concepts.stream().filter(Ontology.is(scheme)).sorted(ORDER).toList());
        }
        return Map.copyOf(result);
    }

    private void readSchemes() {
        for (Scheme scheme : Scheme.values()) {
            schemes.put(scheme.iri(), scheme);
        }
        model.listStatements(null, Terms.EXTENDS_SCHEME, (RDFNode) null).forEach(s -> {
            Scheme shared = Scheme.fromIri(uri(s.getObject()))
                    .orElseThrow(() -> invalid("scheme <" + s.getSubject() + "> extends <" + s.getObject()
                            + ">, which is not a shared scheme"));
            schemes.put(s.getSubject().getURI(), shared);
        });
    }

    private void collectConcepts() {
        Set<Resource> candidates = new LinkedHashSet<>(model.listSubjectsWithProperty(SKOS.inScheme).toList());
        candidates.addAll(model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList());
        for (Resource concept : candidates) {
            if (!concept.isURIResource()) {
                throw invalid("a concept must have an IRI, found a blank node in scheme "
                        + concept.listProperties(SKOS.inScheme).toList());
            }
            schemeOfConcept.put(concept.getURI(), schemeIri(concept));
        }
    }

    private String schemeIri(Resource concept) {
        List<String> declared = concept.listProperties(SKOS.inScheme).mapWith(s -> uri(s.getObject())).toList();
        return declared.stream().filter(d -> Scheme.fromIri(d).isPresent()).findFirst()
                .or(() -> declared.stream().filter(schemes::containsKey).sorted().findFirst())
                .orElseThrow(() -> invalid("concept <" + concept.getURI() + "> is in no known scheme (declared: "
                        + declared + "); a regional scheme must state enl:extendsScheme"));
    }

    private Concept concept(Resource c, String schemeIri) {
        return new Concept(c.getURI(), schemes.get(schemeIri), schemeIri,
                singleByLang(c, SKOS.prefLabel), allByLang(c, SKOS.altLabel), singleByLang(c, SKOS.definition),
                singleByLang(c, Terms.RESTRICTION), related(c, SKOS.broader, SKOS.narrower),
                related(c, SKOS.narrower, SKOS.broader), notation(c), mappedTo(c));
    }

    private Set<String> related(Resource c, Property forward, Property inverse) {
        Set<String> result = new TreeSet<>(objects(c, forward));
        model.listSubjectsWithProperty(inverse, c).forEach(s -> result.add(s.getURI()));
        return result;
    }

    private Set<String> mappedTo(Resource c) {
        Set<String> result = new TreeSet<>();
        Terms.MAPPINGS_UP.forEach(p -> result.addAll(objects(c, p)));
        Terms.MAPPINGS_DOWN.forEach(p -> model.listSubjectsWithProperty(p, c).forEach(s -> result.add(s.getURI())));
        result.removeIf(target -> !schemeOfConcept.containsKey(target) && !target.startsWith(Vocabulary.NS));
        return result;
    }

    private void checkReferences(Concept concept) {
        List<String> dangling = new ArrayList<>();
        concept.broader().stream().filter(iri -> !schemeOfConcept.containsKey(iri)).forEach(dangling::add);
        concept.narrower().stream().filter(iri -> !schemeOfConcept.containsKey(iri)).forEach(dangling::add);
        concept.mappedTo().stream().filter(iri -> !schemeOfConcept.containsKey(iri)).forEach(dangling::add);
        if (!dangling.isEmpty()) {
            throw invalid("concept <" + concept.iri() + "> refers to unknown concepts " + dangling);
        }
    }

    private Optional<String> notation(Resource c) {
        return Optional.ofNullable(c.getProperty(SKOS.notation)).map(s -> s.getObject().asLiteral().getLexicalForm());
    }

    private static Map<String, String> singleByLang(Resource c, Property p) {
        Map<String, String> result = new TreeMap<>();
        c.listProperties(p).forEach(s -> literal(s.getObject())
                .ifPresent(l -> result.putIfAbsent(Labels.lang(l.getLanguage()), l.getLexicalForm())));
        return result;
    }

    private static Map<String, List<String>> allByLang(Resource c, Property p) {
        Map<String, List<String>> result = new TreeMap<>();
        c.listProperties(p).forEach(s -> literal(s.getObject()).ifPresent(l -> result
                .computeIfAbsent(Labels.lang(l.getLanguage()), k -> new ArrayList<>()).add(l.getLexicalForm())));
        result.values().forEach(list -> list.sort(String::compareTo));
        return result;
    }

    private static Optional<Literal> literal(RDFNode node) {
        return node.isLiteral() ? Optional.of(node.asLiteral()) : Optional.empty();
    }

    private static Set<String> objects(Resource c, Property p) {
        Set<String> result = new TreeSet<>();
        c.listProperties(p).forEach(s -> {
            if (s.getObject().isURIResource()) {
                result.add(s.getObject().asResource().getURI());
            }
        });
        return result;
    }

    private static String uri(RDFNode node) {
        return node.isURIResource() ? node.asResource().getURI() : String.valueOf(node);
    }

    private static OntologyException invalid(String message) {
        return new OntologyException(OntologyException.Reason.INVALID_VOCABULARY, message);
    }
}
