package enlace.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

final class Grants {

    record JointGrant(Set<String> documents, Set<String> rights) {
        JointGrant {
            documents = Set.copyOf(documents);
            rights = Set.copyOf(rights);
        }
    }

    private final Map<String, Set<String>> rightsByDocument;
    private final List<JointGrant> jointGrants;
    private final Map<String, Set<String>> withheldByDocument;

    private Grants(Map<String, Set<String>> rightsByDocument, List<JointGrant> jointGrants,
                   Map<String, Set<String>> withheldByDocument) {
        this.rightsByDocument = Map.copyOf(rightsByDocument);
        this.jointGrants = List.copyOf(jointGrants);
        this.withheldByDocument = Map.copyOf(withheldByDocument);
    }

    static Grants read(Model model, Map<String, Concept> concepts) {
        List<JointGrant> joint = model.listSubjectsWithProperty(RDF.type, Terms.JOINT_GRANT)
                .mapWith(g -> new JointGrant(documents(g, concepts), rights(g, concepts, Terms.GRANTS))).toList();
        Map<String, Set<String>> granted = byDocument(model, concepts, Terms.GRANTS);
        Map<String, Set<String>> withheld = byDocument(model, concepts, Terms.DOES_NOT_GRANT);
        withheld.forEach((document, rights) -> rights.stream().filter(granted.get(document)::contains).findFirst()
                .ifPresent(right -> {
                    throw new OntologyException(OntologyException.Reason.INVALID_VOCABULARY,
                            "<" + document + "> both grants and does not grant <" + right + ">");
                }));
        return new Grants(granted, joint, withheld);
    }

    /** The rights each document names with {@code property}, its exact equivalents' included. */
    private static Map<String, Set<String>> byDocument(Model model, Map<String, Concept> concepts, Property property) {
        Map<String, Set<String>> direct = new HashMap<>();
        for (Concept concept : concepts.values()) {
            if (concept.scheme() == Scheme.DOCUMENTS) {
                direct.put(concept.iri(), rights(model.createResource(concept.iri()), concepts, property));
            }
        }
        Map<String, Set<String>> withEquivalents = new HashMap<>();
        direct.forEach((document, rights) -> {
            Set<String> all = new HashSet<>(rights);
            equivalents(model.createResource(document)).forEach(e -> all.addAll(direct.getOrDefault(e, Set.of())));
            withEquivalents.put(document, Set.copyOf(all));
        });
        return withEquivalents;
    }

    Set<String> grantedBy(String document) {
        return rightsByDocument.getOrDefault(document, Set.of());
    }

    Set<String> withheldFrom(String document) {
        return withheldByDocument.getOrDefault(document, Set.of());
    }

    /** Rights the document grants only with others: each right to the sets of other documents it needs. */
    Map<String, List<Set<String>>> grantedWith(String document) {
        Map<String, List<Set<String>>> result = new HashMap<>();
        for (JointGrant grant : jointGrants) {
            if (!grant.documents().contains(document)) {
                continue;
            }
            Set<String> others = new TreeSet<>(grant.documents());
            others.remove(document);
            grant.rights().stream().filter(r -> !grantedBy(document).contains(r))
                    .forEach(r -> result.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(Set.copyOf(others)));
        }
        return result;
    }

    Set<String> rightsGrantedBy(Collection<String> documents) {
        Set<String> held = Set.copyOf(documents);
        Set<String> rights = new TreeSet<>();
        held.forEach(d -> rights.addAll(rightsByDocument.getOrDefault(d, Set.of())));
        jointGrants.stream().filter(g -> held.containsAll(g.documents())).forEach(g -> rights.addAll(g.rights()));
        return Set.copyOf(rights);
    }

    Set<String> documentsGranting(String right) {
        return rightsByDocument.entrySet().stream().filter(e -> e.getValue().contains(right))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    Set<Set<String>> documentCombinationsGranting(String right) {
        Set<Set<String>> combinations = new HashSet<>();
        documentsGranting(right).forEach(d -> combinations.add(Set.of(d)));
        jointGrants.stream().filter(g -> g.rights().contains(right)).forEach(g -> combinations.add(g.documents()));
        return Set.copyOf(combinations);
    }

    private static Set<String> rights(Resource subject, Map<String, Concept> concepts, Property property) {
        Set<String> rights = objects(subject, property);
        for (String right : rights) {
            Concept concept = concepts.get(right);
            if (concept == null || concept.scheme() != Scheme.RIGHTS) {
                throw new OntologyException(OntologyException.Reason.INVALID_VOCABULARY,
                        "<" + subject + "> " + property.getLocalName() + " <" + right
                                + ">, which is not a concept of enl:Rights");
            }
        }
        return rights;
    }

    private static Set<String> documents(Resource jointGrant, Map<String, Concept> concepts) {
        Set<String> documents = objects(jointGrant, Terms.REQUIRES);
        for (String document : documents) {
            Concept concept = concepts.get(document);
            if (concept == null || concept.scheme() != Scheme.DOCUMENTS) {
                throw new OntologyException(OntologyException.Reason.INVALID_VOCABULARY,
                        "<" + jointGrant + "> requires <" + document + ">, which is not a concept of enl:Documents");
            }
        }
        if (documents.size() < 2) {
            throw new OntologyException(OntologyException.Reason.INVALID_VOCABULARY,
                    "<" + jointGrant + "> must require two documents or more; use enl:grants on one document");
        }
        return documents;
    }

    private static Set<String> equivalents(Resource document) {
        Set<String> result = objects(document, SKOS.exactMatch);
        document.getModel().listSubjectsWithProperty(SKOS.exactMatch, document).forEach(s -> result.add(s.getURI()));
        return result;
    }

    private static Set<String> objects(Resource subject, Property p) {
        Set<String> result = new TreeSet<>();
        subject.listProperties(p).mapWith(s -> s.getObject()).filterKeep(RDFNode::isURIResource)
                .forEach(o -> result.add(o.asResource().getURI()));
        return result;
    }
}
