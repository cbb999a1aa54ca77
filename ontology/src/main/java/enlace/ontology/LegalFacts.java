package enlace.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The legal basis ({@code enl:legalBasis}, {@code enl:legalText}) and validity of concepts, read at load. */
final class LegalFacts {

    private final Map<String, DocumentFacts.LegalBasis> basis;
    private final Map<String, Map<String, String>> validity;

    private LegalFacts(Map<String, DocumentFacts.LegalBasis> basis, Map<String, Map<String, String>> validity) {
        this.basis = Map.copyOf(basis);
        this.validity = Map.copyOf(validity);
    }

    static LegalFacts read(Model model, Map<String, Concept> concepts) {
        Map<String, DocumentFacts.LegalBasis> basis = new HashMap<>();
        Map<String, Map<String, String>> validity = new HashMap<>();
        for (String iri : concepts.keySet()) {
            Resource concept = model.createResource(iri);
            Map<String, String> citation = byLang(concept, Terms.LEGAL_BASIS, model);
            List<String> texts = concept.listProperties(Terms.LEGAL_TEXT).mapWith(s -> s.getObject())
                    .filterKeep(o -> o.isURIResource()).mapWith(o -> o.asResource().getURI()).toList();
            if (!citation.isEmpty() || !texts.isEmpty()) {
                basis.put(iri, new DocumentFacts.LegalBasis(citation, texts.stream().sorted().toList()));
            }
            Map<String, String> lasts = byLang(concept, Terms.VALIDITY, model);
            if (!lasts.isEmpty()) {
                validity.put(iri, lasts);
            }
        }
        return new LegalFacts(basis, validity);
    }

    Optional<DocumentFacts.LegalBasis> basis(String iri) {
        return Optional.ofNullable(basis.get(iri));
    }

    Map<String, String> validity(String iri) {
        return validity.getOrDefault(iri, Map.of());
    }

    private static Map<String, String> byLang(Resource concept, org.apache.jena.rdf.model.Property property,
                                              Model model) {
        Map<String, String> result = new TreeMap<>();
        model.listStatements(concept, property, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(s -> s.getObject().isLiteral())
                .forEach(s -> result.putIfAbsent(Labels.lang(s.getObject().asLiteral().getLanguage()),
                        s.getObject().asLiteral().getLexicalForm()));
        return result;
    }
}
